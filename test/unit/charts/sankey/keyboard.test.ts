import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Plan } from '../../../../src/schema/plan.js';
import { approxMeasure } from '../../../../src/format/wrap.js';
import { alignmentGraph } from '../../../../src/charts/sankey/graph.js';
import { sankeyLayout } from '../../../../src/charts/sankey/layout.js';
import { nextFocus, readingOrder } from '../../../../src/charts/sankey/keyboard.js';

const codi = JSON.parse(readFileSync(new URL('../../../../data/codi-2567.plan.json', import.meta.url), 'utf8')) as Plan;
const g = alignmentGraph(codi, { depth: 2, lang: 'th' });
const geo = sankeyLayout(g, { width: 1100, lang: 'th', measure: (px) => approxMeasure(px), valueText: (n) => (n.value / g.scale).toFixed(2) });

describe('sankey keyboard focus', () => {
  test('reads column by column, top to bottom', () => {
    const order = readingOrder(geo);
    assert.equal(order.length, g.nodes.length);
    for (let i = 1; i < order.length; i++) assert.ok(order[i - 1].column < order[i].column || (order[i - 1].column === order[i].column && order[i - 1].y0 <= order[i].y0));
  });

  test('up and down stay in the column, Home and End go to the ends, other keys do not move', () => {
    const order = readingOrder(geo);
    const programs = order.filter((b) => b.column === 2);
    assert.equal(nextFocus('ArrowDown', g, geo, programs[0].id), programs[1].id);
    assert.equal(nextFocus('ArrowUp', g, geo, programs[1].id), programs[0].id);
    assert.equal(nextFocus('ArrowUp', g, geo, programs[0].id), programs[0].id);
    assert.equal(nextFocus('ArrowDown', g, geo, programs[programs.length - 1].id), programs[programs.length - 1].id);
    assert.equal(nextFocus('Home', g, geo, programs[3].id), order[0].id);
    assert.equal(nextFocus('End', g, geo, order[0].id), order[order.length - 1].id);
    assert.equal(nextFocus('a', g, geo, order[0].id), undefined);
    assert.equal(nextFocus('ArrowDown', g, geo, 'not-drawn'), order[0].column === order[1].column ? order[1].id : order[0].id);
  });

  test('right and left follow the largest flow', () => {
    for (const b of readingOrder(geo).filter((x) => x.column < 2)) {
      const largest = g.links.filter((l) => l.source === b.id).sort((x, y) => y.value - x.value)[0];
      if (largest) assert.equal(nextFocus('ArrowRight', g, geo, b.id), largest.target, b.id);
    }
    assert.equal(nextFocus('ArrowRight', g, geo, 'issue-2'), 'program-4');
    assert.equal(nextFocus('ArrowLeft', g, geo, 'program-3'), 'issue-1');
  });
});
