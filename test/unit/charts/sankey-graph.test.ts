import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Plan } from '../../../src/schema/plan.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { toUnits } from '../../../src/schema/money.js';
import { validatePlan } from '../../../src/schema/validate.js';
import { alignmentGraph, allocate, breakdown, contributions, pickFramework, related, UNLINKED, type AlignmentGraph } from '../../../src/charts/sankey/graph.js';
import { tinyPlan, clone } from '../../fixtures/plans.js';

const codi = JSON.parse(readFileSync(new URL('../../../data/codi-2567.plan.json', import.meta.url), 'utf8')) as Plan;
const ACTION_PLAN_TOTAL = toUnits(5834.1047);
const FRAMEWORKS = ['national-strategy', 'master-plan', 'sdg', 'level-3-plan', 'agency-plan'];

const columnTotals = (g: AlignmentGraph) => g.columns.map((_, c) => g.nodes.filter((n) => n.column === c).reduce((s, n) => s + n.value, 0));
const node = (g: AlignmentGraph, id: string) => g.nodes.find((n) => n.id === id);

/** Two issues, three programs, a framework of two items; program budgets 1.0001, 2 and 3. */
function manyToMany(links: Plan['links']): Plan {
  return {
    schemaVersion: 1,
    id: 'm2m',
    title: { th: 'ทดสอบ' },
    agency: { name: { th: 'หน่วยงาน' } },
    fiscalYear: 2567,
    levels: [
      { id: 'issue', label: { th: 'ประเด็น' } },
      { id: 'program', label: { th: 'แผนงาน' } },
      { id: 'sub', label: { th: 'แผนงานย่อย' } },
    ],
    fundingSources: [{ id: 's', label: { th: 'งบ' } }],
    frameworks: [
      { id: 'ns', kind: 'national-strategy', label: { th: 'ยุทธศาสตร์ชาติ' }, items: [{ id: 'A', label: { th: 'เอ' }, role: 'primary' }, { id: 'A1', parent: 'A', label: { th: 'เอหนึ่ง' } }, { id: 'B', label: { th: 'บี' }, role: 'secondary' }] },
      { id: 'own', kind: 'agency-plan', label: { th: 'แผนห้าปี' }, items: [{ id: 'own-1', label: { th: 'ประเด็นห้าปี' } }] },
    ],
    items: [
      { id: 'i1', level: 'issue', label: { th: 'ประเด็นหนึ่ง' } },
      { id: 'i2', level: 'issue', label: { th: 'ประเด็นสอง' } },
      { id: 'p1', level: 'program', parent: 'i1', label: { th: 'แผนงานหนึ่ง' } },
      { id: 'p2', level: 'program', parent: 'i1', label: { th: 'แผนงานสอง' } },
      { id: 'p3', level: 'program', parent: 'i2', label: { th: 'แผนงานสาม' } },
      { id: 's3', level: 'sub', parent: 'p3', label: { th: 'แผนงานย่อยสาม' } },
    ],
    links,
    budget: {
      lines: [
        { id: 'b1', item: 'p1', amounts: { s: 1.0001 } },
        { id: 'b2', item: 'p2', amounts: { s: 2 } },
        { id: 'b3', item: 'p3', amounts: { s: 3 } },
      ],
    },
  };
}

