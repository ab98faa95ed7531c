import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan, validatePlanText } from '../../../src/schema/validate.js';
import type { Problem } from '../../../src/schema/problems.js';
import type { Plan } from '../../../src/schema/plan.js';
import { tinyPlan, clone } from '../../fixtures/plans.js';

function problemsOf(mutate: (p: Plan) => void): Problem[] {
  const plan = clone(tinyPlan());
  mutate(plan);
  const r = validatePlan(plan);
  assert.equal(r.ok, false, 'expected the broken plan to be rejected');
  return r.problems;
}

function expectProblem(problems: Problem[], rule: string, path: string, pattern?: RegExp): void {
  const hit = problems.find((p) => p.rule === rule && p.path === path && (!pattern || pattern.test(p.message)));
  assert.ok(hit, `expected a ${rule} problem at ${path}${pattern ? ` matching ${pattern}` : ''}, got:\n${problems.map((p) => `${p.rule} ${p.path}: ${p.message}`).join('\n')}`);
}

describe('validatePlan', () => {
  test('accepts the tiny plan that uses every section', () => {
    const r = validatePlan(tinyPlan());
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
  });

  test('accepts a plan with nothing but its identity', () => {
    const r = validatePlan({ schemaVersion: 1, id: 'bare', title: { th: 'แผน' }, agency: { name: { th: 'หน่วยงาน' } }, fiscalYear: 2568 });
    assert.equal(r.ok, true);
  });

  test('lists every shape problem, each with its path', () => {
    const problems = problemsOf((p) => {
      (p as unknown as { fiscalYear: string }).fiscalYear = '2567';
      (p.title as unknown as Record<string, string>).fr = 'x';
      (p.budget!.lines[1]!.amounts as Record<string, number>).state = -5;
    });
    expectProblem(problems, 'shape', '$.fiscalYear', /expected number, got the text "2567"/);
    expectProblem(problems, 'shape', '$.title', /unknown field "fr"/);
    expectProblem(problems, 'shape', '$.budget.lines[1].amounts.state', /negative/);
  });

  test('rejects negative household targets', () => {
    expectProblem(problemsOf((p) => (p.households!.projects[0]!.target = -1)), 'shape', '$.households.projects[0].target', /negative/);
  });

  test('rejects a duplicated id, naming where it was first used', () => {
    expectProblem(problemsOf((p) => (p.items![2]!.id = 'p1')), 'unique-id', '$.items[2].id', /\$\.items\[1\]/);
  });

  test('rejects an id reused across collections', () => {
    expectProblem(problemsOf((p) => (p.kpis![0]!.id = 'i1')), 'unique-id', '$.kpis[0].id');
  });

  test('rejects references that do not resolve', () => {
    const problems = problemsOf((p) => {
      p.items![1]!.parent = 'nope';
      p.links![0]!.to = 'ns-9';
      p.kpis![0]!.item = 'ghost';
      p.results![0]!.kpi = 'k9';
      p.budget!.lines[1]!.item = 'p9';
      p.items![1]!.responsible = ['u9'];
    });
    expectProblem(problems, 'reference', '$.items[1].parent', /"nope"/);
    expectProblem(problems, 'reference', '$.links[0].to', /"ns-9"/);
    expectProblem(problems, 'reference', '$.kpis[0].item');
    expectProblem(problems, 'reference', '$.results[0].kpi');
    expectProblem(problems, 'reference', '$.budget.lines[1].item');
    expectProblem(problems, 'reference', '$.items[1].responsible[0]');
  });

  test('rejects a funding source that is not declared', () => {
    expectProblem(problemsOf((p) => (p.budget!.lines[2]!.amounts = { lottery: 1.7655 })), 'reference', '$.budget.lines[2].amounts.lottery');
  });

  test('rejects a cycle in the item hierarchy', () => {
    expectProblem(problemsOf((p) => (p.items![0]!.parent = 'p1')), 'cycle', '$.items[0].parent', /i1 → p1 → i1|p1 → i1 → p1/);
  });

  test('rejects a cycle in the budget tree', () => {
    const problems = problemsOf((p) => (p.budget!.lines[0]!.parent = 'b-p1'));
    assert.ok(problems.some((x) => x.rule === 'cycle'), 'a cycle problem');
  });

  test('rejects a cycle of links', () => {
    const problems = problemsOf((p) => p.links!.push({ from: 'ns-4-1', to: 'ns-4' }, { from: 'ns-4', to: 'ns-4-1' }));
    assert.ok(problems.some((x) => x.rule === 'cycle' && /ns-4/.test(x.message)));
  });

  test('rejects a child at a shallower level than its parent', () => {
    expectProblem(problemsOf((p) => (p.items![1]!.level = 'issue')), 'level-order', '$.items[1].level');
  });

  test('rejects a stated total that its parts do not add up to, by 0.0001', () => {
    expectProblem(problemsOf((p) => (p.budget!.lines[0]!.stated!.total = 3.5001)), 'sum', '$.budget.lines[0].stated.total', /3\.5001.*3\.5/);
  });

  test('rejects a stated per-source total that does not add up', () => {
    expectProblem(problemsOf((p) => (p.budget!.lines[0]!.stated!.bySource = { state: 3.1, own: 0.4 })), 'sum', '$.budget.lines[0].stated.bySource.state');
  });

  test('adds 4-decimal figures exactly (no float drift)', () => {
    const plan = clone(tinyPlan());
    plan.budget!.lines = [
      { id: 't', label: { th: 'รวม' }, stated: { total: 0.3 } },
      { id: 'a', parent: 't', label: { th: 'ก' }, amounts: { state: 0.1 } },
      { id: 'b', parent: 't', label: { th: 'ข' }, amounts: { state: 0.2 } },
    ];
    plan.budget!.shares = [];
    assert.equal(validatePlan(plan).ok, true);
  });

  test('rejects money with more than 4 decimals', () => {
    expectProblem(problemsOf((p) => (p.budget!.lines[1]!.amounts = { state: 1.23456, own: 0.5 })), 'precision', '$.budget.lines[1].amounts.state');
  });

  test('rejects a stated percentage that disagrees with the figures', () => {
    expectProblem(problemsOf((p) => (p.budget!.shares![0]!.percent = 86.2)), 'percent', '$.budget.shares[0].percent', /85\.71/);
  });

  test('accepts a percentage rounded from a rounded change, rejects one outside that range', () => {
    // 1.5 rise to 3.5 is 75 %; "75" printed with 0 decimals tolerates 74.5–75.5
    assert.equal(validatePlan(tinyPlan()).ok, true);
    expectProblem(problemsOf((p) => (p.budget!.lines[0]!.previousYear!.changePercent = 80)), 'percent', '$.budget.lines[0].previousYear.changePercent');
  });

  test('rejects household projects that do not add up to the stated total', () => {
    expectProblem(problemsOf((p) => (p.households!.total = 101)), 'sum', '$.households.total', /101.*100/);
  });

  test('rejects a regional breakdown that does not add up to the project target', () => {
    const problems = problemsOf((p) => {
      p.households!.breakdown = { level: 'province', illustrative: { note: { th: 'ตัวอย่าง' } }, values: [{ project: 'hh-a', area: 'TH-10', value: 60 }] };
    });
    expectProblem(problems, 'sum', '$.households.projects[0].target', /70.*60/);
  });

  test('rejects unknown province codes in a breakdown and in regions', () => {
    const problems = problemsOf((p) => {
      p.regions![0]!.provinces.push('TH-99');
      p.households!.breakdown = { level: 'province', values: [{ project: 'hh-b', area: 'TH-00', value: 30 }] };
    });
    expectProblem(problems, 'region', '$.regions[0].provinces[2]');
    expectProblem(problems, 'reference', '$.households.breakdown.values[0].area', /TH-00/);
  });

  test('rejects a province in two regions', () => {
    expectProblem(problemsOf((p) => p.regions![1]!.provinces.push('TH-10')), 'region', '$.regions[1].provinces[1]', /r-central/);
  });

  test('rejects a unit the formatter does not know', () => {
    expectProblem(problemsOf((p) => (p.kpis![0]!.target.unit = 'furlong')), 'unit', '$.kpis[0].target.unit', /furlong/);
  });

  test('accepts a unit the plan declares', () => {
    const plan = clone(tinyPlan());
    plan.units = [{ id: 'furlong', label: { th: 'ฟาร์ลอง' }, kind: 'count' }];
    plan.kpis![0]!.target.unit = 'furlong';
    assert.equal(validatePlan(plan).ok, true);
  });

  test('reports unreadable JSON as a problem at the root', () => {
    const r = validatePlanText('{"schemaVersion": 1,');
    assert.equal(r.ok, false);
    assert.equal(r.problems[0]?.rule, 'json');
    assert.equal(r.problems[0]?.path, '$');
  });

  test('lists all problems, not the first', () => {
    const problems = problemsOf((p) => {
      p.items![1]!.parent = 'x1';
      p.items![2]!.parent = 'x2';
      p.kpis![1]!.item = 'x3';
    });
    assert.equal(problems.filter((x) => x.rule === 'reference').length, 3);
  });
});
