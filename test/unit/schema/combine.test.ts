import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { AGENCY_LEVEL, combinePlans, combinedId } from '../../../src/schema/combine.js';
import { validatePlan } from '../../../src/schema/validate.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { toUnits } from '../../../src/schema/money.js';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { clone, tinyPlan } from '../../fixtures/plans.js';

/**
 * A second agency of another shape: 3 levels, 3 funding sources (one shared
 * with tinyPlan, one with the same id but another name, one new), no
 * households, a link to tinyPlan's national item `ns-4-1` and one to its own
 * 5-year plan, whose ids clash with nothing only once prefixed.
 */
function otherPlan(): Plan {
  return {
    schemaVersion: 1,
    id: 'other',
    title: { th: 'แผนหน่วยงานที่สอง', en: 'Second plan' },
    agency: { name: { th: 'หน่วยงานที่สอง', en: 'Second agency' }, shortName: { th: 'หน่วยสอง', en: 'Second' } },
    fiscalYear: 2567,
    illustrative: { note: { th: 'ข้อมูลสมมติทั้งหมด', en: 'every figure is made up' } },
    levels: [
      { id: 'issue', label: { th: 'ประเด็น', en: 'Issue' } },
      { id: 'output', label: { th: 'ผลผลิต', en: 'Output' } },
      { id: 'activity', label: { th: 'กิจกรรม', en: 'Activity' } },
    ],
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' } },
      { id: 'own', label: { th: 'เงินกองทุน', en: 'Fund' } },
      { id: 'loan', label: { th: 'เงินกู้', en: 'Loan' } },
    ],
    frameworks: [
      {
        id: 'ns',
        kind: 'national-strategy',
        tier: 1,
        label: { th: 'ยุทธศาสตร์ชาติ' },
        items: [
          { id: 'ns-4', code: '4', label: { th: 'ด้านการสร้างโอกาสและความเสมอภาคทางสังคม' }, role: 'secondary' },
          { id: 'ns-4-1', code: '4.1', parent: 'ns-4', label: { th: 'ประเด็นย่อย' } },
        ],
      },
      { id: 'own-5y', kind: 'agency-plan', label: { th: 'แผน 5 ปี' }, items: [{ id: 'i1', label: { th: 'ยุทธศาสตร์ที่ 1 ของหน่วยงาน' } }] },
    ],
    items: [
      { id: 'i1-x', level: 'issue', code: '1', label: { th: 'ประเด็นหนึ่ง' } },
      { id: 'o1', level: 'output', parent: 'i1-x', code: '1.1', label: { th: 'ผลผลิตหนึ่ง' } },
      { id: 'a1', level: 'activity', parent: 'o1', code: '1.1.1', label: { th: 'กิจกรรมหนึ่ง' } },
      { id: 'p1', level: 'output', parent: 'i1-x', code: '1.2', label: { th: 'ผลผลิตสอง' } },
    ],
    links: [
      { from: 'o1', to: 'ns-4-1' },
      { from: 'i1-x', to: 'i1', role: 'primary' },
    ],
    kpis: [{ id: 'k1', item: 'o1', label: { th: 'ตัวชี้วัดหนึ่ง' }, target: { value: 5, unit: 'percent' }, direction: 'higher' }],
    results: [{ kpi: 'k1', value: 4, asOf: '2024-06-30' }],
    budget: {
      lines: [
        { id: 'b-a1', item: 'a1', amounts: { state: 10.0001, loan: 2 } },
        { id: 'b-p1', item: 'p1', amounts: { own: 0.3333, state: 0.1 } },
      ],
    },
    discrepancies: [{ id: 'd1', says: 'ผลผลิต 1.1', reading: 'ผลผลิต 1.1 ตามตาราง', affects: ['o1', 'k1'] }],
  };
}

function combined(plans: Plan[]): Plan {
  const r = combinePlans(plans);
  assert.ok(r.ok, `expected the plans to combine: ${r.ok ? '' : JSON.stringify(r.problems, null, 1)}`);
  const v = validatePlan(r.plan);
  assert.deepEqual(v.problems, [], 'the combined plan passes validatePlan');
  return r.plan;
}