describe('alignmentGraph on the CODI plan', () => {
  test('the dataset is valid (the graph is built from what the element accepts)', () => {
    const r = validatePlan(codi);
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems.slice(0, 3)));
  });

  test('columns in order: the framework, then the plan levels from plan.levels', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 3 });
    assert.equal(g.framework?.kind, 'national-strategy');
    assert.deepEqual(
      g.columns.map((c) => c.levelId),
      [undefined, ...(codi.levels ?? []).slice(0, 3).map((l) => l.id)],
    );
    for (const l of g.links) {
      assert.equal(node(g, l.source)?.column, l.stage, l.id);
      assert.equal(node(g, l.target)?.column, l.stage + 1, l.id);
    }
    const columnOf = (id: string) => node(g, id)?.column;
    assert.equal(columnOf('ns-4'), 0);
    assert.equal(columnOf('issue-1'), 1);
    assert.equal(columnOf('program-3'), 2);
    assert.equal(columnOf('sub-3-1'), 3);
  });

  for (const framework of FRAMEWORKS) {
    for (const depth of [1, 2, 3, 4]) {
      test(`${framework}, ${depth} level(s): every column adds up to the action-plan total in whole units`, () => {
        const g = alignmentGraph(codi, { lang: 'th', framework, depth });
        assert.equal(g.empty, undefined);
        assert.equal(g.weighting, 'budget');
        assert.equal(g.total, ACTION_PLAN_TOTAL);
        for (const total of columnTotals(g)) assert.equal(total, ACTION_PLAN_TOTAL);
        for (const x of [...g.nodes.map((n) => n.value), ...g.links.map((l) => l.value)]) assert.ok(Number.isInteger(x) && x > 0);
        // Each node passes on what it receives.
        for (const n of g.nodes) {
          const inflow = g.links.filter((l) => l.target === n.id).reduce((s, l) => s + l.value, 0);
          const outflow = g.links.filter((l) => l.source === n.id).reduce((s, l) => s + l.value, 0);
          if (n.column > 0) assert.equal(inflow, n.value, n.id);
          if (n.column < g.columns.length - 1) assert.equal(outflow, n.value, n.id);
        }
      });
    }
  }

  test('each program carries its budget line total (budgetTotals)', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 2 });
    const totals = budgetTotals(codi.budget?.lines ?? []);
    for (const line of codi.budget?.lines ?? []) {
      const n = line.item ? node(g, line.item) : undefined;
      if (n) assert.equal(n.value, totals.get(line.id)?.total, line.id);
    }
  });

  test('sub-program and activity links count for their program; the rest is "not linked"', () => {
    const g = alignmentGraph(codi, { lang: 'th', framework: 'national-strategy', depth: 2 });
    // program-8's budget sits on the program; its link is stated on sub-program 8.1.
    assert.ok(g.links.some((l) => l.source === 'ns-4' && l.target === 'issue-3' && l.role === 'primary'));
    assert.equal(breakdown(g, 'program-8').find((b) => b.node.id === 'ns-4')?.units, toUnits(547.2408));
    assert.equal(node(g, 'ns-6')?.value, toUnits(165.4687));
    assert.equal(node(g, 'ns-6')?.role, 'secondary');
    assert.equal(node(g, UNLINKED)?.value, toUnits(12.97 + 2.15 + 13.7866 + 27.5408));
  });

  test('a link stated on a development issue reaches every program under it', () => {
    const g = alignmentGraph(codi, { lang: 'th', framework: 'agency-plan', depth: 2 });
    assert.equal(node(g, 'cp5-4')?.value, toUnits(27.5408));
    assert.equal(node(g, UNLINKED), undefined);
  });

  test('a framework with no link gives the empty reason, not a chart of "not linked"', () => {
    assert.equal(alignmentGraph(codi, { lang: 'th', framework: 'fw-board-policy' }).empty, 'noLinks');
    assert.equal(alignmentGraph(codi, { lang: 'th', framework: 'no-such' }).empty, 'unknownFramework');
  });

  test('hovering a framework item lights its own flows and what lies downstream, not its neighbours', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 2 });
    const r = related(g, { node: 'ns-6' });
    assert.ok(r.nodes.has('issue-2') && r.nodes.has('program-4'));
    assert.ok(!r.nodes.has('program-5'), 'program-5 is under issue-2 but not linked to ns-6');
    assert.ok(!r.nodes.has('ns-4'));
    const up = related(g, { node: 'program-4' });
    assert.ok(up.nodes.has('ns-6') && up.nodes.has('issue-2') && !up.nodes.has('ns-4'));
  });

  test('contributions say which programs make up a framework flow, with their share', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 2 });
    const c = contributions(g, 'ns-4→issue-3|primary');
    assert.deepEqual(c.map((x) => x.node.id).sort(), ['program-7', 'program-8']);
    for (const x of c) assert.equal(x.share, 1);
  });
});

