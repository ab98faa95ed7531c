// The CODI FY2567 dataset against the figures printed in the source
// (../shared/seed/000_d4a1c124db5ed152.txt, sections 1 and 3.3).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePlan } from '../../../src/schema/validate.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { fromUnits } from '../../../src/schema/money.js';
import type { Plan } from '../../../src/schema/plan.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Plan;
const plan = read('data/codi-2567.plan.json');
const sample = read('data/examples/codi-2567-illustrative.plan.json');

describe('data/codi-2567.plan.json', () => {
  test('passes the validator', () => {
    const r = validatePlan(plan);
    assert.deepEqual(r.problems, []);
  });

  test('holds 4 development issues, 13 programs and 33 sub-programs (section 3.4)', () => {
    const count = (level: string) => plan.items!.filter((i) => i.level === plan.levels!.find((l) => l.id === level)?.id).length;
    const [issue, program, sub] = plan.levels!.map((l) => l.id);
    assert.equal(count(issue!), 4);
    assert.equal(count(program!), 13);
    assert.equal(count(sub!), 33);
  });

  test('its budget adds up to the printed totals (section 3.3)', () => {
    const totals = budgetTotals(plan.budget!.lines);
    const total = (id: string) => fromUnits(totals.get(id)!.total);
    const root = plan.budget!.lines.find((l) => !l.parent)!;
    assert.equal(total(root.id), 6088.9497);
    const action = plan.budget!.lines.find((l) => l.stated?.total === 5834.1047)!;
    assert.ok(action, 'a line states the action-plan total 5,834.1047');
    assert.equal(total(action.id), 5834.1047);
    const bySource = totals.get(action.id)!.bySource;
    assert.deepEqual([...bySource.entries()].map(([k, v]) => [k, fromUnits(v)]).sort(), [['codi-fund', 126.2867], ['state', 5707.818]]);
    const issueTotals = plan.budget!.lines.filter((l) => l.parent === action.id).map((l) => total(l.id));
    assert.deepEqual(issueTotals, [4957.0178, 178.4387, 671.1074, 27.5408]);
    assert.equal(total('budget-recurring'), 244.845);
    assert.equal(total('budget-reserve'), 10);
    assert.equal(total('budget-program-3'), 4340.3653);
  });

  test('targets 53,870 households over 5 housing projects (3.2.1, KPI 8)', () => {
    assert.equal(plan.households!.projects.length, 5);
    assert.equal(plan.households!.total, 53870);
    assert.deepEqual(plan.households!.projects.map((p) => p.target), [7100, 100, 40000, 1000, 5670]);
    assert.equal(plan.households!.breakdown, undefined, 'the source has no regional split');
  });

  test('reads NPL as lower-is-better and keeps the source free of reported results', () => {
    const npl = plan.kpis!.find((k) => /NPL/.test(k.label.th))!;
    assert.equal(npl.direction, 'lower');
    assert.equal(npl.target.value, 10);
    assert.equal(plan.results, undefined);
  });

  test('says where in the source every item, KPI, budget line and framework item comes from', () => {
    const missing = [
      ...plan.items!,
      ...plan.kpis!,
      ...plan.budget!.lines,
      ...plan.frameworks!.flatMap((f) => f.items),
      ...plan.households!.projects,
    ].filter((x) => !x.source?.section);
    assert.deepEqual(missing.map((x) => x.id), []);
  });

  test('records the discrepancies it noticed, each with its source', () => {
    assert.ok(plan.discrepancies!.length >= 5);
    for (const d of plan.discrepancies!) assert.ok(d.source?.section, `${d.id} has a source`);
    const text = JSON.stringify(plan.discrepancies);
    assert.match(text, /90/, 'the 80 % / 90 % competency target');
    assert.match(text, /254\.8450|254\.845/, 'the recurring total printed twice');
  });
});

describe('data/examples/codi-2567-illustrative.plan.json', () => {
  test('passes the validator', () => {
    assert.deepEqual(validatePlan(sample).problems, []);
  });

  test('is the CODI plan plus illustrative figures only, each flagged', () => {
    const { id, title, results, regions, households, ...rest } = sample;
    const { id: _i, title: _t, results: _r, regions: _g, households: hh, ...original } = plan;
    assert.deepEqual(rest, original);
    assert.match(id, /illustrative/);
    assert.deepEqual({ ...households, breakdown: undefined }, { ...hh, breakdown: undefined });
    for (const r of results ?? []) assert.ok(r.illustrative?.note.th, `result of ${r.kpi} is flagged illustrative`);
    if (households?.breakdown) assert.ok(households.breakdown.illustrative?.note.th, 'the breakdown is flagged illustrative');
    void regions;
  });
});
