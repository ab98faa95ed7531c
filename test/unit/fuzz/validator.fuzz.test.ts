// Thousands of generated and mutated plans through the validator: it never throws,
// and every rejection names at least one problem with a JSON path.
// Fixed seed in CI; FUZZ_RUNS=20000 FUZZ_SEED=... for a larger run on demand.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validatePlan, validatePlanText } from '../../../src/schema/validate.js';
import { tinyPlan } from '../../fixtures/plans.js';
import { editJson, jsonPaths } from '../../fixtures/json-edit.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 2567);
const codi = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8')) as unknown;

/** Odd values a hostile or careless file may hold anywhere. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -0, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 0.00001, '', ' ', '่', 'ั้', '\u200b', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', [], {}, { th: '' }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 3 }),
);

type Json = unknown;

function check(input: Json): void {
  const r = validatePlan(input);
  if (!r.ok) {
    assert.ok(r.problems.length > 0, 'a rejection lists at least one problem');
    for (const p of r.problems) {
      assert.match(p.path, /^\$/, `path ${p.path}`);
      assert.ok(p.message.length > 0 && !/undefined|\[object Object\]/.test(p.message), `message: ${p.message}`);
    }
  }
}

describe('validator fuzzing', () => {
  for (const [name, base] of [['tiny plan', tinyPlan()], ['CODI plan', codi]] as const) {
    test(`${name}: ${RUNS} mutations never throw and are rejected with located messages`, () => {
      const all = jsonPaths(base);
      let rejected = 0;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(all.length - 1), fc.constantFrom('set' as const, 'delete' as const, 'duplicate' as const, 'empty' as const), oddValue), { minLength: 1, maxLength: 4 }),
          (edits) => {
            let plan: Json = base;
            for (const [i, how, value] of edits) {
              const candidates = jsonPaths(plan);
              plan = editJson(plan, candidates[i % candidates.length]!, how, value);
            }
            check(plan);
            if (!validatePlan(plan).ok) rejected++;
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`${name}: ${RUNS} mutated plans, ${rejected} rejected`);
      assert.ok(rejected > RUNS / 3, 'most mutations break something');
    });
  }

  test(`${RUNS} arbitrary JSON values never throw`, () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => check(v)), { seed: SEED, numRuns: RUNS });
  });

  test(`${RUNS} arbitrary texts never throw`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = validatePlanText(s);
        if (!r.ok) assert.ok(r.problems[0]?.path.startsWith('$'));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('a cycle of 500 parents is reported, not looped over', () => {
    const plan = tinyPlan();
    plan.items = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, level: 'issue', parent: `i${(i + 1) % 500}`, label: { th: 'ก' } }));
    const r = validatePlan(plan);
    assert.equal(r.ok, false);
    assert.ok(r.problems.some((p) => p.rule === 'cycle'));
  });
});
