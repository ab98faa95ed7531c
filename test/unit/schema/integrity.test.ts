// The integrity rules were rewritten for speed (paths built only for a problem, cycles found
// with index arrays, budget sums in arrays when exact): each crafted plan below pins the
// exact list of problems the earlier implementation reported, located and worded the same.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan } from '../../../src/schema/validate.js';
import type { Problem } from '../../../src/schema/problems.js';
import type { Plan } from '../../../src/schema/plan.js';
import { tinyPlan, clone } from '../../fixtures/plans.js';

function problemsOf(mutate: (p: Plan) => void): Problem[] {
  const plan = clone(tinyPlan());
  mutate(plan);
  return validatePlan(plan).problems;
}

describe('integrity rules: exact problems', () => {
  test('a loop of budget lines: once, at the first line of the loop, and the sums leave the loop out', () => {
    assert.deepEqual(
      problemsOf((p) => (p.budget!.lines[0]!.parent = 'b-p2')),
      [{ rule: 'cycle', path: '$.budget.lines[0].parent', message: 'parents form a cycle: b-total → b-p2 → b-total' }],
    );
  });

  test('a loop of framework items', () => {
    assert.deepEqual(
      problemsOf((p) => (p.frameworks![0]!.items[0]!.parent = 'ns-4-1')),
      [{ rule: 'cycle', path: '$.frameworks[0].items[0].parent', message: 'parents form a cycle: ns-4 → ns-4-1 → ns-4' }],
    );
  });

  test('a loop of three links: at the link that closes it', () => {
    assert.deepEqual(
      problemsOf((p) => {
        p.frameworks![0]!.items.push({ id: 'ns-4-2', parent: 'ns-4', label: { th: 'ข้อสอง' } });
        p.links!.push({ from: 'ns-4-1', to: 'ns-4-2' }, { from: 'ns-4-2', to: 'ns-4' }, { from: 'ns-4', to: 'ns-4-1' });
      }),
      [{ rule: 'cycle', path: '$.links[3]', message: 'links form a cycle: ns-4-1 → ns-4-2 → ns-4 → ns-4-1' }],
    );
  });

  test('a budget line id used twice: the duplicate, and sums that count the id under its parent twice (with the last line\'s amounts)', () => {
    assert.deepEqual(
      problemsOf((p) => p.budget!.lines.push({ id: 'b-p2', parent: 'b-total', label: { th: 'ซ้ำ' }, amounts: { state: 1 } })),
      [
        { rule: 'unique-id', path: '$.budget.lines[3].id', message: 'id "b-p2" is already used at $.budget.lines[2]' },
        { rule: 'sum', path: '$.budget.lines[0].stated.total', message: '"b-total" states 3.5 but its parts add up to 3.7345' },
        { rule: 'sum', path: '$.budget.lines[0].stated.bySource.state', message: '"b-total" states 3 from "state" but its parts add up to 3.2345' },
        { rule: 'percent', path: '$.budget.lines[0].previousYear.changePercent', message: 'states 75% but a change of 1.5 to 3.7345 is 67.13%' },
        { rule: 'percent', path: '$.budget.shares[0].percent', message: 'states 85.71% but 3.2345 of 3.7345 is 86.6113%' },
      ],
    );
  });

  test('a share of a funding source: checked only where a line under the whole names that source', () => {
    assert.deepEqual(
      problemsOf((p) => {
        p.budget!.shares = [
          { id: 's-own', part: 'own', whole: 'b-p2', percent: 12 },
          { id: 's-own2', part: 'own', whole: 'b-p1', percent: 12 },
        ];
      }),
      [{ rule: 'percent', path: '$.budget.shares[1].percent', message: 'states 12% but 0.5 of 1.7345 is 28.8268%' }],
    );
  });

  test('a project and area given twice in a breakdown: the second, naming the first', () => {
    assert.deepEqual(
      problemsOf((p) => {
        p.households!.breakdown = {
          level: 'province',
          values: [
            { project: 'hh-a', area: 'TH-10', value: 40 },
            { project: 'hh-b', area: 'TH-10', value: 30 },
            { project: 'hh-a', area: 'TH-50', value: 30 },
            { project: 'hh-a', area: 'TH-10', value: 1 },
          ],
        };
      }),
      [
        { rule: 'unique-id', path: '$.households.breakdown.values[3]', message: '"hh-a" in "TH-10" is already given at $.households.breakdown.values[0]' },
        { rule: 'sum', path: '$.households.projects[0].target', message: '"hh-a" targets 70 households but its province breakdown adds up to 71' },
      ],
    );
  });
});
