import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { BudgetLine, Plan } from '../../../src/schema/plan.js';
import { validatePlan } from '../../../src/schema/validate.js';
import { toUnits } from '../../../src/schema/money.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { approxMeasure, segmentWords } from '../../../src/format/wrap.js';
import { budgetTree } from '../../../src/charts/treemap/tree.js';
import { budgetTreemapLayout, neighbour, wrapWords, type TreemapCell, type TreemapLayout } from '../../../src/charts/treemap/layout.js';
import { tinyPlan } from '../../fixtures/plans.js';

function codiPlan(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../../data/codi-2567.plan.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(`the CODI plan does not validate: ${r.problems[0]?.path} ${r.problems[0]?.message}`);
  return r.plan;
}
const codi = codiPlan();
const tree = budgetTree(codi)!;
const units = (key: string) => tree.byKey.get(key)!.units;
const area = (c: { x0: number; y0: number; x1: number; y1: number }) => (c.x1 - c.x0) * (c.y1 - c.y0);
const EPS = 1e-6;

/** A plan whose budget is `lines` under one root (all from the "state" source unless given). */
function planWith(lines: BudgetLine[]): Plan {
  const plan = tinyPlan();
  plan.budget = { lines: [{ id: 'root' }, ...lines] };
  return plan;
}

describe('budgetTree', () => {
  test('the root is the top budget line, with the source grand total exactly', () => {
    assert.equal(tree.root.key, 'budget-total');
    assert.equal(tree.root.units, toUnits(6088.9497));
    assert.equal(units('budget-action-plan'), toUnits(5834.1047));
    assert.equal(units('budget-recurring'), toUnits(244.845));
    assert.equal(units('budget-reserve'), toUnits(10));
  });

  test('every node equals the sum of its children, per source too, at every level', () => {
    for (const node of tree.byKey.values()) {
      if (!node.children.length) continue;
      assert.equal(node.children.reduce((a, c) => a + c.units, 0), node.units, node.key);
      node.bySource.forEach((u, i) => assert.equal(node.children.reduce((a, c) => a + (c.bySource[i] ?? 0), 0), u, `${node.key} source ${i}`));
      assert.equal(node.bySource.reduce((a, b) => a + b, 0), node.units, node.key);
    }
  });

  test('every printed total of the source is what the tree holds', () => {
    let checked = 0;
    for (const line of codi.budget!.lines) {
      const node = tree.byKey.get(line.id)!;
      if (line.stated?.total !== undefined) {
        assert.equal(node.units, toUnits(line.stated.total), line.id);
        checked++;
      }
      for (const [source, v] of Object.entries(line.stated?.bySource ?? {})) {
        assert.equal(node.bySource[tree.sources.findIndex((s) => s.id === source)], toUnits(v), `${line.id} ${source}`);
      }
    }
    assert.ok(checked >= 20);
    // The four development issues, as printed.
    assert.deepEqual(
      ['budget-issue-1', 'budget-issue-2', 'budget-issue-3', 'budget-issue-4'].map(units),
      [4957.0178, 178.4387, 671.1074, 27.5408].map(toUnits),
    );
  });

  test('program 3 is its 5 projects plus a "not itemised" cell for its own CODI-fund money', () => {
    const p3 = tree.byKey.get('budget-program-3')!;
    assert.equal(p3.units, toUnits(4340.3653));
    assert.equal(p3.children.length, 6);
    assert.equal(p3.children.filter((c) => c.kind === 'line').length, 5);
    const own = p3.children.find((c) => c.kind === 'own')!;
    assert.equal(own.units, toUnits(38.5193));
    assert.equal(own.bySource[tree.sources.findIndex((s) => s.id === 'codi-fund')], toUnits(38.5193));
    assert.equal(own.label.th, 'ไม่ได้แยกรายการ');
  });

  test('lines take their plan item\'s label, code and development issue; lines without an item have none', () => {
    const p3 = tree.byKey.get('budget-program-3')!;
    assert.equal(p3.code, '3');
    assert.equal(p3.shortLabel?.th, 'การพัฒนาที่อยู่อาศัยผู้มีรายได้น้อยในเมืองและชนบท');
    assert.equal(p3.issue, 0);
    assert.equal(tree.byKey.get('budget-act-3-1-1')!.issue, 0);
    assert.equal(tree.byKey.get('budget-program-13')!.issue, 3);
    assert.equal(tree.byKey.get('budget-recurring')!.issue, -1);
  });

  test('each line holds the total and split the integrity rules add up (budgetTotals), on any tree of lines', () => {
    const sample = JSON.parse(readFileSync(new URL('../../../data/examples/sample-agency-2567.illustrative.plan.json', import.meta.url), 'utf8')) as Plan;
    const lines = fc.array(fc.record({ parent: fc.nat(), own: fc.boolean(), amounts: fc.dictionary(fc.constantFrom('state', 'loan', 'other'), fc.integer({ min: 0, max: 10_000_000 }).map((u) => u / 10_000)) }), { minLength: 1, maxLength: 40 });
    const generated = fc.sample(lines, { seed: 2567, numRuns: 200 }).map((list) =>
      planWith(list.map((l, i) => ({ id: `l${i}`, parent: i === 0 || l.parent % (i + 1) === i ? 'root' : `l${l.parent % i}`, amounts: l.own || !i ? l.amounts : undefined }))),
    );
    for (const plan of [codi, sample, ...generated]) {
      const t = budgetTree(plan)!;
      const totals = budgetTotals(plan.budget!.lines);
      for (const line of plan.budget!.lines) {
        const node = t.byKey.get(line.id)!;
        const want = totals.get(line.id)!;
        assert.equal(node.units, want.total, line.id);
        assert.deepEqual(node.bySource, t.sources.map((s) => want.bySource.get(s.id) ?? 0), line.id);
      }
    }
  });

  test('no budget, no tree', () => {
    const plan = tinyPlan();
    delete plan.budget;
    assert.equal(budgetTree(plan), undefined);
  });
});

