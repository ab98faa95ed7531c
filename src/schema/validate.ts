/**
 * The one way to check a plan, in the browser and in Node: the shape (zod),
 * then the integrity rules. Every problem is listed, each with a JSON path.
 */
import type { ZodMiniType } from 'zod/mini';
import { Plan, type Catalogue } from './plan.js';
import { resolveCatalogues } from './catalogue.js';
import { checkIntegrity } from './integrity.js';
import { jsonPath, type PathPart, type Problem } from './problems.js';

export type ValidationResult =
  | { ok: true; plan: Plan; problems: [] }
  | { ok: false; problems: Problem[] };

/** The subset of a zod issue this module reads (zod/mini ships no messages). */
interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  inclusive?: boolean;
  errors?: ZodIssueLike[][];
}

export interface ValidateOptions {
  /** Framework catalogues the plan may link into (see `catalogues` in the schema). */
  catalogues?: readonly Catalogue[];
}

/**
 * Validates already-parsed JSON. A valid result's `plan` has the catalogue
 * items it links to copied into its `frameworks` (see catalogue.ts).
 */
export function validatePlan(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const quick = parsePlanFast(input);
  const parsed = quick === REJECTED ? Plan.safeParse(input, { reportInput: true }) : { success: true as const, data: quick as Plan };
  if (!parsed.success) {
    const problems = flatten(parsed.error.issues as unknown as ZodIssueLike[]).map(toProblem);
    return { ok: false, problems: dedupe(problems) };
  }
  const resolved = resolveCatalogues(parsed.data, options.catalogues ?? []);
  const problems = [...resolved.problems, ...checkIntegrity(resolved.plan)];
  return problems.length ? { ok: false, problems } : { ok: true, plan: resolved.plan, problems: [] };
}

/** Parses and validates JSON text; a syntax error is a located problem too. */
export function validatePlanText(text: string, options: ValidateOptions = {}): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ rule: 'json', path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePlan(json, options);
}

function flatten(issues: ZodIssueLike[], prefix: PropertyKey[] = []): ZodIssueLike[] {
  const out: ZodIssueLike[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors?.length) {
      // Report the branch that got furthest rather than "invalid input".
      const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      out.push(...flatten(best, path));
    } else {
      out.push({ ...issue, path });
    }
  }
  return out;
}

