/**
 * Budget treemap geometry: the children of the node drilled into, each with
 * its own children nested inside under a header, tiled by d3-hierarchy.
 * A pure function of the plan (or its budget tree), the size and the
 * options: no DOM. Areas come from the float layout; every figure shown
 * (values, shares, legend totals) comes from integer units, never from it.
 */
import { hierarchy, treemap, treemapBinary, treemapSquarify } from 'd3-hierarchy';
import type { Label, Plan } from '../../schema/plan.js';
import { fromUnits } from '../../schema/money.js';
import type { Lang } from '../../format/label.js';
import { pickLabel } from '../../format/label.js';
import { formatMoney, formatNumber, formatPercent, shares } from '../../format/number.js';
import { approxMeasure, segmentWords, wrapText, type Measure, type Wrapped } from '../../format/wrap.js';
import { budgetTree, findNode, trailTo, type BudgetNode, type BudgetTree } from './tree.js';
import { ts } from './strings.js';

export type ColorBy = 'source' | 'issue';

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

export interface FundingPart {
  /** Index in `tree.sources`. */
  source: number;
  units: number;
  /** 0..1 of the cell. */
  share: number;
}

export interface TextLine {
  text: string;
  kind: 'label' | 'value' | 'share';
}

export interface TreemapCell {
  key: string;
  node: BudgetNode;
  depth: 1 | 2;
  parentKey: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Million baht, exact (from integer units). */
  value: number;
  units: number;
  /** Percent of the parent, to 0.1, largest-remainder rounded so siblings add up to 100.0. */
  shareOfParent: number;
  /** 0..1 of the whole budget (the tree's root). */
  shareOfTotal: number;
  funding: FundingPart[];
  drillable: boolean;
  /** Children drawn inside, under a header of `header` px. */
  nested: boolean;
  header: number;
  /** Text that fits: the header's when nested, else the cell's. */
  lines: TextLine[];
  truncated: boolean;
}

