// What the element fuzzing (test/browser/fuzz-elements.test.ts) and the edge cases
// (test/browser/edges.test.ts) found, pinned at the level of the function that was wrong.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasMoneyPrecision } from '../../../src/schema/money.js';
import { validatePlan } from '../../../src/schema/validate.js';
import { gaugeDomain, gaugeLayout } from '../../../src/charts/gauge/layout.js';
import { budgetTreemapLayout } from '../../../src/charts/treemap/layout.js';
import { tinyPlan } from '../../fixtures/plans.js';

describe('regressions found by fuzzing', () => {
  test('a figure printed with 4 decimals passes the precision check however large (x × 10,000 is not exact above 2^20)', () => {
    for (const v of [1_048_580.9273, 2_267_058.0484, 3_480_000.1234, 9_999_999.9999, 10_000_000]) assert.ok(hasMoneyPrecision(v), String(v));
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (u) => hasMoneyPrecision(u / 10_000)), { seed: 2567, numRuns: 20_000 });
    // And a fifth decimal is still refused, small or large.
    for (const v of [1.23456, 2_267_058.04841, 9_999_999.99991]) assert.equal(hasMoneyPrecision(v), false, String(v));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }).filter((u) => u % 10 !== 0), (u) => !hasMoneyPrecision(u / 100_000)), { seed: 2567, numRuns: 20_000 });
  });

  test('money too large to add exactly is one located problem, never "adds up to Infinity"', () => {
    const plan = tinyPlan();
    plan.budget!.lines[0]!.stated!.bySource!.state = 1.7976931348623157e308;
    const r = validatePlan(plan);
    assert.equal(r.ok, false);
    assert.deepEqual(r.problems.map((p) => p.path), ['$.budget.lines[0].stated.bySource.state']);
    assert.match(r.problems[0]!.message, /too large/);
    for (const p of r.problems) assert.doesNotMatch(p.message, /Infinity|NaN/);
    // Parts each small enough whose sum is not: said of the line, in words.
    const sum = tinyPlan();
    sum.budget = { lines: [{ id: 'all', label: { th: 'รวม' } }, { id: 'a', parent: 'all', label: { th: 'ก' }, amounts: { state: 5e11 } }, { id: 'b', parent: 'all', label: { th: 'ข' }, amounts: { state: 5e11 } }] };
    const s = validatePlan(sum);
    assert.equal(s.ok, false);
    assert.deepEqual(s.problems.map((p) => [p.path, p.rule]), [['$.budget.lines[0]', 'sum']]);
    assert.doesNotMatch(s.problems[0]!.message, /Infinity|NaN/);
  });

  test('the gauge scale stays finite for targets and results near the largest number', () => {
    const big = Number.MAX_VALUE;
    for (const [target, value] of [[big, -big], [big, undefined], [-big, big], [big, big]] as const) {
      for (const direction of ['higher', 'lower'] as const) {
        const d = gaugeDomain({ target, value, direction });
        assert.ok(d.every(Number.isFinite) && d[1] > d[0], `${target} ${value} ${direction}: ${d}`);
        const l = gaugeLayout({ target, value, direction }, 300);
        const numbers = [l.targetTick[0].x, l.targetTick[0].y, l.targetTick[1].x, l.targetTick[1].y, l.fraction];
        assert.ok(numbers.every(Number.isFinite), `${target} ${value} ${direction}: ${numbers}`);
        assert.doesNotMatch(`${l.track}${l.goodZone}${l.valueArc}`, /NaN|Infinity/);
      }
    }
  });

  test('a budget of one line (no lines under it) is one cell filling the treemap, not an empty box', () => {
    const plan = tinyPlan();
    plan.budget = { lines: [{ id: 'only', label: { th: 'งบเดียว' }, amounts: { state: 12.3456 } }] };
    const l = budgetTreemapLayout(plan, { width: 400, height: 300 })!;
    assert.deepEqual(l.cells.map((c) => [c.key, c.x0, c.y0, c.x1, c.y1, c.shareOfParent]), [['only', 0, 0, 400, 300, 100]]);
    // A zero budget still draws nothing (a new plan object: layouts cache the tree per plan).
    const zero = tinyPlan();
    zero.budget = { lines: [{ id: 'only', label: { th: 'งบเดียว' }, amounts: { state: 0 } }] };
    assert.deepEqual(budgetTreemapLayout(zero, { width: 400, height: 300 })!.cells, []);
  });
});
