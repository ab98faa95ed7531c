// The rules that join a plan to a framework catalogue (src/schema/catalogue.ts): when a
// declared catalogue must be loaded, how restated items with a `ref` take catalogue ids, what
// happens to the plan's own items and to emptied frameworks. Small plans, one rule each.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan } from '../../../src/schema/validate.js';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { tinyPlan } from '../../fixtures/plans.js';

const catalogue: Catalogue = {
  id: 'cat',
  title: { th: 'แคตตาล็อก' },
  frameworks: [
    {
      id: 'cat-ns',
      kind: 'national-strategy',
      tier: 1,
      label: { th: 'ยุทธศาสตร์ชาติ (แคตตาล็อก)' },
      items: [
        { id: 'cat-ns-3', code: '3', kind: 'strategy', label: { th: 'ยุทธศาสตร์ที่ 3' } },
        { id: 'cat-ns-4', code: '4', kind: 'strategy', label: { th: 'ยุทธศาสตร์ที่ 4', en: 'Strategy 4' }, source: { table: 'ราชกิจจานุเบกษา' }, notes: [{ th: 'หมายเหตุของแคตตาล็อก' }] },
      ],
    },
    {
      id: 'cat-mp',
      kind: 'master-plan',
      tier: 2,
      label: { th: 'แผนแม่บท' },
      items: [
        { id: 'cat-mp-15', code: '15', kind: 'issue', label: { th: 'พลังทางสังคม' } },
        { id: 'cat-mp-17', code: '17', kind: 'issue', label: { th: 'ความเสมอภาคและหลักประกันทางสังคม' } },
        { id: 'cat-mp-17-2', code: '17.2', kind: 'sub-plan', parent: 'cat-mp-17', label: { th: 'แผนย่อยมาตรการแบบเจาะจงกลุ่มเป้าหมาย' } },
      ],
    },
  ],
};

/** tinyPlan with its national strategy restated: ns-4 is catalogue item cat-ns-4; ns-4-1 is the plan's own. */
function restating(): Plan {
  const plan = tinyPlan();
  plan.catalogues = ['cat'];
  plan.frameworks![0]!.items[0]!.ref = 'cat-ns-4';
  plan.frameworks![0]!.items[0]!.goals = [{ th: 'เป้าหมายตามแผนของหน่วยงาน' }];
  plan.frameworks![0]!.items[0]!.source = { section: '2.1' };
  return plan;
}

const ok = (r: ReturnType<typeof validatePlan>) => {
  assert.deepEqual(r.problems, []);
  assert.ok(r.ok);
  return r.plan;
};
const itemIds = (p: Plan) => p.frameworks!.map((f) => `${f.id}: ${f.items.map((it) => (it.parent ? `${it.id}<${it.parent}` : it.id)).join(' ')}`);

describe('when a declared catalogue must be loaded', () => {
  test('not when every link resolves in the plan itself: the plan validates and is left as it is', () => {
    const plan = restating();
    const r = ok(validatePlan(plan));
    assert.deepEqual(r.frameworks, plan.frameworks);
    assert.deepEqual(r.links, plan.links);
  });

  test('when a link names an id the plan does not define: a problem at the catalogue, naming the id', () => {
    const plan = restating();
    plan.links!.push({ from: 'p2', to: 'cat-mp-17-2' });
    const r = validatePlan(plan);
    assert.equal(r.ok, false);
    const p = r.problems.find((x) => x.path === '$.catalogues[0]');
    assert.match(p?.message ?? '', /"cat" is not loaded.*"cat-mp-17-2".*catalogue-src/);
    assert.ok(r.problems.some((x) => x.path === '$.links[1].to'));
  });

  test('when a framework item\'s parent names a catalogue item', () => {
    const plan = tinyPlan();
    plan.catalogues = ['cat'];
    plan.frameworks![0]!.items[1]!.parent = 'cat-ns-4';
    assert.ok(validatePlan(plan).problems.some((x) => x.path === '$.catalogues[0]'));
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(itemIds(r), ['ns: ns-4 ns-4-1<cat-ns-4', 'cat-ns: cat-ns-4']);
  });

  test('not when another loaded catalogue holds the id', () => {
    const plan = restating();
    plan.catalogues = ['cat', 'elsewhere'];
    plan.links!.push({ from: 'p2', to: 'cat-mp-15' });
    ok(validatePlan(plan, { catalogues: [catalogue] }));
  });

  test('a ref is checked only against loaded catalogues, and only when every declared one is loaded', () => {
    const plan = restating();
    plan.frameworks![0]!.items[0]!.ref = 'cat-ns-99';
    ok(validatePlan(plan));
    assert.ok(validatePlan(plan, { catalogues: [catalogue] }).problems.some((x) => x.path === '$.frameworks[0].items[0].ref' && /cat-ns-99/.test(x.message)));
    plan.catalogues = ['cat', 'elsewhere'];
    ok(validatePlan(plan, { catalogues: [catalogue] }));
  });
});