describe('budgetTreemapLayout', () => {
  const at = (opts: Partial<Parameters<typeof budgetTreemapLayout>[1]> = {}) => budgetTreemapLayout(codi, { width: 768, height: 430, ...opts })!;

  test('drills by budget line id or by plan item id, and falls back to the whole budget', () => {
    assert.equal(at({ path: 'budget-program-3' }).focus.key, 'budget-program-3');
    assert.equal(at({ path: 'program-3' }).focus.key, 'budget-program-3');
    assert.equal(at({ path: 'sub-3-1' }).focus.key, 'budget-program-3'); // an item without a line: its funded ancestor
    assert.equal(at({ path: 'nope' }).focus.key, 'budget-total');
    const leaf = at({ path: 'budget-act-3-1-1' });
    assert.equal(leaf.focus.key, 'budget-program-3');
    assert.equal(leaf.selected?.key, 'budget-act-3-1-1');
    assert.deepEqual(at({ path: 'program-3' }).trail.map((n) => n.key), ['budget-total', 'budget-action-plan', 'budget-issue-1', 'budget-program-3']);
  });

  test('areas are proportional to values, among the top cells and inside each parent', () => {
    for (const path of [undefined, 'budget-action-plan', 'program-3', 'budget-recurring-reserve']) {
      const l = at({ path, gap: 0, width: 1000, height: 600 });
      const groups = new Map<string, TreemapCell[]>();
      for (const c of l.cells) groups.set(c.parentKey, [...(groups.get(c.parentKey) ?? []), c]);
      for (const [parent, cells] of groups) {
        const totalArea = cells.reduce((a, c) => a + area(c), 0);
        const totalUnits = cells.reduce((a, c) => a + c.units, 0);
        for (const c of cells) assert.ok(Math.abs(area(c) / totalArea - c.units / totalUnits) < 1e-9, `${path} ${parent} ${c.key}`);
      }
      const tops = l.cells.filter((c) => c.depth === 1);
      assert.ok(Math.abs(tops.reduce((a, c) => a + area(c), 0) - 1000 * 600) < 1e-6, 'the top cells fill the chart');
    }
  });

  test('children lie inside their parents, and top cells inside the chart', () => {
    for (const width of [360, 768, 1280]) {
      for (const path of [undefined, 'budget-action-plan', 'issue-1', 'issue-3', 'program-3']) {
        const l = at({ path, width, height: width / 1.6 });
        const byKey = new Map(l.cells.map((c) => [c.key, c]));
        for (const c of l.cells) {
          const box = c.depth === 1 ? { x0: 0, y0: 0, x1: l.width, y1: l.height } : byKey.get(c.parentKey)!;
          assert.ok(c.x0 >= box.x0 - EPS && c.y0 >= box.y0 - EPS && c.x1 <= box.x1 + EPS && c.y1 <= box.y1 + EPS, `${c.key} at ${width}`);
          if (c.depth === 2) assert.ok(c.y0 >= box.y0 + (box as TreemapCell).header - EPS, `${c.key} under its parent's header`);
        }
      }
    }
  });

  test('values and shares reconcile with the parent at every level', () => {
    for (const path of [undefined, 'budget-action-plan', 'issue-1', 'issue-3', 'program-3', 'budget-recurring']) {
      const l = at({ path });
      const groups = new Map<string, TreemapCell[]>();
      for (const c of l.cells) groups.set(c.parentKey, [...(groups.get(c.parentKey) ?? []), c]);
      for (const [parent, cells] of groups) {
        assert.equal(cells.reduce((a, c) => a + c.units, 0), tree.byKey.get(parent)!.units, parent);
        assert.equal(Math.round(cells.reduce((a, c) => a + c.shareOfParent, 0) * 10), 1000, parent);
      }
      assert.equal(l.legend.reduce((a, e) => a + e.units, 0), l.focus.units, 'legend (source)');
      assert.equal(Math.round(l.legend.reduce((a, e) => a + e.share, 0) * 10), 1000);
      const byIssue = at({ path, colorBy: 'issue' }).legend;
      assert.equal(byIssue.reduce((a, e) => a + e.units, 0), l.focus.units, 'legend (issue)');
    }
  });

  test('program 3 shows its 5 projects and the not-itemised 38.5193, adding up to 4,340.3653', () => {
    const l = at({ path: 'program-3' });
    const cells = l.cells.filter((c) => c.depth === 1);
    assert.equal(cells.length, 6);
    assert.equal(cells.reduce((a, c) => a + c.units, 0), toUnits(4340.3653));
    assert.equal(cells.find((c) => c.node.kind === 'own')?.value, 38.5193);
  });

  test('the legend by issue gives each development issue its printed total and the rest as "other"', () => {
    const l = at({ colorBy: 'issue' });
    assert.deepEqual(l.legend.map((e) => e.index), [0, 1, 2, 3, -1]);
    assert.deepEqual(l.legend.map((e) => e.units), [4957.0178, 178.4387, 671.1074, 27.5408, 254.845].map(toUnits));
  });

  test('a cell funded by several sources carries its split, which adds up', () => {
    const p1 = at({ path: 'issue-1' }).cells.find((c) => c.key === 'budget-program-1')!;
    assert.deepEqual(p1.funding.map((f) => f.units), [343.35, 30.8].map(toUnits));
    assert.ok(Math.abs(p1.funding.reduce((a, f) => a + f.share, 0) - 1) < 1e-12);
  });

  test('no label line is wider than its cell, and the lines fit its height, at 360, 768 and 1280 px, in Thai and English', () => {
    const paths = [undefined, ...[...tree.byKey.values()].filter((n) => n.children.length).map((n) => n.key)];
    let lines = 0;
    for (const width of [360, 768, 1280]) {
      for (const lang of ['th', 'en'] as const) {
        for (const path of paths) {
          const height = Math.round(Math.min(640, Math.max(360, width * (width < 600 ? 1.15 : 0.56))));
          const l: TreemapLayout = budgetTreemapLayout(codi, { width, height, path, lang, fontSize: 13, measure: approxMeasure(13), measureBold: approxMeasure(14) })!;
          for (const c of l.cells) {
            const w = c.x1 - c.x0 - 2 * l.padding;
            const h = (c.nested ? c.header : c.y1 - c.y0) - 2 * l.padding;
            for (const line of c.lines) {
              const measure = approxMeasure(line.kind === 'label' ? 14 : 13);
              assert.ok(measure(line.text) <= w + EPS, `"${line.text}" (${measure(line.text)}px) in ${w}px, ${c.key} at ${width} ${lang}`);
              lines++;
            }
            if (c.lines.length) assert.ok(c.lines.length * l.lineHeight <= h + EPS, `${c.lines.length} lines in ${h}px, ${c.key} at ${width} ${lang}`);
          }
        }
      }
    }
    assert.ok(lines > 200, `only ${lines} lines checked`);
  });

  test('cells show value and share of the parent when there is room', () => {
    const p3 = at({ path: 'issue-1', width: 1280, height: 640 }).cells.find((c) => c.key === 'budget-program-3')!;
    const text = p3.lines.map((l) => l.text).join(' ');
    assert.match(text, /4,340\.3653/);
    assert.match(text, /ร้อยละ 87\.6/);
  });

  test('zero and tiny values are drawn without NaN, and a zero budget draws nothing', () => {
    const plan = planWith([
      { id: 'a', parent: 'root', amounts: { state: 100 } },
      { id: 'b', parent: 'root', amounts: { state: 0 } },
      { id: 'c', parent: 'root', amounts: { state: 0.0001 } },
      { id: 'd', parent: 'root', amounts: { own: 0.0001 } },
      { id: 'e', parent: 'root' },
    ]);
    const l = budgetTreemapLayout(plan, { width: 400, height: 300 })!;
    for (const c of l.cells) for (const v of [c.x0, c.y0, c.x1, c.y1, c.value, c.shareOfParent, c.shareOfTotal]) assert.ok(Number.isFinite(v), `${c.key}: ${v}`);
    assert.equal(l.cells.reduce((a, c) => a + c.units, 0), toUnits(100.0002));
    const zero = budgetTreemapLayout(planWith([{ id: 'z', parent: 'root', amounts: { state: 0 } }]), { width: 400, height: 300 })!;
    for (const c of zero.cells) assert.ok(area(c) === 0 && [c.x0, c.y0, c.x1, c.y1].every(Number.isFinite));
    assert.deepEqual(budgetTreemapLayout(planWith([]), { width: 0, height: 0 })!.cells, []);
  });

  test('never NaN, and children inside parents, for any budget and any size', () => {
    const amount = fc.oneof(fc.constant(0), fc.constant(0.0001), fc.integer({ min: 0, max: 99_999_999 }).map((u) => u / 10_000));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), amount, amount), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1200 }), (rows, width, height) => {
        const lines: BudgetLine[] = rows.map(([parent, a, b], i) => ({ id: `l${i}`, parent: parent < i ? `l${parent}` : 'root', amounts: { state: a, own: b } }));
        const l = budgetTreemapLayout(planWith(lines), { width, height })!;
        const byKey = new Map(l.cells.map((c) => [c.key, c]));
        for (const c of l.cells) {
          for (const v of [c.x0, c.y0, c.x1, c.y1, c.value, c.shareOfParent, c.shareOfTotal]) if (!Number.isFinite(v)) return false;
          const p = c.depth === 2 ? byKey.get(c.parentKey)! : { x0: 0, y0: 0, x1: width, y1: height };
          if (c.x0 < p.x0 - EPS || c.x1 > p.x1 + EPS || c.y0 < p.y0 - EPS || c.y1 > p.y1 + EPS) return false;
        }
        return true;
      }),
      { seed: 2567, numRuns: 300 },
    );
  });

  test('thousands of small lines are gathered into "other (n items)" per parent, keeping every baht', () => {
    const lines: BudgetLine[] = [{ id: 'big', parent: 'root', amounts: { state: 5000 } }, { id: 'many', parent: 'root' }];
    for (let i = 0; i < 5000; i++) lines.push({ id: `m${i}`, parent: 'many', amounts: { state: 0.01 + (i % 7) * 0.0003 } });
    const plan = planWith(lines);
    const l = budgetTreemapLayout(plan, { width: 800, height: 500, path: 'many', maxCells: 400 })!;
    assert.ok(l.cells.length <= 400, `${l.cells.length} cells`);
    const rest = l.cells.find((c) => c.node.kind === 'rest')!;
    assert.match(rest.node.label.th, /^อื่น ๆ \([\d,]+ รายการ\)$/);
    assert.equal(l.cells.reduce((a, c) => a + c.units, 0), budgetTree(plan)!.byKey.get('many')!.units);
    assert.equal(l.cells.length - 1 + (rest.node.count ?? 0), 5000);
  });
});

