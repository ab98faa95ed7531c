import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Plan } from '../../../src/schema/plan.js';
import { approxMeasure } from '../../../src/format/wrap.js';
import { alignmentGraph, type AlignmentGraph } from '../../../src/charts/sankey/graph.js';
import { fitDepth, sankeyLayout, type SankeyGeometry } from '../../../src/charts/sankey/layout.js';
import { largeSankeyPlan } from '../../../stories/support-large-sankey.js';
import { tinyPlan } from '../../fixtures/plans.js';

const codi = JSON.parse(readFileSync(new URL('../../../data/codi-2567.plan.json', import.meta.url), 'utf8')) as Plan;
const FRAMEWORKS = ['national-strategy', 'master-plan', 'sdg', 'level-3-plan', 'agency-plan'];

const layout = (g: AlignmentGraph, width: number, lang: 'th' | 'en' = 'th') =>
  sankeyLayout(g, { width, lang, measure: (px, bold) => approxMeasure(bold ? px * 1.1 : px), valueText: (n) => (n.value / g.scale).toFixed(2) });

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function labelBoxes(geo: SankeyGeometry): Box[] {
  return geo.nodes.filter((n) => n.label).map((n) => ({ id: n.id, x: n.label!.x, y: n.label!.y, w: n.label!.width, h: n.label!.height }));
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function assertSane(geo: SankeyGeometry, where: string): void {
  const eps = 1e-6;
  for (const n of geo.nodes) {
    assert.ok(n.x0 >= -eps && n.x1 <= geo.width + eps && n.y0 >= geo.headerHeight - eps && n.y1 <= geo.height + eps, `${where}: node ${n.id} outside the box`);
    assert.ok(n.y1 >= n.y0 && n.x1 > n.barX1 && n.barX1 > n.x0, `${where}: node ${n.id} malformed`);
    if (n.label) {
      assert.ok(n.label.x >= n.barX1 && n.label.x + n.label.width <= n.x1 + 0.5, `${where}: label of ${n.id} leaves its zone`);
      assert.ok(n.label.y >= geo.headerHeight - eps && n.label.y + n.label.height <= geo.height + eps, `${where}: label of ${n.id} outside the box`);
      const centre = (n.y0 + n.y1) / 2;
      assert.ok(centre >= n.label.y - geo.lineHeight && centre <= n.label.y + n.label.height + geo.lineHeight, `${where}: label of ${n.id} far from its node`);
    }
  }
  const boxes = labelBoxes(geo);
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i], boxes[j]), `${where}: labels of ${boxes[i].id} and ${boxes[j].id} overlap`);
  assert.ok(!/NaN|Infinity|undefined/.test(JSON.stringify(geo)), `${where}: a value is not a number`);
}

describe('sankeyLayout on the CODI plan', () => {
  for (const width of [360, 768, 1280]) {
    for (const lang of ['th', 'en'] as const) {
      for (const framework of FRAMEWORKS) {
        test(`${width} px, ${lang}, ${framework}: nodes inside the box, no two labels overlapping`, () => {
          const g = alignmentGraph(codi, { lang, framework, depth: fitDepth(width, 3) });
          const geo = layout(g, width, lang);
          assertSane(geo, `${width}/${lang}/${framework}`);
        });
      }
    }
  }

  test('columns run left to right in the graph order', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 3 });
    const geo = layout(g, 1280);
    const x = g.columns.map((_, c) => geo.nodes.find((n) => n.column === c)!.x0);
    assert.deepEqual([...x].sort((a, b) => a - b), x);
    for (const n of geo.nodes) assert.equal(n.x0, x[n.column]);
    assert.equal(geo.columns.length, g.columns.length);
  });

  test('at 1280 px every CODI node keeps its label; at 360 px the big ones do', () => {
    const wide = layout(alignmentGraph(codi, { lang: 'th', depth: 2 }), 1280);
    assert.equal(wide.dropped, 0);
    const narrow = layout(alignmentGraph(codi, { lang: 'th', depth: fitDepth(360, 2) }), 360);
    for (const id of ['ns-4', 'issue-1', 'program-3']) assert.ok(narrow.nodes.find((n) => n.id === id)?.label, id);
  });

  test('node heights follow the values (same scale in every column)', () => {
    const g = alignmentGraph(codi, { lang: 'th', depth: 2 });
    const geo = layout(g, 1280);
    const k = (id: string) => {
      const n = geo.nodes.find((b) => b.id === id)!;
      return (n.y1 - n.y0) / g.nodes.find((x) => x.id === id)!.value;
    };
    assert.ok(Math.abs(k('ns-4') - k('program-3')) < 1e-6);
    assert.ok(Math.abs(k('issue-1') - k('program-8')) < 1e-6);
  });

  test('flows are closed ribbons', () => {
    const geo = layout(alignmentGraph(codi, { lang: 'th' }), 768);
    for (const l of geo.links) assert.match(l.d, /^M.*C.*L.*C.*Z$/);
  });
});

describe('fitDepth', () => {
  test('drops plan levels when narrow, never the first', () => {
    assert.equal(fitDepth(1280, 3), 3);
    assert.equal(fitDepth(768, 3), 3);
    assert.equal(fitDepth(360, 3), 2);
    assert.equal(fitDepth(200, 3), 1);
    assert.equal(fitDepth(360, 2), 2);
  });
});

describe('sankeyLayout at scale and on odd input', () => {
  test('a plan with hundreds of programs: no overlaps, no NaN, labels left out rather than crammed', () => {
    const g = alignmentGraph(largeSankeyPlan(), { lang: 'th', depth: 3 });
    assert.ok(g.nodes.length > 400);
    const geo = layout(g, 1280);
    assertSane(geo, 'large');
    assert.ok(geo.dropped > 0);
    assert.ok(geo.height <= 1800);
  });

  test('never NaN nor overlap at any width (fixed seed)', () => {
    const g = alignmentGraph(tinyPlan(), { lang: 'th' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (width) => assertSane(layout(g, width), `tiny at ${width}`)),
      { seed: 42, numRuns: 60 },
    );
    assertSane(layout(g, Number.NaN), 'NaN width');
  });
});
