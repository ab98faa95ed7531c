// `npm run docs` (also run by `npm run build`): writes stories/generated/schema-reference.md,
// the plan schema reference shown in Storybook (Guides/Plan schema reference).
//
// Fields, types, constraints and whether a field is required come from the JSON Schema that
// `planJsonSchema()` generates from the zod schema, so the page cannot disagree with the
// validator. The descriptions are the doc comments of src/schema/plan.ts, read with the
// TypeScript parser: they are not zod descriptions, which would be shipped in the browser
// bundle. Never edit the generated file by hand; test/unit/schema-doc.test.ts checks it is current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { planJsonSchema } from '../src/schema/json-schema.js';

type Json = Record<string, unknown>;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_REFERENCE = 'stories/generated/schema-reference.md';

/** What the zod source says about an object schema: its doc comment and, per property, the comment and the child's shape. */
interface Shape {
  name?: string;
  comment?: string;
  props: Map<string, { comment?: string; child?: Shape; ref?: string }>;
}

/** Reads every `const X = …` of src/schema/plan.ts and the doc comments of it and its properties. */
function readShapes(): Map<string, Shape> {
  const file = 'src/schema/plan.ts';
  const source = ts.createSourceFile(file, readFileSync(resolve(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const consts = new Map<string, { init: ts.Expression; comment?: string }>();
  const docOf = (node: ts.Node): string | undefined => {
    const text = ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    return text || undefined;
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.initializer) consts.set(decl.name.text, { init: decl.initializer, comment: docOf(statement) ?? docOf(decl) });
    }
  }

  const shapes = new Map<string, Shape>();
  /** The named const an expression wraps (`z.optional(z.array(Label))` → Label), if any. */
  const refOf = (expr: ts.Expression): string | undefined => {
    if (ts.isIdentifier(expr)) return consts.has(expr.text) ? expr.text : undefined;
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      // `X.check(...)`: the schema is X; `z.optional(X)`, `z.array(X)`: the first argument.
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'check') return refOf(callee.expression);
      const first = expr.arguments[0];
      if (first && !ts.isObjectLiteralExpression(first)) return refOf(first);
    }
    return undefined;
  };
  /** The object literal of an inline `z.strictObject({...})` inside an expression, if any. */
  const literalOf = (expr: ts.Expression): ts.ObjectLiteralExpression | undefined => {
    if (ts.isObjectLiteralExpression(expr)) return expr;
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'check') return literalOf(callee.expression);
      const first = expr.arguments[0];
      if (first && ts.isObjectLiteralExpression(first)) return first;
      if (first && !ts.isIdentifier(first)) return literalOf(first);
    }
    return undefined;
  };
  const fromLiteral = (literal: ts.ObjectLiteralExpression, name?: string, comment?: string): Shape => {
    const shape: Shape = { name, comment, props: new Map() };
    for (const prop of literal.properties) {
      if (ts.isSpreadAssignment(prop) && ts.isIdentifier(prop.expression)) {
        const spread = consts.get(prop.expression.text);
        const inner = spread && literalOf(spread.init);
        if (inner) for (const [key, value] of fromLiteral(inner).props) shape.props.set(key, value);
        continue;
      }
      const key = ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop) ? prop.name : undefined;
      if (!key || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) continue;
      const init = ts.isPropertyAssignment(prop) ? prop.initializer : (prop as ts.ShorthandPropertyAssignment).name;
      const ref = refOf(init);
      const inline = ref ? undefined : literalOf(init);
      shape.props.set(key.text, { comment: docOf(prop), ref, child: ref ? shapeOf(ref) : inline ? fromLiteral(inline) : undefined });
    }
    return shape;
  };
  const shapeOf = (name: string): Shape | undefined => {
    if (shapes.has(name)) return shapes.get(name);
    const found = consts.get(name);
    const literal = found && literalOf(found.init);
    if (!found || !literal) return undefined;
    const shape: Shape = { name, comment: found.comment, props: new Map() };
    shapes.set(name, shape); // before filling, in case of cycles
    Object.assign(shape, fromLiteral(literal, name, found.comment));
    return shape;
  };
  for (const name of consts.keys()) shapeOf(name);
  // Leaf consts (ids, enums) keep their comments for the fields that use them.
  for (const [name, { comment }] of consts) if (!shapes.has(name)) shapes.set(name, { name, comment, props: new Map() });
  return shapes;
}

