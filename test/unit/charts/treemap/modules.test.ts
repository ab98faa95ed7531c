// The treemap's pure modules beside its layout: the table, colours, words, keyboard moves, drill
// animation, highlighted cell, and the budget totals added up once per plan.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Plan } from '../../../../src/schema/plan.js';
import { validatePlan } from '../../../../src/schema/validate.js';
import { toUnits } from '../../../../src/schema/money.js';
import { budgetTree } from '../../../../src/charts/treemap/tree.js';
import { budgetTreemapLayout, resolveFocus, type TreemapLayout } from '../../../../src/charts/treemap/layout.js';
import { cellHolding } from '../../../../src/charts/treemap/cell.js';
import { cellFill, swatchColor } from '../../../../src/charts/treemap/colors.js';
import { levelSummary, markDetail, spokenExtra, tipLines } from '../../../../src/charts/treemap/describe.js';
import { moveFocus, neighbour } from '../../../../src/charts/treemap/neighbour.js';
import { treemapTable } from '../../../../src/charts/treemap/table.js';
import { zoomFrames } from '../../../../src/charts/treemap/zoom.js';

function codiPlan(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../../../data/codi-2567.plan.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(`the CODI plan does not validate: ${r.problems[0]?.path}`);
  return r.plan;
}
const codi = codiPlan();
const th = { lang: 'th' as const };
const en = { lang: 'en' as const };
const layoutAt = (path?: string, colorBy: 'source' | 'issue' = 'source'): TreemapLayout => budgetTreemapLayout(codi, { width: 900, height: 500, path, colorBy })!;

describe('treemapTable', () => {
  test('one row per item of the level shown, and a total that is the level\'s, per source too', () => {
    const tree = budgetTree(codi)!;
    const { focus } = resolveFocus(tree, 'budget-program-3');
    const table = treemapTable(tree, focus, en);
    assert.equal(table.rows.length, focus.children.length);
    assert.equal(table.footer?.values?.[1], 4340.3653);
    const sum = table.rows.reduce((a, r) => a + toUnits(r.values?.[1] as number), 0);
    assert.equal(sum, focus.units);
    assert.equal(table.columns.length, 3 + focus.bySource.filter((u) => u > 0).length);
    assert.match(table.caption ?? '', /million baht/);
  });

  test('a budget of one line is its own one row', () => {
    const tree = budgetTree(codi)!;
    const leaf = tree.byKey.get('budget-reserve')!;
    assert.equal(leaf.children.length, 0);
    assert.equal(treemapTable(tree, leaf, th).rows.length, 1);
  });
});

