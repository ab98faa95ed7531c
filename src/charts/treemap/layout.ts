/**
 * Budget treemap geometry: the children of the node drilled into, each with
 * its own children nested inside under a header, tiled by d3-hierarchy.
 * A pure function of the plan (or its budget tree), the size and the
 * options: no DOM. Areas come from the float layout; every figure shown
 * (values, shares, legend totals) comes from integer units, never from it.
 */
import { treemapBinary, treemapSquarify } from 'd3-hierarchy';
import type { Plan } from '../../schema/plan.js';
import type { Lang } from '../../format/label.js';
import { shares } from '../../format/number.js';
import { approxMeasure, type Measure } from '../../format/wrap.js';
import { budgetTree, findNode, trailTo, type BudgetNode, type BudgetTree } from './tree.js';
import { makeCell, type TreemapCell } from './cell.js';
import { cellText, headerFor, PAD } from './cell-text.js';
import { legendOf, type ColorBy, type LegendEntry } from './legend.js';
import { drawingOrder, gather, tileNodes } from './tiling.js';

export type { ColorBy, LegendEntry } from './legend.js';
export type { FundingPart, TextLine, TreemapCell } from './cell.js';
export { cellLabel, cellText, fullLabel, wrapWords } from './cell-text.js';
export { gather } from './tiling.js';
export { neighbour, type ArrowKey } from './neighbour.js';

export interface TreemapOptions {
  width: number;
  height: number;
  /** Budget line id or plan item id to drill into; the root when unset or unknown. */
  path?: string;
  colorBy?: ColorBy;
  lang?: Lang;
  thaiDigits?: boolean;
  /** Cell text size in px (default 13). */
  fontSize?: number;
  /** Width of cell text as drawn at `fontSize`, regular and bold (default: `approxMeasure`). */
  measure?: Measure;
  measureBold?: Measure;
  /** Gap between top-level cells in px (default 2; nested cells get half). */
  gap?: number;
  /** A cell expected smaller than this many px² joins its parent's "other (n items)" cell (default 64). */
  minArea?: number;
  /** Most cells drawn in all (default 500): beyond it the smallest join "other (n items)". */
  maxCells?: number;
  /** Draw each cell's children inside it (default true). */
  nested?: boolean;
  tile?: 'squarify' | 'binary';
}

export interface TreemapLayout {
  tree: BudgetTree;
  focus: BudgetNode;
  /** Root → focus, for the breadcrumb. */
  trail: BudgetNode[];
  /** The node `path` named when it is a leaf (the focus is then its parent). */
  selected?: BudgetNode;
  width: number;
  height: number;
  cells: TreemapCell[];
  legend: LegendEntry[];
  colorBy: ColorBy;
  fontSize: number;
  lineHeight: number;
  padding: number;
}

const treeCache = new WeakMap<Plan, BudgetTree>();

/** The budget tree of a plan, built once per plan object. */
export function treeOf(input: Plan | BudgetTree): BudgetTree | undefined {
  if ('byKey' in input) return input;
  let tree = treeCache.get(input);
  if (!tree) {
    tree = budgetTree(input);
    if (tree) treeCache.set(input, tree);
  }
  return tree;
}

/** The node to show for `path`: the named node, or its parent when it is a leaf (it is then `selected`); the root when unknown. */
export function resolveFocus(tree: BudgetTree, path: string | undefined): { focus: BudgetNode; selected?: BudgetNode } {
  const node = findNode(tree, path) ?? tree.root;
  return !node.children.length && node.parent ? { focus: node.parent, selected: node } : { focus: node };
}

export function budgetTreemapLayout(input: Plan | BudgetTree, options: TreemapOptions): TreemapLayout | undefined {
  const tree = treeOf(input);
  if (!tree) return undefined;
  const width = Math.max(0, finite(options.width));
  const height = Math.max(0, finite(options.height));
  const lang = options.lang ?? 'th';
  const fmt = { lang, thaiDigits: options.thaiDigits };
  const fontSize = options.fontSize ?? 13;
  const lineHeight = Math.ceil(fontSize * 1.3);
  const measure = options.measure ?? approxMeasure(fontSize);
  const measureBold = options.measureBold ?? ((s: string) => measure(s) * 1.08);
  const gap = Math.max(0, options.gap ?? 2);
  const minArea = options.minArea ?? 64;
  const maxCells = Math.max(4, options.maxCells ?? 500);
  const tile = options.tile === 'binary' ? treemapBinary : treemapSquarify;
  const colorBy: ColorBy = options.colorBy === 'issue' ? 'issue' : 'source';

  const { focus, selected } = resolveFocus(tree, options.path);
  const rootUnits = tree.root.units;
  const cells: TreemapCell[] = [];
  const fit = { measure, measureBold, lineHeight, fontSize, lang, fmt };

  // A budget of one line with money and nothing under it is drawn as one cell: the line itself.
  const alone = !focus.children.length && focus.units > 0;
  const top = gather(focus, drawingOrder(alone ? [focus] : focus.children), (focus.units > 0 ? (width * height) / focus.units : 0), minArea, Math.min(maxCells, 150));
  const topRects = tileNodes(top, 0, 0, width, height, gap, tile);
  const topShares = shares(top.map((n) => n.units), 1);
  let budgetLeft = maxCells - top.length;
  topRects.forEach((r, i) => {
    const node = r.node;
    const cell = makeCell(node, 1, focus, r, topShares[i] ?? 0, rootUnits);
    cells.push(cell);
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    const header = options.nested === false || !node.children.length ? undefined : headerFor(cell, w, fit);
    if (header && h - header.height >= 2 * lineHeight && w >= 3 * fontSize && budgetLeft > 0) {
      cell.nested = true;
      cell.header = header.height;
      cell.lines = header.lines;
      cell.truncated = header.truncated;
      const inner = { x0: r.x0 + gap, y0: r.y0 + header.height, x1: r.x1 - gap, y1: r.y1 - gap };
      const area = Math.max(0, inner.x1 - inner.x0) * Math.max(0, inner.y1 - inner.y0);
      const share = width * height > 0 ? (w * h) / (width * height) : 0;
      const limit = Math.max(4, Math.min(budgetLeft, Math.round((maxCells - top.length) * share) + 4));
      const kids = gather(node, drawingOrder(node.children), node.units > 0 ? area / node.units : 0, minArea * 1.5, limit);
      budgetLeft -= kids.length;
      const kidShares = shares(kids.map((n) => n.units), 1);
      tileNodes(kids, inner.x0, inner.y0, inner.x1, inner.y1, gap / 2, tile).forEach((k, j) => {
        if (k.x1 - k.x0 <= 0 || k.y1 - k.y0 <= 0) return;
        const kid = makeCell(k.node, 2, node, k, kidShares[j] ?? 0, rootUnits);
        Object.assign(kid, cellText(kid, k.x1 - k.x0, k.y1 - k.y0, fit));
        cells.push(kid);
      });
    } else {
      Object.assign(cell, cellText(cell, w, h, fit));
    }
  });

  return { tree, focus, trail: trailTo(focus), selected, width, height, cells, legend: legendOf(tree, focus, colorBy), colorBy, fontSize, lineHeight, padding: PAD };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
