/**
 * The plan's budget lines as one tree, ready for a treemap: every node
 * carries its exact total and its split by funding source in integer units
 * of 0.0001 million baht (`toUnits`), so nothing shown is ever a float sum.
 *
 * Two things keep the areas honest. A line that has its own `amounts` and
 * also child lines gets an extra child, "not itemised", for its own money,
 * so its children's areas add up to its area. And a line takes its plan
 * item's label and code, so "program 3" reads the same here as in the
 * other charts.
 */
import type { Label, Plan } from '../../schema/plan.js';
import { toUnits } from '../../schema/money.js';
import { ts } from './strings.js';

/** A funding source or a development issue, in the plan's order (which sets its colour). */
export interface Category {
  id: string;
  label: Label;
  shortLabel?: Label;
  /** Number as printed, for development issues. */
  code?: string;
}

export interface BudgetNode {
  /** Unique key: the budget line id; `<line id>~own` for a line's not-itemised money; `<parent key>~rest` for an aggregate. */
  key: string;
  /** The budget line the node stands for (for `own`, the line whose own amounts these are). */
  lineId: string;
  /** The plan item the line funds, when it names one. */
  itemId?: string;
  kind: 'line' | 'own' | 'rest' | 'all';
  label: Label;
  shortLabel?: Label;
  /** The item's number as printed ("3", "3.1(1)"). */
  code?: string;
  /** The item's level ("แผนงาน"). */
  level?: Label;
  /** Index of the development issue (top-level plan item) the node belongs to; -1 for none. */
  issue: number;
  /** Total in integer units of 0.0001 million baht. */
  units: number;
  /** Units per funding source, parallel to `BudgetTree.sources`. */
  bySource: number[];
  children: BudgetNode[];
  parent?: BudgetNode;
  /** For `rest`: how many nodes it stands for. */
  count?: number;
}

export interface BudgetTree {
  planId: string;
  root: BudgetNode;
  sources: Category[];
  issues: Category[];
  /** Nodes by key. */
  byKey: Map<string, BudgetNode>;
  /** The first node (in tree order) that funds each plan item. */
  byItem: Map<string, BudgetNode>;
  /** Plan item → its parent item, to find the nearest funded ancestor of an item without a line. */
  itemParent: Map<string, string | undefined>;
}

const both = (key: 'allBudget' | 'notItemised'): Label => ({ th: ts(key, 'th'), en: ts(key, 'en') });