export interface LegendEntry {
  /** Category index (funding source or issue); -1 for lines without a development issue. */
  index: number;
  label: Label;
  /** Number as printed (development issues). */
  code?: string;
  units: number;
  /** Percent of the total shown, to 0.1, adding up to 100.0. */
  share: number;
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

const PAD = 4;
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

/** The text a cell shows for a node: its item's number, then its short label. */
export function cellLabel(node: BudgetNode, lang: Lang): string {
  const text = pickLabel(node.shortLabel ?? node.label, lang);
  return node.code ? `${node.code} ${text}` : text;
}

/** The full name of a node, for tooltips, tables and screen readers: "แผนงาน 3 การสนับสนุน…". */
export function fullLabel(node: BudgetNode, lang: Lang): string {
  const prefix = [node.level ? pickLabel(node.level, lang) : '', node.code ?? ''].filter(Boolean).join(' ');
  const text = pickLabel(node.label, lang);
  return prefix ? `${prefix} ${text}` : text;
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
  const top = gather(focus, sorted(alone ? [focus] : focus.children), (focus.units > 0 ? (width * height) / focus.units : 0), minArea, Math.min(maxCells, 150));
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
      const kids = gather(node, sorted(node.children), node.units > 0 ? area / node.units : 0, minArea * 1.5, limit);
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

/** Largest first, ties in plan order; "not itemised" after its siblings of equal size. */
function sorted(nodes: BudgetNode[]): BudgetNode[] {
  return nodes.map((n, i) => ({ n, i })).sort((a, b) => b.n.units - a.n.units || a.i - b.i).map((x) => x.n);
}

/**
 * Keeps the children large enough to see (expected area `units * scale` of at
 * least `minArea`), at most `limit`; the rest become one "other (n items)"
 * node, so a budget with tens of thousands of lines keeps a small DOM.
 */
export function gather(parent: BudgetNode, children: BudgetNode[], scale: number, minArea: number, limit: number): BudgetNode[] {
  let keep = 0;
  while (keep < children.length && keep < limit - 1 && children[keep].units * scale >= minArea) keep++;
  if (children.length - keep <= 1) return children;
  const rest = children.slice(keep);
  const issue = rest.every((n) => n.issue === rest[0].issue) ? rest[0].issue : -1;
  const bySource = parent.bySource.map((_, i) => rest.reduce((a, n) => a + (n.bySource[i] ?? 0), 0));
  const count = rest.length;
  const node: BudgetNode = {
    key: `${parent.key}~rest`,
    lineId: parent.lineId,
    itemId: parent.itemId,
    kind: 'rest',
    label: { th: ts('rest', 'th', { n: formatNumber(count, { lang: 'th' }) }), en: ts('rest', 'en', { n: formatNumber(count, { lang: 'en' }) }) },
    issue,
    units: rest.reduce((a, n) => a + n.units, 0),
    bySource,
    children: [],
    parent,
    count,
  };
  return [...children.slice(0, keep), node];
}

interface Rect {
  node: BudgetNode;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Datum {
  node?: BudgetNode;
  children?: Datum[];
}

/** Tiles `nodes` (already in drawing order) into the rectangle; all zero-sized when there is no area or no money. */
function tileNodes(nodes: BudgetNode[], x0: number, y0: number, x1: number, y1: number, gap: number, tile: typeof treemapSquarify | typeof treemapBinary): Rect[] {
  const total = nodes.reduce((a, n) => a + n.units, 0);
  if (!(total > 0) || !(x1 - x0 > 0) || !(y1 - y0 > 0)) return nodes.map((node) => ({ node, x0, y0, x1: x0, y1: y0 }));
  const root = hierarchy<Datum>({ children: nodes.map((node) => ({ node })) }).sum((d) => (d.node ? d.node.units : 0));
  const laid = treemap<Datum>().tile(tile).size([x1 - x0, y1 - y0]).paddingInner(gap).round(false)(root);
  // d3 puts a zero-valued cell one gap past the last one, which can be outside the box: keep every cell inside.
  const cx = (x: number) => Math.min(x1, Math.max(x0, x));
  const cy = (y: number) => Math.min(y1, Math.max(y0, y));
  return (laid.children ?? []).map((c) => ({ node: c.data.node as BudgetNode, x0: cx(x0 + c.x0), y0: cy(y0 + c.y0), x1: cx(x0 + c.x1), y1: cy(y0 + c.y1) }));
}

function makeCell(node: BudgetNode, depth: 1 | 2, parent: BudgetNode, r: Rect, share: number, rootUnits: number): TreemapCell {
  const funding: FundingPart[] = [];
  node.bySource.forEach((units, source) => {
    if (units > 0) funding.push({ source, units, share: node.units > 0 ? units / node.units : 0 });
  });
  return {
    key: node.key,
    node,
    depth,
    parentKey: parent.key,
    x0: r.x0,
    y0: r.y0,
    x1: r.x1,
    y1: r.y1,
    value: fromUnits(node.units),
    units: node.units,
    shareOfParent: share,
    shareOfTotal: rootUnits > 0 ? node.units / rootUnits : 0,
    funding,
    drillable: node.children.length > 0,
    nested: false,
    header: 0,
    lines: [],
    truncated: false,
  };
}

interface Fit {
  measure: Measure;
  measureBold: Measure;
  lineHeight: number;
  fontSize: number;
  lang: Lang;
  fmt: { lang: Lang; thaiDigits?: boolean };
}

/** The value as printed ("4,340.3653 ล้านบาท"), else the bare number, else nothing, whichever fits. */
function valueText(cell: TreemapCell, width: number, fit: Fit): string | undefined {
  const full = formatMoney(cell.value, fit.fmt);
  if (fit.measure(full) <= width) return full;
  const bare = formatNumber(cell.value, { ...fit.fmt, decimals: 4, minDecimals: 4 });
  return fit.measure(bare) <= width ? bare : undefined;
}

function shareText(cell: TreemapCell, fit: Fit): string {
  return formatPercent(cell.shareOfParent / 100, { ...fit.fmt, decimals: 1 });
}

/** The header of a cell whose children are drawn inside it: its label on one line, and its value and share when there is room. */
function headerFor(cell: TreemapCell, width: number, fit: Fit): { height: number; lines: TextLine[]; truncated: boolean } | undefined {
  const inner = width - 2 * PAD;
  const label = wrapText(cellLabel(cell.node, fit.lang), inner, fit.measureBold, { lang: fit.lang, maxLines: 1 });
  if (!label.lines.length) return undefined;
  const lines: TextLine[] = [{ text: label.lines[0], kind: 'label' }];
  const value = valueText(cell, inner, fit);
  const both = value && `${value} · ${shareText(cell, fit)}`;
  if (both && fit.measure(both) <= inner) lines.push({ text: both, kind: 'value' });
  return { height: 2 * PAD + lines.length * fit.lineHeight, lines, truncated: label.truncated };
}

/**
 * `wrapText`, but a word is never split over two lines: when a word is wider
 * than the cell, the label stops at that line with "…" (the full label is in
 * the tooltip and the table), since "Mankon / g" reads worse than "Mankon…".
 */
export function wrapWords(text: string, width: number, measure: Measure, lang: Lang, maxLines: number): Wrapped {
  const wrapped = wrapText(text, width, measure, { lang, maxLines });
  const ends = new Set<number>();
  let at = 0;
  for (const w of segmentWords(text, lang)) ends.add((at += w.length));
  let cursor = 0;
  const whole = wrapped.truncated ? wrapped.lines.length - 1 : wrapped.lines.length;
  for (let i = 0; i < whole; i++) {
    const line = wrapped.lines[i];
    const start = text.indexOf(line, cursor);
    if (start < 0) break;
    let end = start + line.length;
    while (end < text.length && /\s/.test(text[end])) end++;
    cursor = end;
    if (end < text.length && !ends.has(end)) return wrapText(text, width, measure, { lang, maxLines: i + 1 });
  }
  return wrapped;
}

/** Label (wrapped at word boundaries), value and share: as many as fit inside the cell, in that order of priority. */
export function cellText(cell: TreemapCell, width: number, height: number, fit: Fit): { lines: TextLine[]; truncated: boolean } {
  const inner = width - 2 * PAD;
  const rows = Math.floor((height - 2 * PAD) / fit.lineHeight);
  // Narrower than about three Thai syllables, a label would break inside words: leave it to the tooltip.
  if (rows < 1 || inner < fit.fontSize * 3) return { lines: [], truncated: true };
  const extra = rows >= 3 ? 2 : rows === 2 ? 1 : 0;
  const label = wrapWords(cellLabel(cell.node, fit.lang), inner, fit.measureBold, fit.lang, Math.min(4, rows - extra));
  if (!label.lines.length) return { lines: [], truncated: true };
  const lines: TextLine[] = label.lines.map((text) => ({ text, kind: 'label' as const }));
  const left = rows - lines.length;
  const value = left >= 1 ? valueText(cell, inner, fit) : undefined;
  const share = shareText(cell, fit);
  if (value && left >= 2) {
    lines.push({ text: value, kind: 'value' });
    if (fit.measure(share) <= inner) lines.push({ text: share, kind: 'share' });
  } else if (value) {
    const both = `${value} · ${share}`;
    lines.push({ text: fit.measure(both) <= inner ? both : value, kind: 'value' });
  }
  return { lines, truncated: label.truncated || lines.length < 3 };
}

/** What the colours mean, with the total of each category within the focus; the totals add up to the focus's. */
function legendOf(tree: BudgetTree, focus: BudgetNode, colorBy: ColorBy): LegendEntry[] {
  const byIndex = new Map<number, number>();
  if (colorBy === 'source') {
    focus.bySource.forEach((u, i) => u > 0 && byIndex.set(i, u));
  } else {
    const walk = (n: BudgetNode): void => {
      if (n.issue >= 0 || !n.children.length) byIndex.set(n.issue, (byIndex.get(n.issue) ?? 0) + n.units);
      else n.children.forEach(walk);
    };
    walk(focus);
  }
  const entries = [...byIndex].filter(([, u]) => u > 0).sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]));
  const pct = shares(entries.map(([, u]) => u), 1);
  const cats = colorBy === 'source' ? tree.sources : tree.issues;
  return entries.map(([index, units], i) => ({
    index,
    label: index < 0 ? { th: ts('other', 'th'), en: ts('other', 'en') } : (cats[index]?.shortLabel ?? cats[index]?.label ?? { th: String(index) }),
    code: index < 0 ? undefined : cats[index]?.code,
    units,
    share: pct[i] ?? 0,
  }));
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * The nearest cell in the direction of an arrow key, from the centre of cell
 * `from`: among cells whose centre lies that way, the one closest along the
 * key's axis, with sideways distance counting double. `from` when none.
 */
export function neighbour(rects: readonly { x0: number; y0: number; x1: number; y1: number }[], from: number, key: ArrowKey): number {
  const c = rects[from];
  if (!c) return from;
  const cx = (c.x0 + c.x1) / 2;
  const cy = (c.y0 + c.y1) / 2;
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const sign = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  let best = from;
  let bestScore = Infinity;
  rects.forEach((r, i) => {
    if (i === from) return;
    // Nearest point of the candidate to our centre, so a long neighbour counts as close.
    const dx = Math.max(r.x0 - cx, 0, cx - r.x1) * Math.sign((r.x0 + r.x1) / 2 - cx);
    const dy = Math.max(r.y0 - cy, 0, cy - r.y1) * Math.sign((r.y0 + r.y1) / 2 - cy);
    const along = (horizontal ? (r.x0 + r.x1) / 2 - cx : (r.y0 + r.y1) / 2 - cy) * sign;
    if (along <= 0) return;
    const score = Math.abs(horizontal ? dx : dy) + 2 * Math.abs(horizontal ? dy : dx) + along * 1e-3;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
