// data/examples/sample-agency-2567.illustrative.plan.json: a second plan, of a FICTIONAL agency,
// with another shape than CODI's (3 levels, 3 funding sources, no households) and every figure
// made up and flagged so. It links to the national catalogue by id only, partly to the same
// items as CODI, so a combined view joins the two on catalogue ids.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePlan } from '../../../src/schema/validate.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { fromUnits, toUnits } from '../../../src/schema/money.js';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { SECOND_PLAN, secondPlanText } from '../../../scripts/make-second-plan.js';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const sample = read<Plan>(SECOND_PLAN);
const codi = read<Plan>('data/codi-2567.plan.json');
const catalogue = read<Catalogue>('data/frameworks/th-national.json');

function resolved(plan: Plan): Plan {
  const r = validatePlan(plan, { catalogues: [catalogue] });
  assert.deepEqual(r.problems, []);
  assert.ok(r.ok);
  return r.plan;
}

describe('data/examples/sample-agency-2567.illustrative.plan.json', () => {
  test('is what scripts/make-second-plan.ts makes (run `npx tsx scripts/make-second-plan.ts` after changing it)', () => {
    assert.equal(readFileSync(SECOND_PLAN, 'utf8'), secondPlanText());
  });

  test('validates with the national catalogue; without it, the validator says the catalogue is needed', () => {
    resolved(sample);
    const alone = validatePlan(sample);
    assert.equal(alone.ok, false);
    assert.ok(alone.problems.some((p) => p.path === '$.catalogues[0]' && /th-national/.test(p.message)));
  });

  test('every figure is illustrative: the plan says so in Thai and English, and so does every sample result', () => {
    assert.match(sample.illustrative?.note.th ?? '', /สมมติ/);
    assert.match(sample.illustrative?.note.en ?? '', /invented for demonstration/);
    assert.match(sample.agency.name.th, /หน่วยงานสมมติ/);
    assert.match(sample.agency.name.en ?? '', /fictional/);
    assert.match(sample.id, /illustrative/);
    assert.equal(sample.document, undefined, 'it claims no source document');
    assert.ok(sample.results!.length > 0);
    for (const r of sample.results!) {
      assert.match(r.illustrative?.note.th ?? '', /สมมติ/, `result of ${r.kpi}`);
      assert.ok(r.illustrative?.note.en, `result of ${r.kpi}`);
    }
  });

  test('has another shape than CODI: 3 levels against 4, 3 funding sources against 2, no households', () => {
    assert.equal(sample.levels!.length, 3);
    assert.equal(codi.levels!.length, 4);
    assert.equal(sample.fundingSources!.length, 3);
    assert.equal(codi.fundingSources!.length, 2);
    assert.equal(sample.households, undefined);
    assert.equal(sample.regions, undefined);
    for (const level of sample.levels!) assert.ok(sample.items!.some((it) => it.level === level.id), `items at level ${level.id}`);
    const [strategy, program, project] = sample.levels!.map((l) => sample.items!.filter((it) => it.level === l.id).length);
    assert.deepEqual([strategy, program, project], [3, 6, 12]);
  });

  test('has 15-25 budget lines and 8-15 KPIs', () => {
    const lines = sample.budget!.lines.length;
    assert.ok(lines >= 15 && lines <= 25, `${lines} budget lines`);
    const kpis = sample.kpis!.length;
    assert.ok(kpis >= 8 && kpis <= 15, `${kpis} KPIs`);
    assert.ok(sample.kpis!.some((k) => k.direction === 'lower'), 'a lower-is-better KPI');
    assert.ok(sample.kpis!.some((k) => sample.units!.some((u) => u.id === k.target.unit)), 'a KPI in a unit the plan declares');
  });

  test('its totals are the exact sums of their parts, at every level and by source', () => {
    const lines = sample.budget!.lines;
    const totals = budgetTotals(lines);
    for (const l of lines) {
      if (!l.stated) continue;
      assert.equal(toUnits(l.stated.total!), totals.get(l.id)!.total, `${l.id} total`);
      for (const [s, v] of Object.entries(l.stated.bySource ?? {})) assert.equal(toUnits(v), totals.get(l.id)!.bySource.get(s), `${l.id} ${s}`);
      const sources = Object.values(l.stated.bySource ?? {}).reduce((a, v) => a + toUnits(v), 0);
      assert.equal(sources, toUnits(l.stated.total!), `${l.id}: its sources add up to its total`);
    }
    // Leaves (lines with amounts) add up to the grand total.
    const root = lines.find((l) => l.parent === undefined)!;
    const leaves = lines.filter((l) => l.amounts).flatMap((l) => Object.values(l.amounts!)).reduce((a, v) => a + toUnits(v), 0);
    assert.equal(leaves, toUnits(root.stated!.total!));
    assert.equal(fromUnits(leaves), 924.76);
    // The stated percentages and last year's change agree with the figures (the validator's rules).
    const prev = root.previousYear!;
    assert.equal(toUnits(prev.amount!) + toUnits(prev.change!), leaves);
    for (const s of sample.budget!.shares!) {
      const whole = totals.get(s.whole)!.total;
      const part = totals.get(s.part)?.total ?? totals.get(s.whole)!.bySource.get(s.part)!;
      assert.ok(Math.abs((part / whole) * 100 - s.percent) <= 0.005, s.id);
    }
  });

  test('links by catalogue id only, partly to the national items CODI links to', () => {
    assert.equal(sample.frameworks, undefined, 'no restated framework items');
    const catalogueIds = new Set(catalogue.frameworks.flatMap((f) => f.items.map((it) => it.id)));
    for (const l of sample.links!) assert.ok(catalogueIds.has(l.to), `${l.from} → ${l.to}`);
    const mine = new Set(resolved(sample).links!.map((l) => l.to));
    const codiLinks = new Set(resolved(codi).links!.map((l) => l.to));
    const shared = [...mine].filter((id) => codiLinks.has(id)).sort();
    assert.deepEqual(shared, ['th-mp-15-1', 'th-mp-16-2', 'th-mp-17', 'th-mp-17-2', 'th-mp-21-1', 'th-ns-4', 'th-ns-6']);
    const own = [...mine].filter((id) => !codiLinks.has(id)).sort();
    assert.deepEqual(own, ['sdg-01', 'sdg-04', 'th-mp-11', 'th-mp-12', 'th-mp-20', 'th-nesdp13-m09', 'th-nesdp13-m12', 'th-nesdp13-m13', 'th-ns-3']);
  });

  test('joined with CODI on catalogue ids, each shared national item has one name', () => {
    const a = resolved(sample);
    const b = resolved(codi);
    const names = (p: Plan) => new Map(p.frameworks!.flatMap((f) => f.items.map((it) => [it.id, it.label] as const)));
    const na = names(a);
    const nb = names(b);
    const shared = [...na.keys()].filter((id) => nb.has(id));
    assert.ok(shared.length >= 7);
    for (const id of shared) assert.deepEqual(na.get(id), nb.get(id), id);
    // …and no plan item, KPI or budget line id of one plan is used by the other.
    const ids = (p: Plan) => new Set([...(p.items ?? []), ...(p.kpis ?? []), ...(p.budget?.lines ?? []), ...(p.responsibleUnits ?? [])].map((x) => x.id));
    const ib = ids(codi);
    assert.deepEqual([...ids(sample)].filter((id) => ib.has(id)), []);
  });
});