describe('canonical ids when the catalogue is loaded', () => {
  test('a restated item takes the catalogue id, name and code, keeps what the plan says, and its own children follow it', () => {
    const plan = restating();
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    // `ns` held only ns-4 (now cat-ns-4) and ns-4-1 (its child): emptied, dropped, replaced where it stood.
    assert.deepEqual(itemIds(r), ['cat-ns: cat-ns-4 ns-4-1<cat-ns-4']);
    const item = r.frameworks![0]!.items[0]!;
    assert.deepEqual(item.label, { th: 'ยุทธศาสตร์ที่ 4', en: 'Strategy 4' });
    assert.equal(item.code, '4');
    assert.equal(item.kind, 'strategy');
    assert.equal(item.role, 'primary', 'the plan\'s role');
    assert.deepEqual(item.goals, [{ th: 'เป้าหมายตามแผนของหน่วยงาน' }], 'the plan\'s goals');
    assert.deepEqual(item.source, { section: '2.1' }, 'the plan\'s source');
    assert.deepEqual(item.notes, [{ th: 'หมายเหตุของแคตตาล็อก' }], 'the catalogue\'s notes where the plan has none');
    assert.equal(item.ref, undefined);
    assert.deepEqual(r.links, [{ from: 'p1', to: 'ns-4-1', role: 'primary', basis: 'stated' }], 'links to own items keep their ids');
  });

  test('links, parents and discrepancies that name a restated item are rewritten; a dropped framework\'s id becomes the catalogue framework\'s', () => {
    const plan = restating();
    plan.links!.push({ from: 'p2', to: 'ns-4', role: 'secondary' }, { from: 'p2', to: 'ns' });
    plan.discrepancies![0]!.affects = ['k1', 'ns-4'];
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(r.links!.slice(1).map((l) => l.to), ['cat-ns-4', 'cat-ns']);
    assert.deepEqual(r.discrepancies![0]!.affects, ['k1', 'cat-ns-4']);
  });

  test('two plans that restate the same national item under different ids end with the same id', () => {
    const a = restating();
    const b = restating();
    b.id = 'other';
    b.frameworks![0]!.id = 'strategies';
    b.frameworks![0]!.items = [{ id: 'strategy-four', code: '4', label: { th: 'ยุทธศาสตร์ชาติด้านที่ 4 (ชื่อย่อ)' }, ref: 'cat-ns-4' }];
    b.links = [{ from: 'p1', to: 'strategy-four' }];
    const ra = ok(validatePlan(a, { catalogues: [catalogue] }));
    const rb = ok(validatePlan(b, { catalogues: [catalogue] }));
    assert.deepEqual(rb.links!.map((l) => l.to), ['cat-ns-4']);
    assert.deepEqual(itemIds(rb), ['cat-ns: cat-ns-4']);
    assert.deepEqual(rb.frameworks![0]!.items[0]!.label, ra.frameworks![0]!.items[0]!.label, 'the catalogue name in both');
  });

  test('a framework keeps the items that have no ref and are not under one; catalogue ancestors come along', () => {
    const plan = tinyPlan();
    plan.catalogues = ['cat'];
    plan.frameworks!.push({
      id: 'mp',
      kind: 'master-plan',
      label: { th: 'แผนแม่บทที่เกี่ยวข้อง' },
      items: [
        { id: 'mp-17-sub', kind: 'sub-plan', label: { th: 'แผนย่อยมาตรการแบบเจาะจงกลุ่มเป้าหมาย' }, ref: 'cat-mp-17-2', role: 'primary' },
        { id: 'province-plan', kind: 'plan', label: { th: 'แผนพัฒนาจังหวัด' } },
      ],
    });
    plan.links!.push({ from: 'p2', to: 'mp-17-sub' }, { from: 'p2', to: 'province-plan' }, { from: 'p2', to: 'cat-mp-15' });
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(itemIds(r), ['ns: ns-4 ns-4-1<ns-4', 'cat-mp: cat-mp-15 cat-mp-17 cat-mp-17-2<cat-mp-17', 'mp: province-plan']);
    assert.deepEqual(r.links!.slice(1).map((l) => l.to), ['cat-mp-17-2', 'province-plan', 'cat-mp-15']);
    assert.equal(r.frameworks![1]!.items.find((it) => it.id === 'cat-mp-17-2')!.role, 'primary');
  });

  test('an empty framework of the plan is kept; an item that restates its own catalogue id is replaced, not duplicated', () => {
    const plan = tinyPlan();
    plan.catalogues = ['cat'];
    plan.frameworks!.push({ id: 'reform', kind: 'reform-plan', label: { th: 'แผนการปฏิรูปประเทศ' }, items: [] });
    plan.frameworks!.push({ id: 'mp', kind: 'master-plan', label: { th: 'แผนแม่บท' }, items: [{ id: 'cat-mp-15', label: { th: 'พลังทางสังคม' }, ref: 'cat-mp-15' }] });
    plan.links!.push({ from: 'p2', to: 'reform' }, { from: 'p2', to: 'cat-mp-15' });
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(itemIds(r), ['ns: ns-4 ns-4-1<ns-4', 'reform: ', 'cat-mp: cat-mp-15']);
  });

  test('two restated items with the same ref become one item; the first one\'s statements are kept', () => {
    const plan = restating();
    plan.frameworks!.push({ id: 'again', kind: 'other', label: { th: 'อีกครั้ง' }, items: [{ id: 'ns-4-again', label: { th: 'ยุทธศาสตร์ที่ 4' }, ref: 'cat-ns-4', role: 'secondary' }] });
    plan.links!.push({ from: 'p2', to: 'ns-4-again' });
    const r = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(itemIds(r), ['cat-ns: cat-ns-4 ns-4-1<cat-ns-4']);
    assert.equal(r.frameworks![0]!.items[0]!.role, 'primary');
    assert.equal(r.links!.at(-1)!.to, 'cat-ns-4');
  });

  test('an own item (no ref) with the id of a catalogue item that is copied in is a duplicate id', () => {
    const plan = restating();
    plan.frameworks!.push({ id: 'mine', kind: 'other', label: { th: 'ของหน่วยงาน' }, items: [{ id: 'cat-mp-17', label: { th: 'ชื่อซ้ำ' } }] });
    plan.links!.push({ from: 'p2', to: 'cat-mp-17-2' });
    const r = validatePlan(plan, { catalogues: [catalogue] });
    assert.ok(r.problems.some((x) => x.rule === 'unique-id' && /cat-mp-17/.test(x.message)));
  });

  test('resolving a resolved plan again changes nothing, with or without the catalogue', () => {
    const plan = restating();
    plan.links!.push({ from: 'p2', to: 'ns-4' }, { from: 'p2', to: 'cat-mp-17-2' });
    const once = ok(validatePlan(plan, { catalogues: [catalogue] }));
    assert.deepEqual(ok(validatePlan(once, { catalogues: [catalogue] })), once);
    assert.deepEqual(ok(validatePlan(once)), once);
  });
});
