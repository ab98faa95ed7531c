// The CODI FY2567 plan and the national framework catalogue (data/frameworks/th-national.json):
// every national item the plan restates says which catalogue item it is (`ref`), with the
// name the source prints; the plan validates alone and with the catalogue, and the two give
// the same links, sums and flows, only under catalogue ids (src/schema/catalogue.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { validatePlan } from '../../../src/schema/validate.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import type { Catalogue, FrameworkItem, Plan } from '../../../src/schema/plan.js';
import { alignmentGraph } from '../../../src/charts/sankey/graph.js';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const plan = read<Plan>('data/codi-2567.plan.json');
const sample = read<Plan>('data/examples/codi-2567-illustrative.plan.json');
const catalogue = read<Catalogue>('data/frameworks/th-national.json');
const SOURCE = '/work/shared/seed/000_d4a1c124db5ed152.txt';

/** Frameworks of the national plan system (and the SDGs): their items are national items. */
const NATIONAL_KINDS = new Set(['national-strategy', 'master-plan', 'national-plan', 'sdg', 'reform-plan', 'security-policy']);

/**
 * Restated national items without a catalogue equivalent, each with the reason. The
 * catalogue stops at the six strategies; CODI quotes strategy issues under them in its own
 * numbering, which no other plan shares.
 */
const NOT_IN_CATALOGUE: Record<string, string> = Object.fromEntries(
  ['ns-4-2-1', 'ns-4-2-1-1', 'ns-4-2-1-2', 'ns-4-2-1-3', 'ns-4-2-2', 'ns-4-2-2-1', 'ns-4-2-3', 'ns-4-2-3-1', 'ns-4-2-3-2', 'ns-6-2-1', 'ns-6-2-1-1'].map((id) => [
    id,
    'a strategy issue (ประเด็นยุทธศาสตร์) quoted under national strategy 4 or 6 in CODI numbering; the catalogue holds the strategies only',
  ]),
);

/**
 * Restated items whose Thai name differs from the catalogue's, each with the reason. None
 * today: where the CODI source prints a national item's name (sections 2.1, 2.2.1, 2.2.2,
 * 2.4), the catalogue copies it letter for letter (data/frameworks/README.md). The
 * abbreviated names of the source's summary diagram (e.g. "เสริมสร้างทุนทางสังคม" without
 * "แผนย่อย") are not used by the plan, so they need no exception.
 */
const LABEL_EXCEPTIONS: Record<string, string> = {};

const catalogueItems = new Map(catalogue.frameworks.flatMap((f) => f.items.map((it) => [it.id, it] as const)));
const restated = (plan.frameworks ?? []).flatMap((f) => f.items.map((item) => ({ framework: f, item })));
const withRef = restated.filter((r) => r.item.ref !== undefined) as { framework: (typeof restated)[number]['framework']; item: FrameworkItem & { ref: string } }[];
const refOf = new Map(withRef.map((r) => [r.item.id, r.item.ref]));
const canonical = (id: string) => refOf.get(id) ?? id;

