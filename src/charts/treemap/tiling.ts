/**
 * Which nodes get a cell and where: the children of a node in drawing order,
 * the smallest gathered into one "other (n items)" node, tiled into a
 * rectangle by d3-hierarchy. Pure geometry, no DOM.
 */
import { hierarchy, treemap, treemapBinary, treemapSquarify } from 'd3-hierarchy';
import { formatNumber } from '../../format/number.js';
import type { BudgetNode } from './tree.js';
import { ts } from './strings.js';

/** Largest first, ties in plan order; "not itemised" after its siblings of equal size. */
export function drawingOrder(nodes: BudgetNode[]): BudgetNode[] {
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

export interface Rect {
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
export function tileNodes(nodes: BudgetNode[], x0: number, y0: number, x1: number, y1: number, gap: number, tile: typeof treemapSquarify | typeof treemapBinary): Rect[] {
  const total = nodes.reduce((a, n) => a + n.units, 0);
  if (!(total > 0) || !(x1 - x0 > 0) || !(y1 - y0 > 0)) return nodes.map((node) => ({ node, x0, y0, x1: x0, y1: y0 }));
  const root = hierarchy<Datum>({ children: nodes.map((node) => ({ node })) }).sum((d) => (d.node ? d.node.units : 0));
  const laid = treemap<Datum>().tile(tile).size([x1 - x0, y1 - y0]).paddingInner(gap).round(false)(root);
  // d3 puts a zero-valued cell one gap past the last one, which can be outside the box: keep every cell inside.
  const cx = (x: number) => Math.min(x1, Math.max(x0, x));
  const cy = (y: number) => Math.min(y1, Math.max(y0, y));
  return (laid.children ?? []).map((c) => ({ node: c.data.node as BudgetNode, x0: cx(x0 + c.x0), y0: cy(y0 + c.y0), x1: cx(x0 + c.x1), y1: cy(y0 + c.y1) }));
}