function depth(issues: ZodIssueLike[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function message(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required: expected ${String(issue.expected)}` : `expected ${String(issue.expected)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'too_small':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, got ${describe(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `allows at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${String(issue.maximum)}, got ${describe(issue.input)}`;
    case 'invalid_format':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return `expected ${issue.format === 'date' ? 'a date as YYYY-MM-DD' : `a valid ${issue.format ?? 'value'}`}, got ${describe(issue.input)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value: ${describe(issue.input)}`;
  }
}

function toProblem(issue: ZodIssueLike): Problem {
  const path = issue.path.filter((p): p is PathPart => typeof p === 'string' || typeof p === 'number');
  return { rule: 'shape', path: jsonPath(path), message: message(issue) };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ----- the shape, fast --------------------------------------------------------------------

/** What a fast parser returns when it does not accept its input (zod then parses it and says why). */
export const REJECTED: unique symbol = Symbol('rejected');

/** Parses like zod, or returns REJECTED. */
type FastParser = (input: unknown) => unknown;

/** The parts of a zod schema's internals read here (the definitions zod builds from `plan.ts`). */
interface SchemaInternals {
  _zod: {
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
  };
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

const internals = (schema: ZodMiniType): SchemaInternals['_zod'] => (schema as unknown as SchemaInternals)._zod;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * zod/mini parses a plan by interpreting its schema node by node (it never
 * compiles one: no `new Function`, so it runs under a strict CSP), which at
 * 100 times the CODI plan costs most of the validation. This is the same
 * schema turned once into plain closures: what zod accepts, with the same
 * output (a fresh copy, keys in schema order, absent optional fields left
 * out). It is built from the schema's own definitions, so it cannot drift
 * from `plan.ts`; it accepts only what it knows zod accepts (the kinds of
 * schema and checks the plan uses) and returns REJECTED for anything else,
 * and zod then parses the input itself and reports its problems. A kind of
 * schema it does not know is left to zod (`island`). `test/unit/schema/fast-parse.test.ts`
 * compares the two on mutated plans.
 */
export function fastParser(schema: ZodMiniType): FastParser {
  const zod = internals(schema);
  const def = zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const island: FastParser = (input) => {
    const r = schema.safeParse(input);
    return r.success ? r.data : REJECTED;
  };
  // Only the plain kinds (a string *format* such as z.email(), a coercing schema or
  // z.exactOptional share a `type` with them but not their rules).
  if (def.coerce || (def.check !== undefined && def.type !== 'number') || zod.traits.has('$ZodExactOptional')) return island;
  switch (def.type) {
    case 'string': {
      if (def.format !== undefined || !checks.every((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern)) return island;
      const patterns = checks.map((c) => c.pattern as RegExp);
      return (input) => {
        if (typeof input !== 'string') return REJECTED;
        for (const p of patterns) {
          p.lastIndex = 0;
          if (!p.test(input)) return REJECTED;
        }
        return input;
      };
    }
    case 'number': {
      if ((def.format !== undefined || def.check !== undefined) && (def.format !== 'safeint' || def.check !== 'number_format')) return island;
      const int = def.format === 'safeint';
      const lower = checks.filter((c) => c.check === 'greater_than');
      const upper = checks.filter((c) => c.check === 'less_than');
      if (lower.length + upper.length !== checks.length || lower.length > 1 || upper.length > 1 || !checks.every((c) => typeof c.value === 'number')) return island;
      const min = lower[0]?.value ?? -Infinity;
      const minIn = lower[0]?.inclusive ?? true;
      const max = upper[0]?.value ?? Infinity;
      const maxIn = upper[0]?.inclusive ?? true;
      return (input) => {
        if (typeof input !== 'number' || !Number.isFinite(input) || (int && !Number.isSafeInteger(input))) return REJECTED;
        if (minIn ? !(input >= min) : !(input > min)) return REJECTED;
        if (maxIn ? !(input <= max) : !(input < max)) return REJECTED;
        return input;
      };
    }
    case 'boolean':
      return checks.length ? island : (input) => (typeof input === 'boolean' ? input : REJECTED);
    case 'literal':
    case 'enum': {
      // zod's own set of the allowed values.
      const values = zod.values;
      if (checks.length || !(values instanceof Set)) return island;
      return (input) => (values.has(input) ? input : REJECTED);
    }
    case 'optional': {
      if (checks.length || zod.optin !== 'optional' || !def.innerType) return island;
      const inner = fastParser(def.innerType);
      return (input) => (input === undefined ? undefined : inner(input));
    }
    case 'array': {
      if (!def.element) return island;
      const element = fastParser(def.element);
      let min = 0;
      let max = Infinity;
      for (const c of checks) {
        if (c.check === 'min_length' && typeof c.minimum === 'number') min = Math.max(min, c.minimum);
        else if (c.check === 'max_length' && typeof c.maximum === 'number') max = Math.min(max, c.maximum);
        else return island;
      }
      return (input) => {
        if (!Array.isArray(input) || input.length < min || input.length > max) return REJECTED;
        const out: unknown[] = new Array(input.length);
        for (let i = 0; i < input.length; i++) {
          const v = element(input[i]);
          if (v === REJECTED) return REJECTED;
          out[i] = v;
        }
        return out;
      };
    }
    case 'record': {
      // A record of string keys checked by a key schema (not an enumeration of keys).
      if (checks.length || !def.keyType || !def.valueType || internals(def.keyType).values !== undefined) return island;
      const key = fastParser(def.keyType);
      const value = fastParser(def.valueType);
      return (input) => {
        // A plain object (as JSON makes it, or without a prototype); anything else (another prototype, an own `constructor`) is zod's to judge.
        if (typeof input !== 'object' || input === null || hasOwn.call(input, 'constructor')) return REJECTED;
        const proto: unknown = Object.getPrototypeOf(input);
        if (proto !== Object.prototype && proto !== null) return REJECTED;
        const out: Record<string, unknown> = {};
        for (const k of Reflect.ownKeys(input)) {
          if (typeof k !== 'string' || k === '__proto__' || !isEnumerable.call(input, k) || key(k) !== k) return REJECTED;
          const v = value((input as Record<string, unknown>)[k]);
          if (v === REJECTED) return REJECTED;
          out[k] = v;
        }
        return out;
      };
    }
    case 'object': {
      // A strict object: its fields, each required or optional, and no other key.
      const shape = def.shape;
      if (checks.length || !shape || !def.catchall || internals(def.catchall).def.type !== 'never' || Object.getOwnPropertySymbols(shape).length) return island;
      const names = Object.keys(shape);
      const fields: { name: string; optional: boolean; parse: FastParser }[] = [];
      for (const name of names) {
        const field = internals(shape[name] as ZodMiniType);
        const optional = field.optin === 'optional' && field.optout === 'optional';
        if (name === '__proto__' || (!optional && (field.optin !== undefined || field.optout !== undefined))) return island;
        fields.push({ name, optional, parse: fastParser(shape[name] as ZodMiniType) });
      }
      const known = new Set(names);
      return (input) => {
        if (typeof input !== 'object' || input === null || Array.isArray(input)) return REJECTED;
        const o = input as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          const v = o[f.name];
          if (v === undefined && !(f.name in o)) {
            if (f.optional) continue;
            return REJECTED;
          }
          const parsed = f.parse(v);
          if (parsed === REJECTED) return REJECTED;
          out[f.name] = parsed;
        }
        for (const k in o) if (!known.has(k)) return REJECTED;
        return out;
      };
    }
    default:
      return island;
  }
}

let planParser: FastParser | undefined;

/** The plan's shape, parsed fast (see `fastParser`), or REJECTED. */
export function parsePlanFast(input: unknown): unknown {
  planParser ??= fastParser(Plan);
  return planParser(input);
}