/** The budget tree of a plan; undefined when the plan has no budget lines. */
export function budgetTree(plan: Plan): BudgetTree | undefined {
  const lines = plan.budget?.lines ?? [];
  if (!lines.length) return undefined;
  // Once per plan object: `treeOf` (layout.ts) keeps the tree, so a resize, a drill or a language
  // switch does not add the budget up again. Each line's total and split are added up as the tree is
  // built (its own amounts, then its children's), in integer units, so the order of the sums does not matter.
  const items = new Map((plan.items ?? []).map((it) => [it.id, it]));
  const levels = new Map((plan.levels ?? []).map((l) => [l.id, l.label]));
  const itemParent = new Map((plan.items ?? []).map((it) => [it.id, it.parent]));

  const sources: Category[] = (plan.fundingSources ?? []).map((s) => ({ id: s.id, label: s.label, shortLabel: s.shortLabel }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const indexOfSource = (id: string): number => {
    let i = sourceIndex.get(id);
    if (i === undefined) {
      i = sources.length;
      sources.push({ id, label: { th: id } });
      sourceIndex.set(id, i);
    }
    return i;
  };
  for (const l of lines) for (const id of Object.keys(l.amounts ?? {})) indexOfSource(id);

  const issues: Category[] = (plan.items ?? []).filter((it) => it.parent === undefined).map((it) => ({ id: it.id, label: it.label, shortLabel: it.shortLabel, code: it.code }));
  const issueIndex = new Map(issues.map((c, i) => [c.id, i]));
  const issueOf = (itemId: string): number => {
    let cur: string | undefined = itemId;
    for (let guard = 0; cur !== undefined && guard < 64; guard++) {
      const up = itemParent.get(cur);
      if (up === undefined) return issueIndex.get(cur) ?? -1;
      cur = up;
    }
    return -1;
  };

  const ids = new Set(lines.map((l) => l.id));
  const childLines = new Map<string, typeof lines>();
  const rootLines: typeof lines = [];
  for (const l of lines) {
    if (l.parent === undefined || !ids.has(l.parent)) rootLines.push(l);
    else {
      const list = childLines.get(l.parent);
      if (list) list.push(l);
      else childLines.set(l.parent, [l]);
    }
  }

  const byKey = new Map<string, BudgetNode>();
  const byItem = new Map<string, BudgetNode>();
  const add = (node: BudgetNode) => {
    byKey.set(node.key, node);
    if (node.itemId && node.kind === 'line' && !byItem.has(node.itemId)) byItem.set(node.itemId, node);
  };

  const visit = (line: (typeof lines)[number], parent: BudgetNode | undefined, seen: Set<string>): BudgetNode => {
    const item = line.item === undefined ? undefined : items.get(line.item);
    const node: BudgetNode = {
      key: line.id,
      lineId: line.id,
      itemId: line.item,
      kind: 'line',
      label: line.label ?? item?.label ?? { th: line.id },
      shortLabel: line.label ? undefined : item?.shortLabel,
      code: item?.code,
      level: item ? levels.get(item.level) : undefined,
      issue: line.item !== undefined ? issueOf(line.item) : (parent?.issue ?? -1),
      units: 0,
      bySource: new Array<number>(sources.length).fill(0),
      children: [],
      parent,
    };
    add(node);
    seen.add(line.id);
    // The line's own amounts, split by source (every source id is known by now).
    let ownUnits = 0;
    const ownSplit = new Array<number>(sources.length).fill(0);
    const amounts = line.amounts;
    if (amounts) {
      for (const id of Object.keys(amounts)) {
        const u = toUnits(amounts[id] as number);
        ownSplit[indexOfSource(id)] += u;
        ownUnits += u;
      }
    }
    let units = ownUnits;
    const bySource = node.bySource;
    for (let i = 0; i < bySource.length; i++) bySource[i] += ownSplit[i];
    for (const child of childLines.get(line.id) ?? []) {
      if (seen.has(child.id)) continue;
      const c = visit(child, node, seen);
      node.children.push(c);
      units += c.units;
      for (let i = 0; i < bySource.length; i++) bySource[i] += c.bySource[i];
    }
    node.units = units;
    if (node.children.length && ownUnits > 0) {
      const ownNode: BudgetNode = { key: `${line.id}~own`, lineId: line.id, itemId: line.item, kind: 'own', label: both('notItemised'), issue: node.issue, units: ownUnits, bySource: ownSplit, children: [], parent: node };
      node.children.push(ownNode);
      add(ownNode);
    }
    return node;
  };

  const seen = new Set<string>();
  let root: BudgetNode;
  if (rootLines.length === 1) {
    root = visit(rootLines[0], undefined, seen);
  } else {
    root = { key: '~all', lineId: '~all', kind: 'all', label: both('allBudget'), issue: -1, units: 0, bySource: sources.map(() => 0), children: [] };
    add(root);
    for (const l of rootLines) {
      const child = visit(l, root, seen);
      root.children.push(child);
      root.units += child.units;
      child.bySource.forEach((u, i) => (root.bySource[i] = (root.bySource[i] ?? 0) + u));
    }
  }
  // Sources found after a node's split was made (unlisted ids) leave it short: pad with zeros.
  for (const node of byKey.values()) while (node.bySource.length < sources.length) node.bySource.push(0);
  return { planId: plan.id, root, sources, issues, byKey, byItem, itemParent };
}

/**
 * The node a `path` names: a budget line id, or a plan item id (the first
 * line funding that item, else the nearest funded ancestor item).
 */
export function findNode(tree: BudgetTree, id: string | undefined): BudgetNode | undefined {
  if (!id) return undefined;
  const direct = tree.byKey.get(id) ?? tree.byItem.get(id);
  if (direct) return direct;
  let cur = tree.itemParent.get(id);
  for (let guard = 0; cur !== undefined && guard < 64; guard++) {
    const hit = tree.byItem.get(cur);
    if (hit) return hit;
    cur = tree.itemParent.get(cur);
  }
  return undefined;
}

/** The nodes from the root down to `node`, both included. */
export function trailTo(node: BudgetNode): BudgetNode[] {
  const out: BudgetNode[] = [];
  for (let cur: BudgetNode | undefined = node; cur; cur = cur.parent) out.unshift(cur);
  return out;
}

/** True when `a` is `b` or one of its ancestors. */
export function isAncestor(a: BudgetNode, b: BudgetNode): boolean {
  for (let cur: BudgetNode | undefined = b; cur; cur = cur.parent) if (cur === a) return true;
  return false;
}