describe('alignmentGraph: many-to-many without double counting', () => {
  test('an unweighted link set splits equally, in whole units that add up exactly', () => {
    const g = alignmentGraph(manyToMany([{ from: 'p1', to: 'A1' }, { from: 'p1', to: 'B' }, { from: 'p2', to: 'A' }, { from: 'p3', to: 'B' }]), { lang: 'th' });
    const p1 = breakdown(g, 'p1');
    assert.deepEqual(p1.map((b) => b.units).sort((a, b) => a - b), [5000, 5001]);
    assert.equal(node(g, 'A')?.value, 20_000 + 5001);
    assert.equal(node(g, 'B')?.value, 30_000 + 5000);
    for (const total of columnTotals(g)) assert.equal(total, toUnits(6.0001));
  });

  test('stated weights are respected; unweighted links share what is left', () => {
    const g = alignmentGraph(manyToMany([{ from: 'p2', to: 'A', weight: 0.7 }, { from: 'p2', to: 'B', weight: 0.3 }]), { lang: 'th' });
    assert.equal(breakdown(g, 'p2').find((b) => b.node.id === 'A')?.units, 14_000);
    assert.equal(breakdown(g, 'p2').find((b) => b.node.id === 'B')?.units, 6_000);
    const h = alignmentGraph(manyToMany([{ from: 'p2', to: 'A', weight: 0.5 }, { from: 'p2', to: 'B' }, { from: 'p2', to: 'A1' }]), { lang: 'th' });
    // A gets 0.5 + 0.25 (through A1, an item under A), B 0.25.
    assert.equal(node(h, 'A')?.value, 15_000);
    assert.equal(node(h, 'B')?.value, 5_000);
  });

  test('links through another framework are followed, and roles split flows', () => {
    const g = alignmentGraph(manyToMany([{ from: 'i2', to: 'own-1' }, { from: 'own-1', to: 'B' }, { from: 'p1', to: 'A', role: 'secondary' }, { from: 'p2', to: 'A' }]), { lang: 'th' });
    assert.equal(node(g, 'B')?.value, 30_000);
    const toI1 = g.links.filter((l) => l.source === 'A' && l.target === 'i1');
    assert.deepEqual(toI1.map((l) => [l.role, l.value]).sort(), [['primary', 20_000], ['secondary', 10_001]]);
    assert.deepEqual(g.roles, ['primary', 'secondary']);
  });

  test('a link to a framework as a whole gets its own node', () => {
    const g = alignmentGraph(manyToMany([{ from: 'p1', to: 'ns' }]), { lang: 'th' });
    assert.equal(g.nodes.find((n) => n.kind === 'framework')?.value, 10_001);
  });

  test('money above the deepest level shown goes to a "not itemised" node, so columns still add up', () => {
    const plan = manyToMany([{ from: 's3', to: 'A' }]);
    plan.budget?.lines.push({ id: 'b3s', parent: 'b3', item: 's3', amounts: { s: 0.5 } });
    const g = alignmentGraph(plan, { lang: 'th', depth: 3 });
    assert.equal(g.weighting, 'budget');
    assert.equal(node(g, 's3')?.value, 5_000);
    assert.equal(node(g, '~rest:2')?.value, toUnits(6.0001));
    for (const total of columnTotals(g)) assert.equal(total, toUnits(6.5001));
    assert.equal(node(g, 'A')?.value, 35_000, "p3's own budget follows the link stated on its sub-program");
    assert.deepEqual(g.restLevels, ['แผนงานย่อย']);
  });

  test('a shown level without any budget switches to counting items', () => {
    const g = alignmentGraph(manyToMany([{ from: 's3', to: 'A' }]), { lang: 'th', depth: 3 });
    assert.equal(g.weighting, 'count');
    assert.equal(g.fallbackLevel, 'แผนงานย่อย');
  });
});