describe('colours', () => {
  test('by source: one colour, or bands in proportion to the money; headers take the header colour', () => {
    const layout = layoutAt();
    for (const cell of layout.cells) {
      const fill = cellFill(cell, 'source', 'issue', false);
      if (cell.funding.length > 1) assert.match(fill, /^linear-gradient\(to bottom, .* 100\.00%\)$/);
      else if (cell.funding.length === 1) assert.match(fill, /--codi-source-/);
      assert.equal(cellFill(cell, 'source', 'issue', true), 'var(--_tm-header)');
    }
  });

  test('by top-level item: the kind given (issues or agencies), darker for a header, "other" without one', () => {
    const cell = layoutAt(undefined, 'issue').cells.find((c) => c.node.issue >= 0)!;
    assert.match(cellFill(cell, 'issue', 'agency', false), /--codi-agency-/);
    assert.match(cellFill(cell, 'issue', 'issue', true), /^color-mix\(in srgb, .*--codi-issue-.* 70%, #000\)$/);
    assert.equal(swatchColor(-1, 'issue', 'issue'), 'var(--_tm-other)');
    assert.match(swatchColor(0, 'source', 'agency'), /--codi-source-1/);
  });
});

describe('words', () => {
  test('the summary names the level, its total and its largest item, then the keys', () => {
    const tree = budgetTree(codi)!;
    const text = levelSummary(resolveFocus(tree, 'budget-issue-1').focus, en);
    assert.match(text, /Arrow keys move between items/);
    assert.match(text, /the largest is/);
  });

  test('tooltips give value, shares and sources; the spoken extra leaves out what the cell shows', () => {
    const layout = layoutAt('budget-issue-1');
    const cell = layout.cells.find((c) => c.key === 'budget-program-3')!;
    const lines = tipLines(cell, layout.focus, layout.tree, en, 'source');
    assert.equal(lines[0], '4,340.3653 million baht');
    assert.ok(lines.length >= 3);
    const spoken = spokenExtra(cell, layout.tree, en);
    for (const shown of cell.lines) assert.ok(!spoken.includes(shown.text) || shown.kind === 'label', `"${shown.text}" is read twice`);
    assert.match(spoken, /press Enter to open/);
  });

  test('event detail: the budget line, its plan item, the exact value', () => {
    const node = budgetTree(codi)!.byKey.get('budget-program-3')!;
    assert.deepEqual(markDetail('codi-2567', node, 'en'), { planId: 'codi-2567', kind: 'budget-line', id: 'budget-program-3', itemId: 'program-3', label: markDetail('codi-2567', node, 'en').label, value: 4340.3653, unit: 'million-baht' });
  });
});

describe('keyboard and drill', () => {
  const rects = [
    { x0: 0, y0: 0, x1: 10, y1: 10 },
    { x0: 10, y0: 0, x1: 20, y1: 10 },
    { x0: 0, y0: 10, x1: 20, y1: 20 },
  ];
  test('arrows go to the neighbour, Home and End to the ends, other keys nowhere', () => {
    assert.equal(moveFocus(rects, 0, 'ArrowRight'), neighbour(rects, 0, 'ArrowRight'));
    assert.equal(moveFocus(rects, 0, 'ArrowDown'), 2);
    assert.equal(moveFocus(rects, 2, 'Home'), 0);
    assert.equal(moveFocus(rects, 0, 'End'), 2);
    assert.equal(moveFocus(rects, 0, 'Enter'), undefined);
    assert.equal(moveFocus(rects, 0, 'a'), undefined);
  });

  test('the drill grows from the cell drilled into, and shrinks back into the cell come back from', () => {
    const layout = layoutAt();
    const cell = layout.cells.find((c) => c.depth === 1)!;
    const into = zoomFrames({ dir: 'in', rect: cell, key: cell.key }, layout)!;
    assert.match(String(into[0].transform), /^translate\(.*px, .*px\) scale\(.*\)$/);
    assert.deepEqual(into[1], { transform: 'none', opacity: 1 });
    assert.match(String(zoomFrames({ dir: 'out', key: cell.key }, layout)![0].transform), /^scale\(.*\) translate\(.*\)$/);
    assert.equal(zoomFrames({ dir: 'out', key: 'nowhere' }, layout), undefined);
    assert.equal(zoomFrames({ dir: 'in', rect: { x0: 0, y0: 0, x1: 0.5, y1: 9 }, key: 'x' }, layout), undefined);
  });

  test('the highlighted cell is the deepest drawn cell on the path to the id', () => {
    const layout = layoutAt('budget-issue-1');
    assert.equal(cellHolding(layout.tree, layout.cells, 'budget-program-3'), 'budget-program-3');
    assert.equal(cellHolding(layout.tree, layout.cells, 'program-3'), 'budget-program-3');
    assert.equal(cellHolding(layout.tree, layout.cells, 'no-such-id'), undefined);
    assert.equal(cellHolding(layout.tree, layout.cells, undefined), undefined);
  });
});

describe('budget totals', () => {
  test('are added up once per plan: laying the same plan out again (size, drill, language, colours) reads no amount', () => {
    let reads = 0;
    const plan = structuredClone(codi);
    for (const line of plan.budget!.lines) {
      const amounts = line.amounts;
      Object.defineProperty(line, 'amounts', { enumerable: true, get: () => (reads++, amounts) });
    }
    const first = budgetTreemapLayout(plan, { width: 900, height: 500 })!;
    assert.ok(reads >= plan.budget!.lines.length);
    reads = 0;
    const options = [
      { width: 360, height: 414 },
      { width: 900, height: 500, path: 'budget-program-3' },
      { width: 900, height: 500, lang: 'en' as const, thaiDigits: true },
      { width: 900, height: 500, colorBy: 'issue' as const },
    ];
    for (const o of options) assert.equal(budgetTreemapLayout(plan, o)!.tree, first.tree);
    assert.equal(reads, 0);
  });
});
