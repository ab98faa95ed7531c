import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validatePlan } from '../../../src/schema/validate.js';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { tinyPlan } from '../../fixtures/plans.js';

const catalogue: Catalogue = {
  id: 'test-national',
  title: { th: 'แคตตาล็อกทดสอบ' },
  frameworks: [
    {
      id: 'cat-mp',
      kind: 'master-plan',
      label: { th: 'แผนแม่บท' },
      items: [
        { id: 'cat-mp-17', code: '17', label: { th: 'ความเสมอภาคและหลักประกันทางสังคม', en: 'Social equality and security' } },
        { id: 'cat-mp-17-1', code: '17.1', parent: 'cat-mp-17', label: { th: 'แผนย่อย' } },
        { id: 'cat-mp-21', code: '21', label: { th: 'การต่อต้านการทุจริตและประพฤติมิชอบ' } },
      ],
    },
  ],
};

function linking(): Plan {
  const plan = tinyPlan();
  plan.catalogues = ['test-national'];
  plan.links!.push({ from: 'p2', to: 'cat-mp-17-1', role: 'secondary' });
  return plan;
}

describe('framework catalogues', () => {
  test('a plan links to catalogue items by id; the items it uses (and their parents) come into its frameworks', () => {
    const r = validatePlan(linking(), { catalogues: [catalogue] });
    assert.deepEqual(r.problems, []);
    assert.ok(r.ok);
    const copied = r.plan.frameworks!.find((f) => f.id === 'cat-mp');
    assert.deepEqual(copied?.items.map((i) => i.id), ['cat-mp-17', 'cat-mp-17-1']);
  });

  test('a catalogue the plan names but nobody loaded is a located problem', () => {
    const r = validatePlan(linking());
    assert.equal(r.ok, false);
    assert.ok(r.problems.some((p) => p.path === '$.catalogues[0]' && /catalogue-src/.test(p.message)));
    assert.ok(r.problems.some((p) => p.path === '$.links[1].to' && /cat-mp-17-1/.test(p.message)));
  });

  test('an id the catalogue does not know is named', () => {
    const plan = linking();
    plan.links![1]!.to = 'cat-mp-99';
    const r = validatePlan(plan, { catalogues: [catalogue] });
    assert.ok(r.problems.some((p) => p.path === '$.links[1].to' && /cat-mp-99/.test(p.message)));
  });

  test('a plan framework item that refers to a missing catalogue item is named', () => {
    const plan = linking();
    plan.frameworks![0]!.items[0]!.ref = 'cat-nope';
    const r = validatePlan(plan, { catalogues: [catalogue] });
    assert.ok(r.problems.some((p) => p.path === '$.frameworks[0].items[0].ref'));
  });

  test('a plan without catalogues is untouched', () => {
    const r = validatePlan(tinyPlan(), { catalogues: [catalogue] });
    assert.ok(r.ok);
    assert.equal(r.plan.frameworks!.length, 1);
  });
});