describe('alignmentGraph: weighting', () => {
  test('counts items when asked to', () => {
    const g = alignmentGraph(tinyPlan(), { lang: 'th', weight: 'count' });
    assert.equal(g.weighting, 'count');
    assert.equal(g.unit, 'item');
    assert.equal(g.total / g.scale, 2);
    assert.equal(node(g, 'ns-4')?.value, g.scale, 'p1 links to ns-4.1, shown as ns-4');
    assert.equal(node(g, UNLINKED)?.value, g.scale);
  });

  test('counts items when the plan has no budget, and says which level lacks it', () => {
    const plan = clone(tinyPlan());
    delete plan.budget;
    assert.equal(alignmentGraph(plan, { lang: 'th' }).weighting, 'count');
    const issueOnly = clone(tinyPlan());
    issueOnly.budget = { lines: [{ id: 'b-i1', item: 'i1', amounts: { state: 3 } }] };
    const g = alignmentGraph(issueOnly, { lang: 'th' });
    assert.equal(g.weighting, 'count');
    assert.equal(g.fallbackLevel, 'แผนงาน');
  });

  test('uses the budget of the tiny fixture, exactly', () => {
    const g = alignmentGraph(tinyPlan(), { lang: 'en' });
    assert.equal(g.weighting, 'budget');
    assert.equal(g.total, toUnits(3.5));
    assert.equal(node(g, 'ns-4')?.value, toUnits(1.7345));
  });
});

describe('alignmentGraph: odd input never loops or throws', () => {
  test('a link cycle between framework items and a parent cycle finish', { timeout: 2000 }, () => {
    const plan = manyToMany([{ from: 'own-1', to: 'B' }, { from: 'B', to: 'own-1' }, { from: 'i1', to: 'own-1' }, { from: 'p3', to: 'p3' }]);
    (plan.items ?? []).push({ id: 'x', level: 'program', parent: 'y', label: { th: 'x' } }, { id: 'y', level: 'program', parent: 'x', label: { th: 'y' } });
    plan.budget?.lines.push({ id: 'bx', item: 'x', amounts: { s: 1 } }, { id: 'l1', parent: 'l2', amounts: { s: 1 } }, { id: 'l2', parent: 'l1', item: 'p1' });
    const g = alignmentGraph(plan, { lang: 'th' });
    for (const total of columnTotals(g)) assert.equal(total, g.total);
  });

  test('random plans: totals conserved, values whole and finite', () => {
    const ids = ['A', 'A1', 'B', 'own-1', 'ns', 'i1', 'i2', 'p1', 'p2', 'p3', 's3'];
    const link = fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), weight: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(link, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom<'budget' | 'count'>('budget', 'count'), (links, depth, weight) => {
        const plan = manyToMany(links.map((l) => (l.weight === undefined ? { from: l.from, to: l.to } : l)));
        const g = alignmentGraph(plan, { lang: 'th', depth, weight });
        if (g.empty) return;
        for (const total of columnTotals(g)) assert.equal(total, g.total);
        for (const n of g.nodes) assert.ok(Number.isInteger(n.value) && n.value > 0);
      }),
      { seed: 2567, numRuns: 300 },
    );
  });

  test('empty reasons: no items, no frameworks', () => {
    const bare = clone(tinyPlan());
    delete bare.items;
    assert.equal(alignmentGraph(bare, { lang: 'th' }).empty, 'noItems');
    const noFw = clone(tinyPlan());
    delete noFw.frameworks;
    assert.equal(alignmentGraph(noFw, { lang: 'th' }).empty, 'noFrameworks');
  });
});

describe('helpers', () => {
  test('allocate splits exactly by largest remainder', () => {
    assert.deepEqual(allocate(10, [1, 1, 1]), [4, 3, 3]);
    assert.deepEqual(allocate(7, [0.7, 0.3]), [5, 2]);
    assert.deepEqual(allocate(5, [0, 0]), [0, 0]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }), (units, shares) => {
        const out = allocate(units, shares);
        if (shares.some((s) => s > 0)) assert.equal(out.reduce((a, b) => a + b, 0), units);
        assert.ok(out.every((x) => Number.isInteger(x) && x >= 0));
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  test('pickFramework: by id, by kind, national strategy by default', () => {
    assert.equal(pickFramework(codi)?.id, 'fw-national-strategy');
    assert.equal(pickFramework(codi, 'sdg')?.id, 'fw-sdgs');
    assert.equal(pickFramework(codi, 'fw-level-3')?.kind, 'level-3-plan');
  });
});
