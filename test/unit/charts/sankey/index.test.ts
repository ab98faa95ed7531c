import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Plan } from '../../../../src/schema/plan.js';
import { alignmentGraph, contributions, graphIndex, linkedFrameworks, type AlignmentGraph } from '../../../../src/charts/sankey/graph.js';

const codi = JSON.parse(readFileSync(new URL('../../../../data/codi-2567.plan.json', import.meta.url), 'utf8')) as Plan;
const graphs: AlignmentGraph[] = [];
for (const framework of ['national-strategy', 'master-plan', 'sdg', 'agency-plan']) {
  for (const depth of [1, 2, 3]) for (const weight of ['budget', 'count'] as const) graphs.push(alignmentGraph(codi, { framework, depth, weight, lang: 'th' }));
}

describe('sankey graph index (what a hover looks up)', () => {
  test('finds every node and flow by id, and a highlighted id as the first node in order that stands for it', () => {
    for (const g of graphs) {
      const index = graphIndex(g);
      assert.equal(graphIndex(g), index, 'built once per graph');
      for (const n of g.nodes) assert.equal(index.node.get(n.id), n);
      for (const l of g.links) assert.equal(index.link.get(l.id), l);
      const names = new Set(g.nodes.flatMap((n) => [n.id, n.itemId ?? n.id]).concat(['~nothing', 'program-404']));
      for (const name of names) assert.equal(index.named.get(name), g.nodes.find((n) => n.itemId === name || n.id === name), name);
    }
  });

  test('a flow’s contributions are shares of each item’s whole amount, as summed over every amount', () => {
    let checked = 0;
    for (const g of graphs) {
      const leaf = g.columns.length - 2;
      const whole = new Map<string, number>();
      for (const a of g.atoms) whole.set(a.path[leaf], (whole.get(a.path[leaf]) ?? 0) + a.units);
      for (const l of g.links.filter((x) => x.stage === 0)) {
        for (const c of contributions(g, l.id)) {
          assert.equal(c.share, c.units / (whole.get(c.node.id) as number));
          assert.ok(c.share > 0 && c.share <= 1);
          checked++;
        }
      }
      assert.deepEqual(contributions(g, 'no→flow'), []);
    }
    assert.ok(checked > 100);
  });

  test('linkedFrameworks gives a new array each time (the picker adds to it)', () => {
    const a = linkedFrameworks(codi);
    a.push(a[0]);
    const b = linkedFrameworks(codi);
    assert.notEqual(a, b);
    assert.equal(b.length, a.length - 1);
    assert.ok(b.length > 1);
    assert.deepEqual(linkedFrameworks(codi), b);
  });
});