/** Each root budget line's exact total, in integer units. */
function rootTotals(plan: Plan): Map<string, number> {
  const lines = plan.budget?.lines ?? [];
  const totals = budgetTotals(lines);
  return new Map(lines.filter((l) => l.parent === undefined).map((l) => [l.item ?? l.id, totals.get(l.id)?.total ?? 0]));
}
const sumOf = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('combinePlans', () => {
  test('one plan in gives that plan back unchanged', () => {
    const plan = tinyPlan();
    const r = combinePlans([plan]);
    assert.ok(r.ok);
    assert.equal(r.plan, plan);
  });

  test('no plans is a problem, not an empty plan', () => {
    const r = combinePlans([]);
    assert.equal(r.ok, false);
  });

  test('a new first level holds one item per agency; every id of a plan is prefixed with its id', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    assert.equal(plan.levels?.[0]?.id, AGENCY_LEVEL);
    const agencies = plan.items?.filter((it) => it.level === AGENCY_LEVEL);
    assert.deepEqual(agencies?.map((a) => [a.id, a.label.th, a.shortLabel?.th]), [
      ['tiny', 'หน่วยงานทดสอบ', undefined],
      ['other', 'หน่วยงานที่สอง', 'หน่วยสอง'],
    ]);
    const byId = new Map(plan.items?.map((it) => [it.id, it]));
    assert.equal(byId.get('tiny:i1')?.parent, 'tiny', "a plan's top items hang under its agency");
    assert.equal(byId.get('other:i1-x')?.parent, 'other');
    assert.equal(byId.get('other:a1')?.parent, 'other:o1');
    // Both plans have an item "p1": prefixed, they no longer clash.
    assert.ok(byId.has('tiny:p1') && byId.has('other:p1'));
    assert.deepEqual(plan.kpis?.map((k) => [k.id, k.item]), [
      ['tiny:k1', 'tiny:i1'],
      ['tiny:k2', 'tiny:i1'],
      ['other:k1', 'other:o1'],
    ]);
    assert.deepEqual(plan.results?.map((r) => r.kpi), ['tiny:k1', 'other:k1']);
    assert.deepEqual(plan.discrepancies?.map((d) => [d.id, d.affects]), [
      ['tiny:d1', ['tiny:k1']],
      ['other:d1', ['other:o1', 'other:k1']],
    ]);
    assert.deepEqual(plan.responsibleUnits?.map((u) => u.id), ['tiny:u1']);
    assert.equal(byId.get('tiny:p1')?.responsible?.[0], 'tiny:u1');
    assert.equal(combinedId('tiny', 'k1'), 'tiny:k1');
  });

  test('levels are matched by depth: one name where the plans agree, both names where they differ', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    assert.deepEqual(
      plan.levels?.map((l) => [l.id, l.label.th, l.label.en]),
      [
        ['agency', 'หน่วยงาน', 'Agency'],
        ['issue', 'ประเด็น', 'Issue'],
        ['level-2', 'แผนงาน / ผลผลิต', 'Program / Output'],
        ['activity', 'กิจกรรม', 'Activity'],
      ],
    );
    const byId = new Map(plan.items?.map((it) => [it.id, it]));
    assert.equal(byId.get('tiny:p1')?.level, 'level-2');
    assert.equal(byId.get('other:o1')?.level, 'level-2');
    assert.equal(byId.get('other:a1')?.level, 'activity');
  });

  test('totals per agency and overall are the exact sums of the parts', () => {
    const a = tinyPlan();
    const b = otherPlan();
    const plan = combined([a, b]);
    const perAgency = rootTotals(plan);
    assert.deepEqual([...perAgency.keys()], ['tiny', 'other'], 'one root budget line per agency, funding its agency item');
    assert.equal(perAgency.get('tiny'), sumOf(rootTotals(a)));
    assert.equal(perAgency.get('other'), sumOf(rootTotals(b)));
    assert.equal(sumOf(perAgency), toUnits(3.5) + toUnits(10.0001) + toUnits(2) + toUnits(0.3333) + toUnits(0.1));
  });

  test('an agency line states a total only where its plan states one', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    const lines = new Map(plan.budget?.lines.map((l) => [l.id, l]));
    // tinyPlan's one root line (stated 3.5) becomes its agency's line, its statements and shares intact.
    assert.equal(lines.get('tiny:b-total')?.item, 'tiny');
    assert.equal(lines.get('tiny:b-total')?.stated?.total, 3.5);
    assert.deepEqual(plan.budget?.shares?.map((s) => [s.id, s.part, s.whole]), [['tiny:s-state', 'state', 'tiny:b-total']]);
    // The second plan has two root lines and states no total: a new line holds them, stating nothing.
    const holder = plan.budget?.lines.find((l) => l.item === 'other');
    assert.ok(holder);
    assert.equal(holder.stated, undefined);
    assert.equal(lines.get('other:b-a1')?.parent, holder.id);
    assert.equal(lines.get('other:b-p1')?.parent, holder.id);
  });

  test('funding sources: one per id when the names agree, prefixed when they differ', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    assert.deepEqual(
      plan.fundingSources?.map((s) => [s.id, s.label.th]),
      [
        ['state', 'งบประมาณแผ่นดิน'],
        ['tiny:own', 'เงินรายได้'],
        ['other:own', 'เงินกองทุน'],
        ['loan', 'เงินกู้'],
      ],
    );
    const lines = new Map(plan.budget?.lines.map((l) => [l.id, l]));
    assert.deepEqual(lines.get('tiny:b-p1')?.amounts, { state: 1.2345, 'tiny:own': 0.5 });
    assert.deepEqual(lines.get('tiny:b-total')?.stated?.bySource, { state: 3, 'tiny:own': 0.5 });
    assert.deepEqual(lines.get('other:b-p1')?.amounts, { 'other:own': 0.3333, state: 0.1 });
  });

  test('a national item both plans link to appears once, with flows from both agencies', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    const national = plan.frameworks?.filter((f) => f.kind === 'national-strategy') ?? [];
    assert.equal(national.length, 1);
    assert.deepEqual(national[0]?.items.map((it) => it.id), ['ns-4', 'ns-4-1']);
    const into = plan.links?.filter((l) => l.to === 'ns-4-1').map((l) => l.from);
    assert.deepEqual(into, ['tiny:p1', 'other:o1']);
    // The plans give ns-4 different roles: the item keeps none, each plan's link keeps its own.
    assert.equal(national[0]?.items[0]?.role, undefined);
    assert.deepEqual(plan.links?.filter((l) => l.to === 'ns-4-1').map((l) => l.role), ['primary', 'secondary']);
  });

  test("an agency's own framework is prefixed, so its ids clash with nothing", () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    const own = plan.frameworks?.find((f) => f.kind === 'agency-plan');
    assert.equal(own?.id, 'other:own-5y');
    assert.deepEqual(own?.items.map((it) => it.id), ['other:i1']);
    assert.ok(plan.links?.some((l) => l.from === 'other:i1-x' && l.to === 'other:i1'));
  });

  test('a national item with two different names is reported, located in the plan that disagrees', () => {
    const b = otherPlan();
    b.frameworks![0]!.items[1]!.label = { th: 'ชื่ออื่น' };
    const r = combinePlans([tinyPlan(), b]);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problems.some((p) => p.path === '$[1].frameworks[0].items[1].label' && p.message.includes('ns-4-1')), JSON.stringify(!r.ok && r.problems));
  });

  test('plans of different fiscal years are refused', () => {
    const b = otherPlan();
    b.fiscalYear = 2568;
    const r = combinePlans([tinyPlan(), b]);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problems.some((p) => p.path === '$[1].fiscalYear' && /2568/.test(p.message) && /2567/.test(p.message)));
  });

  test('two plans with the same id are refused', () => {
    const r = combinePlans([tinyPlan(), tinyPlan()]);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problems.some((p) => p.path === '$[1].id'));
  });

  test('a plan of five levels cannot take an agency level above it', () => {
    const b = otherPlan();
    b.levels = [...b.levels!, { id: 'task', label: { th: 'งาน' } }, { id: 'step', label: { th: 'ขั้น' } }];
    const r = combinePlans([tinyPlan(), b]);
    assert.ok(!r.ok && r.problems.some((p) => p.path === '$[1].levels'));
  });

  test('households: the projects of the plans that have them; a plan without households adds none', () => {
    const plan = combined([tinyPlan(), otherPlan()]);
    assert.deepEqual(plan.households?.projects.map((p) => [p.id, p.target]), [
      ['tiny:hh-a', 70],
      ['tiny:hh-b', 30],
    ]);
    assert.equal(plan.households?.total, 100);
    assert.equal(combined([otherPlan(), { ...otherPlan(), id: 'other2' }]).households, undefined);
  });

  test('households of several plans add up; a breakdown keeps its areas and says whose sample it is', () => {
    const a = tinyPlan();
    a.households!.breakdown = { level: 'region', illustrative: { note: { th: 'ตัวอย่าง' } }, values: [{ project: 'hh-a', area: 'r-north', value: 70 }] };
    const b = { ...clone(tinyPlan()), id: 'tiny2' };
    const plan = combined([a, otherPlan(), b]);
    assert.equal(plan.households?.total, 200);
    assert.equal(plan.households?.projects.length, 4);
    assert.deepEqual(plan.households?.breakdown?.values, [{ project: 'tiny:hh-a', area: 'r-north', value: 70 }]);
    assert.equal(plan.households?.breakdown?.illustrative?.note.th, 'หน่วยงานทดสอบ: ตัวอย่าง');
    assert.deepEqual(plan.regions?.map((r) => r.id), ['r-central', 'r-north'], 'identical regions appear once');
  });

  test('regions that differ cannot hold one regional split', () => {
    const a = tinyPlan();
    a.households!.breakdown = { level: 'region', values: [{ project: 'hh-a', area: 'r-north', value: 70 }] };
    const b = { ...clone(a), id: 'tiny2' };
    b.regions![1]!.provinces = ['TH-50', 'TH-51'];
    const r = combinePlans([a, b]);
    assert.ok(!r.ok && r.problems.some((p) => p.path === '$[1].regions[1]'));
  });

  test('illustrative figures: the combined plan says whose they are; notes say which agency wrote them', () => {
    const a = tinyPlan();
    a.notes = [{ th: 'งบประมาณเป็นคำขอ', en: 'the budget is a request' }];
    const plan = combined([a, otherPlan()]);
    assert.equal(plan.illustrative?.note.th, 'หน่วยสอง: ข้อมูลสมมติทั้งหมด');
    assert.equal(plan.illustrative?.note.en, 'Second: every figure is made up');
    assert.deepEqual(plan.notes?.map((n) => n.th), ['หน่วยงานทดสอบ: งบประมาณเป็นคำขอ']);
    assert.equal(combined([a, { ...clone(a), id: 'tiny2' }]).illustrative, undefined);
  });

  test('ids too long once prefixed are shortened with a hash and stay unique', () => {
    const a = tinyPlan();
    const b = otherPlan();
    b.id = 'a-rather-long-plan-id-of-a-ministry-2567';
    const long = 'kpi-with-a-very-long-identifier-that-fills-the-limit';
    b.kpis![0]!.id = long;
    b.results![0]!.kpi = long;
    b.discrepancies![0]!.affects = ['o1', long];
    const plan = combined([a, b]);
    const id = plan.kpis?.at(-1)?.id ?? '';
    assert.ok(id.length <= 64 && id.startsWith(`${b.id}:`), id);
    assert.equal(plan.results?.at(-1)?.kpi, id);
  });
});