const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$';
const anchor = (name: string) => `#${name.toLowerCase()}`;
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A short type description of a JSON Schema node; `named` links object types documented elsewhere. */
function typeOf(schema: Json, shape: Shape | undefined): string {
  const named = shape?.name && shape.props.size > 0 ? `[${shape.name}](${anchor(shape.name)})` : undefined;
  if ('const' in schema) return code(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => code(JSON.stringify(v))).join(' | ');
  switch (schema.type) {
    case 'array': {
      const items = (schema.items ?? {}) as Json;
      const bounds = [schema.minItems !== undefined ? `at least ${schema.minItems}` : '', schema.maxItems !== undefined ? `at most ${schema.maxItems}` : ''].filter(Boolean);
      return `${typeOf(items, shape)}[]${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
    }
    case 'object': {
      if (named) return named;
      if (schema.properties) return 'object';
      const value = typeof schema.additionalProperties === 'object' ? typeOf(schema.additionalProperties as Json, undefined) : 'any';
      const key = typeof schema.propertyNames === 'object' && (schema.propertyNames as Json).pattern === ID_PATTERN ? 'id' : 'string';
      return `map of ${key} → ${value}`;
    }
    case 'string': {
      if (schema.pattern === ID_PATTERN) return 'id';
      if (schema.pattern === '\\S') return 'text';
      if (schema.pattern) return `string matching ${code(String(schema.pattern))}`;
      return schema.minLength ? 'text' : 'string';
    }
    case 'integer':
    case 'number': {
      const kind = schema.type === 'integer' ? 'integer' : 'number';
      // zod writes the safe-integer range for every integer: not worth printing.
      const bound = (v: unknown) => v !== undefined && Math.abs(Number(v)) !== Number.MAX_SAFE_INTEGER;
      const bounds = [bound(schema.minimum) ? `≥ ${schema.minimum}` : '', bound(schema.maximum) ? `≤ ${schema.maximum}` : ''].filter(Boolean);
      return bounds.length ? `${kind} ${bounds.join(', ')}` : kind;
    }
    case 'boolean':
      return 'boolean';
    default:
      if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map((s) => typeOf(s, shape)).join(' or ');
      return 'any';
  }
}

/** The object schema inside a property (through arrays), if it has properties of its own. */
function objectIn(schema: Json): Json | undefined {
  if (schema.type === 'array') return objectIn((schema.items ?? {}) as Json);
  return schema.type === 'object' && schema.properties ? schema : undefined;
}

interface Section {
  name: string;
  comment?: string;
  schema: Json;
  shape?: Shape;
}

/** Rows of one object's table; inline (unnamed) objects are expanded as `parent.child` rows; named ones are queued. */
function rows(section: Section, queue: (s: Section) => void, prefix = ''): string[] {
  const out: string[] = [];
  const props = (section.schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((section.schema.required ?? []) as string[]);
  for (const [key, prop] of Object.entries(props)) {
    const info = section.shape?.props.get(key);
    const child = info?.child;
    const ref = info?.ref ? readShapesCache.get(info.ref) : undefined;
    // Its own comment, else that of the enum or map it uses (an object type is linked instead).
    const description = info?.comment ?? (ref && ref.props.size === 0 ? ref.comment : undefined) ?? '';
    out.push(`| ${code(prefix + key)} | ${cell(typeOf(prop, child))} | ${required.has(key) ? 'yes' : ''} | ${cell(description)} |`);
    const object = objectIn(prop);
    if (!object) continue;
    if (child?.name && child.props.size > 0) queue({ name: child.name, comment: child.comment, schema: object, shape: child });
    else out.push(...rows({ name: key, schema: object, shape: child }, queue, `${prefix}${key}${prop.type === 'array' ? '[]' : ''}.`));
  }
  return out;
}

let readShapesCache = new Map<string, Shape>();

/** The whole reference page, as Markdown. */
export function schemaReference(): string {
  readShapesCache = readShapes();
  const schema = planJsonSchema();
  const plan = readShapesCache.get('Plan');
  const done = new Map<string, Section>();
  const order: string[] = [];
  const queue = (s: Section) => {
    if (!done.has(s.name)) {
      done.set(s.name, s);
      order.push(s.name);
    }
  };
  const head = ['| field | type | required | description |', '| --- | --- | --- | --- |'];
  const blocks: string[] = [];
  const block = (name: string, comment: string | undefined, table: string[]) => [`## ${name}`, '', ...(comment ? [comment, ''] : []), ...head, ...table].join('\n');
  blocks.push(block('Plan', plan?.comment, rows({ name: 'Plan', schema, shape: plan }, queue)));
  for (let i = 0; i < order.length; i++) {
    const section = done.get(order[i]!)!;
    blocks.push(block(section.name, section.comment, rows(section, queue)));
  }
  return [
    '<!-- Generated by scripts/schema-doc.ts (npm run docs) from src/schema/plan.ts. Do not edit. -->',
    '',
    '# Plan schema reference',
    '',
    String(schema.description ?? ''),
    '',
    `Every field of a plan file, generated from the zod schema (the same one that validates plans, and that \`npm run build\` writes as \`dist/plan.schema.json\`). Objects are strict: a field not listed here is an error. Types: **id** is 1-64 letters, digits, \`.\`, \`_\`, \`:\` or \`-\`, unique across the plan; **text** is a non-empty string; money is in million baht (ล้านบาท) with at most 4 decimals.`,
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const target = resolve(root, SCHEMA_REFERENCE);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, schemaReference());
  console.log(`wrote ${SCHEMA_REFERENCE}`);
}
