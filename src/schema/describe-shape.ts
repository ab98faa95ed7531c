/**
 * A zod schema's shape as data (see shape.ts), read from the definitions zod
 * keeps on every schema (`_zod.def`, zod v4's introspection for library
 * authors). Run at build time by scripts/build-shapes.ts, never in the
 * browser. It describes only the kinds of schema and checks whose meaning it
 * knows exactly, and throws on any other, so a schema change the browser
 * parser could get wrong fails the build instead of passing a bad plan.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Shape, ShapeNode } from './shape.js';

/** The parts of a zod schema's internals read here. */
interface Internals {
  def: {
    type: string;
    checks?: { _zod: { def: CheckDef } }[];
    format?: string;
    check?: string;
    coerce?: boolean;
    innerType?: ZodMiniType;
    element?: ZodMiniType;
    keyType?: ZodMiniType;
    valueType?: ZodMiniType;
    shape?: Record<string, ZodMiniType>;
    catchall?: ZodMiniType;
  };
  optin?: string;
  optout?: string;
  values?: unknown;
  traits: Set<string>;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

const internals = (schema: ZodMiniType): Internals => (schema as unknown as { _zod: Internals })._zod;

/** The shape of `schema`; a schema used in several places is one node. */
export function describeShape(schema: ZodMiniType): Shape {
  const nodes: ShapeNode[] = [];
  const seen = new Map<ZodMiniType, number>();
  const visit = (s: ZodMiniType, at: string): number => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    const index = nodes.length;
    seen.set(s, index);
    nodes.push({ t: 'boolean' }); // a placeholder, so children get later indexes
    nodes[index] = node(s, at, visit);
    return index;
  };
  const root = visit(schema, '$');
  return { nodes, root };
}

function node(schema: ZodMiniType, at: string, visit: (s: ZodMiniType, at: string) => number): ShapeNode {
  const zod = internals(schema);
  const def = zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const unsupported = (why: string): never => {
    throw new Error(`${at}: ${def.type} schema ${why}: the browser's shape parser does not know its meaning (see src/schema/describe-shape.ts)`);
  };
  // A string *format* (z.email()), a coercing schema or z.exactOptional share a `type` with the plain kinds but not their rules.
  if (def.coerce) unsupported('coerces');
  if (def.check !== undefined && def.type !== 'number') unsupported(`is a ${def.check}`);
  if (zod.traits.has('$ZodExactOptional')) unsupported('is an exact optional');
  switch (def.type) {
    case 'string': {
      if (def.format !== undefined) unsupported(`has the format ${def.format}`);
      if (!checks.every((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern)) unsupported('has a check other than a pattern');
      const patterns = checks.map((c) => c.pattern as RegExp);
      return patterns.length ? { t: 'string', patterns } : { t: 'string' };
    }
    case 'number': {
      if ((def.format !== undefined || def.check !== undefined) && (def.format !== 'safeint' || def.check !== 'number_format')) unsupported(`has the format ${def.format}`);
      const lower = checks.filter((c) => c.check === 'greater_than');
      const upper = checks.filter((c) => c.check === 'less_than');
      if (lower.length + upper.length !== checks.length || lower.length > 1 || upper.length > 1 || !checks.every((c) => typeof c.value === 'number')) unsupported('has checks other than one lower and one upper bound');
      const out: ShapeNode = { t: 'number' };
      if (def.format === 'safeint') out.int = true;
      if (lower[0]) {
        out.min = lower[0].value as number;
        if (lower[0].inclusive === false) out.minExclusive = true;
      }
      if (upper[0]) {
        out.max = upper[0].value as number;
        if (upper[0].inclusive === false) out.maxExclusive = true;
      }
      return out;
    }
    case 'boolean':
      if (checks.length) unsupported('has checks');
      return { t: 'boolean' };
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (checks.length || !(values instanceof Set)) unsupported('has checks or no set of values');
      const list = [...(values as Set<unknown>)];
      if (!list.every((v) => v === null || ['string', 'boolean'].includes(typeof v) || (typeof v === 'number' && Number.isFinite(v)))) unsupported('allows a value JSON cannot hold');
      return { t: 'values', values: list as (string | number | boolean | null)[] };
    }
    case 'optional':
      if (checks.length || zod.optin !== 'optional' || !def.innerType) unsupported('is not a plain optional');
      return { t: 'optional', inner: visit(def.innerType as ZodMiniType, at) };
    case 'array': {
      if (!def.element) unsupported('has no element');
      const out: ShapeNode = { t: 'array', element: visit(def.element as ZodMiniType, `${at}[]`) };
      for (const c of checks) {
        if (c.check === 'min_length' && typeof c.minimum === 'number') out.min = Math.max(out.min ?? 0, c.minimum);
        else if (c.check === 'max_length' && typeof c.maximum === 'number') out.max = Math.min(out.max ?? Infinity, c.maximum);
        else unsupported(`has the check ${c.check}`);
      }
      return out;
    }
    case 'record':
      // A record of string keys checked by a key schema (not an enumeration of keys).
      if (checks.length || !def.keyType || !def.valueType || internals(def.keyType).values !== undefined) unsupported('is not a record of checked string keys');
      return { t: 'record', key: visit(def.keyType as ZodMiniType, `${at}{key}`), value: visit(def.valueType as ZodMiniType, `${at}{}`) };
    case 'object': {
      const shape = def.shape;
      if (checks.length || !shape || !def.catchall || internals(def.catchall).def.type !== 'never' || Object.getOwnPropertySymbols(shape).length) unsupported('is not a strict object');
      const fields: [string, number, boolean][] = [];
      for (const [name, field] of Object.entries(shape as Record<string, ZodMiniType>)) {
        const f = internals(field);
        const optional = f.optin === 'optional' && f.optout === 'optional';
        if (optional && (f.def.type !== 'optional' || f.traits.has('$ZodExactOptional') || f.def.checks?.length || !f.def.innerType)) unsupported(`has a field ${name} that is an exact optional or not a plain z.optional`);
        if (name === '__proto__' || (!optional && (f.optin !== undefined || f.optout !== undefined))) unsupported(`has a field ${name} the parser cannot read`);
        // An optional field is its inner schema and the flag (the parser lets undefined through).
        fields.push([name, visit(optional ? (f.def.innerType as ZodMiniType) : field, `${at}.${name}`), optional]);
      }
      return { t: 'object', fields };
    }
    default:
      return unsupported('is of a kind not described');
  }
}

/** The shape as TypeScript source, a node per line (regular expressions as literals). */
export function shapeSource(name: string, shape: Shape): string {
  const literal = (node: ShapeNode): string => {
    const marks: string[] = [];
    return JSON.stringify(node, (_key, value: unknown) => {
      if (!(value instanceof RegExp)) return value;
      marks.push(String(value));
      return `\u0000${marks.length - 1}\u0000`;
    }).replace(/"\\u0000(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)] as string);
  };
  const lines = shape.nodes.map((n, i) => `    /* ${i} */ ${literal(n)},`);
  return `export const ${name}: Shape = {\n  root: ${shape.root},\n  nodes: [\n${lines.join('\n')}\n  ],\n};\n`;
}