describe('combinePlans on the real CODI plan', () => {
  const url = new URL('../../../data/codi-2567.plan.json', import.meta.url);
  const catalogueUrl = new URL('../../../data/frameworks/th-national.json', import.meta.url);
  const catalogues: Catalogue[] = existsSync(catalogueUrl) ? [JSON.parse(readFileSync(catalogueUrl, 'utf8')) as Catalogue] : [];
  const load = (id?: string): Plan => {
    const raw = JSON.parse(readFileSync(url, 'utf8')) as Plan;
    const v = validatePlan(id ? { ...raw, id } : raw, { catalogues });
    assert.ok(v.ok, JSON.stringify(!v.ok && v.problems.slice(0, 3)));
    return v.plan;
  };

  test('the CODI plan and a copy of itself under another id combine into a valid plan with exact totals', () => {
    const a = load();
    const b = load('codi-copy');
    const plan = combined([a, b]);
    const perAgency = rootTotals(plan);
    assert.equal(perAgency.get('codi-2567'), toUnits(6088.9497));
    assert.equal(perAgency.get('codi-copy'), toUnits(6088.9497));
    assert.equal(sumOf(perAgency), 2 * toUnits(6088.9497));
    assert.equal(plan.kpis?.length, 2 * (a.kpis?.length ?? 0));
    assert.equal(plan.households?.total, 2 * (a.households?.total ?? 0));
    // Every national item appears once, and each one CODI links to is reached from both agencies.
    const national = (plan.frameworks ?? []).filter((f) => ['national-strategy', 'master-plan', 'national-plan', 'sdg'].includes(f.kind));
    const ids = national.flatMap((f) => f.items.map((it) => it.id));
    assert.equal(new Set(ids).size, ids.length);
    const reached = new Map<string, Set<string>>();
    for (const l of plan.links ?? []) if (ids.includes(l.to)) reached.set(l.to, (reached.get(l.to) ?? new Set()).add(l.from.split(':')[0] as string));
    assert.ok(reached.size > 0);
    for (const [to, from] of reached) assert.deepEqual([...from].sort(), ['codi-2567', 'codi-copy'], to);
  });
});

