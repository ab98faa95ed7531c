/**
 * One cell of the treemap as the layout hands it to the element: its
 * rectangle, its exact value and shares (from integer units, never from the
 * float areas), its funding split and the text that fits in it.
 */
import { fromUnits } from '../../schema/money.js';
import { findNode, isAncestor, type BudgetNode, type BudgetTree } from './tree.js';
import type { Rect } from './tiling.js';

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

/** The cell of `node` at `depth` in the rectangle `r`, with `share` its percent of `parent` and its share of the whole budget. */
export function makeCell(node: BudgetNode, depth: 1 | 2, parent: BudgetNode, r: Rect, share: number, rootUnits: number): TreemapCell {
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

/** The key of the drawn cell that holds `id` (a budget line or plan item id): the deepest cell on its path. */
export function cellHolding(tree: BudgetTree, cells: readonly TreemapCell[], id: string | undefined): string | undefined {
  const target = findNode(tree, id);
  if (!target) return undefined;
  let best: TreemapCell | undefined;
  for (const c of cells) if (isAncestor(c.node, target) && (!best || c.depth > best.depth)) best = c;
  return best?.key;
}
