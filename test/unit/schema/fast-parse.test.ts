// The fast shape parser (src/schema/validate.ts) against zod itself: on every input it accepts,
// zod accepts too and returns the same value, keys in the same order; on valid plans it accepts.
// Mutated plans mix values that break the shape with values that keep it (so both ways are
// exercised), including present-but-undefined fields, -0, unsafe integers and odd prototypes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { Plan } from '../../../src/schema/plan.js';
import { fastParser, parsePlanFast, REJECTED } from '../../../src/schema/validate.js';
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
  const fast = parsePlanFast(input);
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

  test('kinds of schema the plan does not use are left to zod (formats, coercion, exact optional fields)', () => {
    const cases: [z.ZodMiniType, unknown[]][] = [
      [z.email(), ['a@b.co', 'not an email']],
      [z.coerce.number(), ['12', 12]],
      [z.strictObject({ a: z.exactOptional(z.string()) }), [{}, { a: 'x' }, { a: undefined }]],
      [z.int32(), [1, 2 ** 40]],
      [z.union([z.string(), z.number()]), ['x', 1, true]],
      [z.strictObject({ a: z.string().check(z.refine((v) => v !== 'no')) }), [{ a: 'yes' }, { a: 'no' }]],
      [z.looseObject({ a: z.string() }), [{ a: 'x', b: 1 }]],
    ];
    for (const [schema, inputs] of cases) {
      const fast = fastParser(schema);
      for (const input of inputs) {
        const zod = z.safeParse(schema, input);
        const got = fast(input);
        if (zod.success) assert.deepStrictEqual(got, zod.data, JSON.stringify(input));
        else assert.equal(got, REJECTED, JSON.stringify(input));
      }
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