describe('data/codi-2567.plan.json and the national catalogue', () => {
  test('declares the catalogue it links into', () => {
    assert.deepEqual(plan.catalogues, ['th-national']);
    assert.equal(catalogue.id, 'th-national');
  });

  test('every restated national item has a ref that exists in the catalogue, or is listed with the reason it has none', () => {
    const national = restated.filter((r) => NATIONAL_KINDS.has(r.framework.kind));
    const unexplained = national.filter((r) => r.item.ref === undefined && !(r.item.id in NOT_IN_CATALOGUE)).map((r) => r.item.id);
    assert.deepEqual(unexplained, []);
    for (const id of Object.keys(NOT_IN_CATALOGUE)) assert.ok(national.some((r) => r.item.id === id && r.item.ref === undefined), `${id} is a restated national item without ref`);
    const dangling = withRef.filter((r) => !catalogueItems.has(r.item.ref)).map((r) => `${r.item.id} → ${r.item.ref}`);
    assert.deepEqual(dangling, []);
    assert.equal(withRef.length, 14, '2 strategies, 4 master-plan issues and 4 sub-plans, 2 milestones, SDG 11 and target 11.1');
  });

  test('items that are not national (level-3 plans, CODI\'s own plans) have no ref', () => {
    const stray = restated.filter((r) => !NATIONAL_KINDS.has(r.framework.kind) && r.item.ref !== undefined).map((r) => r.item.id);
    assert.deepEqual(stray, []);
  });

  test('each ref names the same kind of item, with the same number, under the same parent', () => {
    for (const { item } of withRef) {
      const c = catalogueItems.get(item.ref)!;
      assert.equal(item.kind, c.kind, `${item.id} kind`);
      if (item.code !== undefined) assert.equal(item.code, c.code, `${item.id} code`);
      assert.equal(item.parent === undefined ? undefined : canonical(item.parent), c.parent, `${item.id} parent`);
    }
  });

  test('each restated Thai name equals its catalogue name letter for letter (exceptions listed with a reason)', () => {
    const differ = withRef.filter(({ item }) => catalogueItems.get(item.ref)!.label.th !== item.label.th).map(({ item }) => item.id);
    assert.deepEqual(differ.sort(), Object.keys(LABEL_EXCEPTIONS).sort());
  });

  test('each restated Thai name is printed in the source', { skip: existsSync(SOURCE) ? false : `${SOURCE} is not present` }, () => {
    const text = readFileSync(SOURCE, 'utf8');
    const missing = withRef.filter(({ item }) => !text.includes(item.label.th)).map(({ item }) => item.id);
    assert.deepEqual(missing, []);
  });

  test('every national link resolves into the catalogue once the catalogue is loaded', () => {
    const r = validatePlan(plan, { catalogues: [catalogue] });
    assert.deepEqual(r.problems, []);
    assert.ok(r.ok);
    const owner = new Map(r.plan.frameworks!.flatMap((f) => f.items.map((it) => [it.id, f] as const)));
    const national = r.plan.links!.filter((l) => NATIONAL_KINDS.has(owner.get(l.to)?.kind ?? ''));
    assert.equal(national.length, 20, '19 from the projects and 1 to SDG target 11.1');
    for (const l of national) assert.ok(catalogueItems.has(l.to), `${l.from} → ${l.to} is a catalogue id`);
    // The others reach the level-3 plans and CODI's 5-year plan, which no catalogue holds.
    const rest = r.plan.links!.filter((l) => !national.includes(l)).map((l) => owner.get(l.to)?.id);
    assert.deepEqual([...new Set(rest)].sort(), ['fw-codi-5y', 'fw-level-3']);
  });

  test('with the catalogue, national items take catalogue ids and keep what CODI says about them', () => {
    const r = validatePlan(plan, { catalogues: [catalogue] });
    assert.ok(r.ok);
    const ids = r.plan.frameworks!.map((f) => f.id);
    assert.deepEqual(ids, ['th-ns', 'th-mp', 'th-nesdp13', 'fw-level-3', 'sdg', 'fw-codi-5y', 'fw-board-policy', 'fw-vfm', 'fw-mandate'], 'restated national frameworks are replaced where they stood');
    const items = new Map(r.plan.frameworks!.flatMap((f) => f.items.map((it) => [it.id, it] as const)));
    for (const { item } of withRef) {
      const got = items.get(item.ref)!;
      const c = catalogueItems.get(item.ref)!;
      assert.deepEqual(got.label, c.label, `${item.ref} has the catalogue name`);
      assert.equal(got.code, c.code);
      assert.equal(got.ref, undefined);
      assert.equal(got.role, item.role, `${item.ref} keeps CODI's role`);
      assert.deepEqual(got.indicators, item.indicators ?? c.indicators, `${item.ref} keeps CODI's indicators and their targets`);
      assert.deepEqual(got.goals, item.goals ?? c.goals);
      assert.deepEqual(got.source, item.source ?? c.source);
      if (item.id !== item.ref) assert.equal(items.has(item.id), false, `${item.id} is gone`);
    }
    // CODI's strategy issues stay CODI's, now under the catalogue's strategies.
    for (const id of Object.keys(NOT_IN_CATALOGUE)) assert.ok(r.plan.frameworks!.find((f) => f.id === 'th-ns')!.items.some((it) => it.id === id), `${id} sits in th-ns`);
    assert.equal(items.get('ns-4-2-1')!.parent, 'th-ns-4');
    assert.equal(items.get('ns-6-2-1')!.parent, 'th-ns-6');
    assert.equal(items.get('ns-4-2-1-1')!.parent, 'ns-4-2-1');
    // Discrepancies follow the ids they affect.
    const affects = new Set(r.plan.discrepancies!.flatMap((d) => d.affects ?? []));
    for (const id of ['th-nesdp13-m09', 'th-nesdp13-m13', 'th-ns-4', 'th-ns-6', 'th-mp-15-1', 'th-mp-17']) assert.ok(affects.has(id), id);
    for (const id of ['nesdp-m9', 'ns-4', 'mp-17']) assert.ok(!affects.has(id), id);
  });

  test('validation without and with the catalogue: both pass, with the same links, sums and flows', () => {
    const alone = validatePlan(plan);
    const joined = validatePlan(plan, { catalogues: [catalogue] });
    assert.deepEqual(alone.problems, []);
    assert.deepEqual(joined.problems, []);
    assert.ok(alone.ok && joined.ok);
    // Without the catalogue nothing is rewritten.
    assert.deepEqual(alone.plan.frameworks, plan.frameworks);
    assert.deepEqual(alone.plan.links, plan.links);

    // The same links, under catalogue ids.
    assert.equal(joined.plan.links!.length, alone.plan.links!.length);
    assert.deepEqual(joined.plan.links, alone.plan.links!.map((l) => ({ ...l, to: canonical(l.to), from: canonical(l.from) })));

    // The same sums: every budget line's total and split by source; the same stated shares.
    const sums = (p: Plan) => [...budgetTotals(p.budget!.lines)].map(([id, t]) => [id, t.total, [...t.bySource].sort()]);
    assert.deepEqual(sums(joined.plan), sums(alone.plan));
    assert.deepEqual(joined.plan.budget, alone.plan.budget);
    assert.deepEqual(joined.plan.households, alone.plan.households);

    // The same flows from each national item in the alignment sankey.
    for (const framework of ['national-strategy', 'master-plan', 'sdg']) {
      const before = alignmentGraph(alone.plan, { framework, lang: 'th' });
      const after = alignmentGraph(joined.plan, { framework, lang: 'th' });
      assert.equal(after.total, before.total, framework);
      const values = (g: typeof before, rename: (id: string) => string) => g.nodes.map((n) => [rename(n.id), n.column, n.value, n.role]).sort();
      assert.deepEqual(values(after, (id) => id), values(before, canonical), `${framework}: the same nodes and values`);
    }
  });

  test('the illustrative CODI sample links into the catalogue the same way', () => {
    assert.deepEqual(sample.catalogues, plan.catalogues);
    assert.deepEqual(validatePlan(sample, { catalogues: [catalogue] }).problems, []);
  });
});