describe('wrapWords', () => {
  test('never splits a word over two lines: it stops there with "…"', () => {
    const m = approxMeasure(13);
    const r = wrapWords('3.1(1) Baan Mankong', 50, m, 'en', 4);
    assert.ok(r.lines.every((l) => m(l) <= 50));
    assert.ok(r.lines[r.lines.length - 1].endsWith('…'));
    for (const text of ['การพัฒนาที่อยู่อาศัยผู้มีรายได้น้อยในเมืองและชนบท', 'Supporting housing development for low-income people']) {
      const lang = text.startsWith('S') ? 'en' : 'th';
      const words = new Set(segmentWords(text, lang).map((w) => w.trim()));
      for (const width of [40, 60, 90, 140]) {
        const w = wrapWords(text, width, m, lang, 4);
        const whole = w.truncated ? w.lines.slice(0, -1) : w.lines;
        // Each whole line is a run of whole words: its last word is one of the text's words.
        for (const line of whole) assert.ok([...words].some((word) => line.endsWith(word)), `"${line}" at ${width}`);
      }
    }
  });
});

describe('neighbour', () => {
  //  a | b
  //  --+--
  //  c | d
  const rects = [
    { x0: 0, y0: 0, x1: 50, y1: 50 },
    { x0: 50, y0: 0, x1: 100, y1: 50 },
    { x0: 0, y0: 50, x1: 50, y1: 100 },
    { x0: 50, y0: 50, x1: 100, y1: 100 },
  ];
  test('moves to the nearest cell in the direction of the arrow, and stays at an edge', () => {
    assert.equal(neighbour(rects, 0, 'ArrowRight'), 1);
    assert.equal(neighbour(rects, 0, 'ArrowDown'), 2);
    assert.equal(neighbour(rects, 3, 'ArrowLeft'), 2);
    assert.equal(neighbour(rects, 3, 'ArrowUp'), 1);
    assert.equal(neighbour(rects, 0, 'ArrowLeft'), 0);
    assert.equal(neighbour(rects, 0, 'ArrowUp'), 0);
  });
  test('prefers the cell beside over one further along the diagonal', () => {
    const tall = [{ x0: 0, y0: 0, x1: 40, y1: 100 }, { x0: 40, y0: 0, x1: 100, y1: 30 }, { x0: 40, y0: 30, x1: 100, y1: 100 }];
    assert.equal(neighbour(tall, 0, 'ArrowRight'), 2);
  });
});
