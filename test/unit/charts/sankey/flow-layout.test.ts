import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sankey } from 'd3-sankey';
import type { Plan } from '../../../../src/schema/plan.js';
import { alignmentGraph, type AlignmentGraph } from '../../../../src/charts/sankey/graph.js';
import { flowLayout } from '../../../../src/charts/sankey/flow-layout.js';
import { largeSankeyPlan } from '../../../../stories/support-large-sankey.js';

const codi = JSON.parse(readFileSync(new URL('../../../../data/codi-2567.plan.json', import.meta.url), 'utf8')) as Plan;

interface Graph {
  nodes: { id: string; column: number }[];
  links: { id: string; source: string; target: string; value: number }[];
}

const copy = (g: Graph): Graph => ({ nodes: g.nodes.map((n) => ({ ...n })), links: g.links.map((l) => ({ ...l })) });
const fromGraph = (g: AlignmentGraph): Graph => ({
  nodes: g.nodes.map((n) => ({ id: n.id, column: n.column })),
  links: g.links.map((l) => ({ id: l.id, source: l.source, target: l.target, value: l.value })),
});

const EXTENT: [[number, number], [number, number]] = [
  [0, 40],
  [1000, 900],
];

/** d3-sankey itself, with the settings layout.ts used before flow-layout.ts. */
function reference(g: Graph, padding: number) {
  const index = (n: unknown): number => (n as { index?: number }).index ?? 0;
  return sankey<{ id: string; column: number }, { id: string }>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => d.column)
    .nodeSort(null as never)
    .linkSort((a, b) => index(a.source) - index(b.source) || index(a.target) - index(b.target) || (a.index ?? 0) - (b.index ?? 0))
    .nodeWidth(150)
    .nodePadding(padding)
    .iterations(6)
    .extent(EXTENT)(copy(g) as never);
}

function ours(g: Graph, padding: number) {
  return flowLayout(copy(g), {
    id: (d) => d.id,
    align: (d) => d.column,
    linkSort: (a, b) => a.source.index - b.source.index || a.target.index - b.target.index || a.index - b.index,
    nodeWidth: 150,
    nodePadding: padding,
    iterations: 6,
    extent: EXTENT,
  });
}

/** Same positions to the last bit (not approximately): the drawing's paths carry them in full. */
function assertSameLayout(g: Graph, padding: number, where: string): void {
  const a = reference(g, padding);
  const b = ours(g, padding);
  const nodes = (r: { nodes: object[] }) => r.nodes.map((n) => { const { x0, x1, y0, y1, value, layer } = n as Record<string, number>; return { x0, x1, y0, y1, value, layer }; });
  const links = (r: { links: object[] }) => r.links.map((l) => { const { y0, y1, width } = l as Record<string, number>; return { y0, y1, width }; });
  assert.deepEqual(nodes(b), nodes(a), `${where}: nodes`);
  assert.deepEqual(links(b), links(a), `${where}: flows`);
  const order = (r: { nodes: object[] }) => r.nodes.map((n) => (n as { sourceLinks: { index: number }[] }).sourceLinks.map((l) => l.index).join(','));
  assert.deepEqual(order(b), order(a), `${where}: flow order at the nodes`);
}

describe('flowLayout: d3-sankey without its quadratic scans, same result', () => {
  for (const depth of [1, 2, 3]) {
    for (const weight of ['budget', 'count'] as const) {
      test(`CODI plan, depth ${depth}, ${weight}`, () => {
        assertSameLayout(fromGraph(alignmentGraph(codi, { lang: 'th', depth, weight })), 8, `codi/${depth}/${weight}`);
      });
    }
  }

  test('the large story plan (hundreds of flows at a framework item)', () => {
    const g = fromGraph(alignmentGraph(largeSankeyPlan(), { lang: 'th', depth: 3 }));
    assert.ok(g.links.length > 500);
    for (const padding of [2, 10]) assertSameLayout(g, padding, `large/${padding}`);
  });

  test('random layered graphs, with flows repeated between two nodes and nodes without flows', () => {
    const graph = fc
      .record({
        columns: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 4 }),
        flows: fc.array(fc.record({ c: fc.nat(), s: fc.nat(), t: fc.nat(), v: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 60 }),
      })
      .map(({ columns, flows }): Graph => {
        const nodes = columns.flatMap((n, c) => Array.from({ length: n }, (_, i) => ({ id: `${c}.${i}`, column: c })));
        const links = flows.map((f, i) => {
          const c = f.c % (columns.length - 1);
          return { id: `l${i}`, source: `${c}.${f.s % columns[c]}`, target: `${c + 1}.${f.t % columns[c + 1]}`, value: f.v };
        });
        return { nodes, links };
      });
    fc.assert(
      fc.property(graph, fc.integer({ min: 0, max: 20 }), (g, padding) => {
        assertSameLayout(g, padding, 'random');
      }),
      { numRuns: 300 },
    );
  });
});