describe('combinePlans on CODI and the second (fictional) agency', () => {
  const dir = new URL('../../../data/', import.meta.url);
  const second = new URL('examples/sample-agency-2567.illustrative.plan.json', dir);
  const catalogue = new URL('frameworks/th-national.json', dir);
  const ready = existsSync(second) && existsSync(catalogue);

  test('they combine into a valid plan: national items they share once, each budget exact, households only from CODI', { skip: ready ? false : 'the second plan or the catalogue is not in data/ yet' }, () => {
    const catalogues = [JSON.parse(readFileSync(catalogue, 'utf8')) as Catalogue];
    const load = (url: URL) => {
      const v = validatePlan(JSON.parse(readFileSync(url, 'utf8')), { catalogues });
      assert.ok(v.ok, JSON.stringify(!v.ok && v.problems.slice(0, 3)));
      return v.plan;
    };
    const a = load(new URL('codi-2567.plan.json', dir));
    const b = load(second);
    const plan = combined([a, b]);
    const per = rootTotals(plan);
    assert.equal(per.get(a.id), sumOf(rootTotals(a)));
    assert.equal(per.get(b.id), sumOf(rootTotals(b)));
    const reach = (id: string) => new Set((plan.links ?? []).filter((l) => l.to === id).map((l) => (l.from.startsWith(`${b.id}:`) ? b.id : a.id)));
    const shared = [...new Set((b.links ?? []).map((l) => l.to))].filter((to) => (a.links ?? []).some((l) => l.to === to));
    assert.ok(shared.length > 0, 'the two plans share national items');
    for (const id of shared) {
      assert.equal(plan.frameworks?.flatMap((f) => f.items).filter((it) => it.id === id).length, 1, id);
      assert.deepEqual(reach(id), new Set([a.id, b.id]), id);
    }
    assert.equal(plan.households?.total, a.households?.total);
    assert.ok(plan.households?.projects.every((p) => p.id.startsWith(`${a.id}:`)));
    assert.match(plan.illustrative?.note.th ?? '', new RegExp(`^${b.agency.shortName?.th}: `));
  });
});

