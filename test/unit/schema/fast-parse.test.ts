// The shape parser (src/schema/shape.ts, built from src/schema/shapes.generated.ts: what the
// elements check plans with, without zod) against zod itself: on every input it accepts, zod
// accepts too and returns the same value, keys in the same order; on valid plans it accepts.
// Mutated plans mix values that break the shape with values that keep it (so both ways are
// exercised), including present-but-undefined fields, -0, unsafe integers and odd prototypes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { Plan } from '../../../src/schema/plan.js';
import { parsePlanShape, parseCatalogueShape, REJECTED } from '../../../src/schema/check.js';
import { describeShape } from '../../../src/schema/describe-shape.js';
import { shapeParser } from '../../../src/schema/shape.js';
import { Catalogue } from '../../../src/schema/plan.js';
import { SHAPES_FILE, shapesModule } from '../../../scripts/build-shapes.js';
import { tinyPlan } from '../../fixtures/plans.js';
import { editJson, jsonPaths } from '../../fixtures/json-edit.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 2568);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const codi = read('data/codi-2567.plan.json');
const illustrative = read('data/examples/codi-2567-illustrative.plan.json');

/** Values a plan may hold, valid or nearly so, and some it may not. */
const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -0, 1, -1, 0.5, 1.23456, 2567, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Infinity),
  fc.constantFrom<unknown>('', ' ', 'x', 'p1', 'i1', 'state', 'own', 'TH-10', 'TH-99', 'k1', 'household', 'percent', 'at-least', 'higher', 'primary', 'province', '2024-03-31', 'https://example.org/a', '__proto__', 'constructor'),
  fc.constantFrom<unknown>({ th: 'ก' }, { th: 'ก', en: 'a' }, { th: '' }, { th: 'ก', fr: 'x' }, [], [{ th: 'ก' }], { state: 1 }, { state: -1 }, { 'bad key': 1 }),
  fc.constantFrom<unknown>(Object.create(null) as object, Object.assign(Object.create(null) as object, { th: 'ก' }), new Map(), new Date(0), Object.assign(Object.create({ th: 'ก' }) as object, {})),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
);

/** Every key path of a value in order (JSON.stringify would drop undefined fields). */
function keyOrder(x: unknown, at = '$', out: string[] = []): string[] {
  if (Array.isArray(x)) x.forEach((v, i) => keyOrder(v, `${at}[${i}]`, out));
  else if (x && typeof x === 'object') {
    for (const k of Object.keys(x)) {
      out.push(`${at}.${k}`);
      keyOrder((x as Record<string, unknown>)[k], `${at}.${k}`, out);
    }
  }
  return out;
}

function agrees(input: unknown): 'fast' | 'zod only' | 'both reject' {
  const fast = parsePlanShape(input);
  const zod = Plan.safeParse(input);
  if (fast === REJECTED) return zod.success ? 'zod only' : 'both reject';
  assert.ok(zod.success, `the fast parser accepted what zod rejects: ${JSON.stringify(zod.success ? '' : zod.error.issues.slice(0, 2))}`);
  assert.deepStrictEqual(fast, zod.data);
  assert.deepEqual(keyOrder(fast), keyOrder(zod.data));
  assert.notEqual(fast, input, 'a fresh copy, as zod returns');
  return 'fast';
}