describe('combinePlans, properties', () => {
  test('for any amounts and any number of agencies: valid, and every total exact', () => {
    const money = fc.integer({ min: 0, max: 50_000_000 }).map((u) => u / 10_000);
    fc.assert(
      fc.property(fc.array(fc.tuple(money, money, money, fc.boolean()), { minLength: 2, maxLength: 5 }), (specs) => {
        const plans = specs.map(([x, y, z, stated], k) => {
          const p = k % 2 ? otherPlan() : tinyPlan();
          p.id = `agency-${k}`;
          if (k % 2) {
            p.budget!.lines = [
              { id: 'b-a1', item: 'a1', amounts: { state: x, loan: y } },
              { id: 'b-p1', item: 'p1', amounts: { own: z } },
            ];
          } else {
            const total = (toUnits(x) + toUnits(y) + toUnits(z)) / 10_000;
            p.budget!.lines = [
              { id: 'b-total', label: { th: 'รวม' }, stated: stated ? { total } : undefined },
              { id: 'b-p1', parent: 'b-total', item: 'p1', amounts: { state: x, own: y } },
              { id: 'b-p2', parent: 'b-total', item: 'p2', amounts: { state: z } },
            ];
            p.budget!.shares = [];
          }
          return p;
        });
        const r = combinePlans(plans);
        if (!r.ok) return false;
        if (!validatePlan(r.plan).ok) return false;
        const per = rootTotals(r.plan);
        const want = specs.map(([x, y, z]) => toUnits(x) + toUnits(y) + toUnits(z));
        return per.size === plans.length && plans.every((p, k) => per.get(p.id) === want[k]) && sumOf(per) === want.reduce((a, b) => a + b, 0);
      }),
      { seed: 2567, numRuns: 150 },
    );
  });
});