describe('fast shape parser', () => {
  test('accepts every valid plan, with zod\'s value', () => {
    for (const plan of [tinyPlan(), codi, illustrative]) assert.equal(agrees(plan), 'fast');
  });

  test('every field of the tiny plan set to each tricky value, or removed, or given an extra key', () => {
    const base = tinyPlan();
    const tricky: unknown[] = [undefined, null, true, 0, -0, -1, 0.5, 1.00001, 2 ** 53, Number.NaN, Infinity, -Infinity, '', ' ', 'x', 'TH-99', {}, [], { th: 'ก' }, Object.create(null)];
    const seen = { fast: 0, 'zod only': 0, 'both reject': 0 };
    for (const path of jsonPaths(base)) {
      for (const v of tricky) seen[agrees(editJson(base, path, 'set', v))]++;
      seen[agrees(editJson(base, path, 'delete', undefined))]++;
      for (const key of ['extra', 'not an id', '']) seen[agrees(editJson(base, path, 'add', 1, key))]++;
    }
    assert.equal(seen['zod only'], 0, 'the fast parser takes every plan zod takes here');
    assert.ok(seen.fast > 100 && seen['both reject'] > 100);
  });

  test(`${SHAPES_FILE} is current (regenerate with npm run shapes)`, () => {
    assert.equal(readFileSync(SHAPES_FILE, 'utf8'), shapesModule());
  });

  test('kinds of schema whose meaning the description does not know fail the build instead of being guessed', () => {
    const unknown: [string, z.ZodMiniType][] = [
      ['format', z.email()],
      ['coerces', z.coerce.number()],
      ['exact optional', z.strictObject({ a: z.exactOptional(z.string()) })],
      ['format', z.int32()],
      ['kind not described', z.union([z.string(), z.number()])],
      ['check other than a pattern', z.strictObject({ a: z.string().check(z.refine((v) => v !== 'no')) })],
      ['not a strict object', z.looseObject({ a: z.string() })],
    ];
    for (const [why, schema] of unknown) assert.throws(() => describeShape(schema), (e: Error) => e.message.includes(why.split(' ')[0] as string), why);
  });

  test('what the description knows parses as zod does (bounds, patterns, enumerations, records)', () => {
    const schema = z.strictObject({
      n: z.number().check(z.gt(0), z.lte(5)),
      i: z.optional(z.int().check(z.gte(-1))),
      s: z.string().check(z.regex(/^a/), z.regex(/b$/)),
      e: z.enum(['x', 'y']),
      l: z.literal(1),
      a: z.array(z.boolean()).check(z.minLength(1), z.maxLength(2)),
      r: z.optional(z.record(z.string().check(z.regex(/^k/)), z.number())),
    });
    const parse = shapeParser(describeShape(schema));
    const ok = { n: 5, s: 'ab', e: 'x', l: 1, a: [true] };
    const inputs: unknown[] = [ok, { ...ok, n: 0 }, { ...ok, n: 5.5 }, { ...ok, i: -1 }, { ...ok, i: 0.5 }, { ...ok, i: -2 }, { ...ok, s: 'ba' }, { ...ok, s: 'a' }, { ...ok, e: 'z' }, { ...ok, l: 2 }, { ...ok, a: [] }, { ...ok, a: [1] }, { ...ok, a: [true, false, true] }, { ...ok, r: { k1: 1 } }, { ...ok, r: { x: 1 } }, { ...ok, extra: 1 }, { ...ok, n: undefined }, { ...ok, i: undefined }, { ...ok, n: Number.NaN }];
    let accepted = 0;
    for (const input of inputs) {
      const zod = z.safeParse(schema, input);
      const got = parse(input);
      if (zod.success) {
        accepted++;
        assert.deepStrictEqual(got, zod.data, JSON.stringify(input));
      } else assert.equal(got, REJECTED, JSON.stringify(input));
    }
    assert.ok(accepted >= 3 && accepted < inputs.length - 5);
  });

  test('the catalogues shipped pass the catalogue shape as zod parses them', () => {
    for (const file of ['data/frameworks/th-national.json']) {
      const json = read(file);
      const zod = Catalogue.safeParse(json);
      assert.ok(zod.success);
      assert.deepStrictEqual(parseCatalogueShape(json), zod.data);
      assert.equal(parseCatalogueShape({ ...(json as object), extra: 1 }), REJECTED);
    }
  });

  for (const [name, base] of [['tiny plan', tinyPlan()], ['CODI plan', codi]] as const) {
    test(`${name}: ${RUNS} mutated plans, never accepts what zod rejects, same value when it accepts`, () => {
      const all = jsonPaths(base);
      const seen = { fast: 0, 'zod only': 0, 'both reject': 0 };
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(all.length - 1), fc.constantFrom('set' as const, 'delete' as const, 'duplicate' as const, 'add' as const), value), { minLength: 1, maxLength: 3 }),
          (edits) => {
            let plan: unknown = base;
            for (const [i, how, v] of edits) {
              const candidates = jsonPaths(plan);
              plan = editJson(plan, candidates[i % candidates.length]!, how, v);
            }
            seen[agrees(plan)]++;
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${name}: ${JSON.stringify(seen)}`);
      assert.ok(seen.fast > RUNS / 10 && seen['both reject'] > RUNS / 10, 'both ways are exercised');
    });
  }
});
