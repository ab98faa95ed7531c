/**
 * Where the amounts sit ("atoms"), and where each goes. Every amount sits at
 * one plan item: its budget line's item, or the nearest one above the line
 * (by count, one unit per shown item with no shown item under it). An atom
 * is shared among the framework column's nodes in integer units, so every
 * column adds up to the plan's total exactly.
 */
import type { Plan } from '../../schema/plan.js';
import { toUnits } from '../../schema/money.js';
import { chain, type Hierarchy } from './hierarchy.js';
import { COUNT_SCALE, UNLINKED, type Atom, type AtomTarget, type Weighting } from './model.js';
import { allocate, mergeShares, type Share } from './shares.js';

export interface Amounts {
  /** Units at each plan item. */
  units: Map<string, number>;
  weighting: Weighting;
  /** The level that made `budget` fall back to `count` (no amount reaches it). */
  fallbackLevel?: string;
}

/** The amount at each plan item: budget (falling back to count when a shown level has none) or count. */
export function amounts(plan: Plan, h: Hierarchy, depth: number, weight: Weighting | undefined, levelLabel: (k: number) => string): Amounts {
  const units = new Map<string, number>();
  let weighting: Weighting = weight === 'count' ? 'count' : 'budget';
  let fallbackLevel: string | undefined;
  if (weighting === 'budget') {
    const lines = plan.budget?.lines ?? [];
    const lineById = new Map(lines.map((l) => [l.id, l]));
    // Money that reaches only an agency (several plans as one) funds none of its items, as in its own plan's chart.
    const itemOfLine = (id: string) => {
      for (const l of chain(id, (x) => lineById.get(x)?.parent)) {
        const item = lineById.get(l)?.item;
        if (item !== undefined && h.byId.has(item)) return h.agencyTop && h.level(item) === 0 ? undefined : item;
      }
      return undefined;
    };
    for (const line of lines) {
      let sum = 0;
      for (const v of Object.values(line.amounts ?? {})) if (Number.isFinite(v) && v > 0) sum += toUnits(v);
      const item = sum > 0 ? itemOfLine(line.id) : undefined;
      if (item !== undefined) units.set(item, (units.get(item) ?? 0) + sum);
    }
    // A shown level that no amount reaches would be one "not itemised" node: count instead.
    const reached = new Set<number>();
    for (const item of units.keys()) h.pathOf(item).forEach((n, k) => n.startsWith('~') || reached.add(k));
    for (let k = 0; k < depth; k++) {
      if (!reached.has(k)) {
        fallbackLevel = levelLabel(k);
        weighting = 'count';
        units.clear();
        break;
      }
    }
  }
  if (weighting === 'count') {
    for (const it of h.byId.values()) {
      const k = h.level(it.id);
      if (k < depth && !(h.children.get(it.id) ?? []).some((c) => h.level(c) < depth)) units.set(it.id, COUNT_SCALE);
    }
  }
  return { units, weighting, fallbackLevel };
}

/** The atoms in the plan's order, each split among the framework column's nodes ("not linked" when nothing links it). */
export function splitAtoms(units: ReadonlyMap<string, number>, h: Hierarchy, sharesOf: (item: string) => Share[]): Atom[] {
  const atoms: Atom[] = [];
  const sorted = [...units.entries()].sort((a, b) => (h.order.get(a[0]) ?? 0) - (h.order.get(b[0]) ?? 0));
  for (const [item, amount] of sorted) {
    if (!(amount > 0)) continue;
    const shares = mergeShares(sharesOf(item));
    const split = allocate(amount, shares.map((s) => s.share));
    const targets: AtomTarget[] = shares.map((s, i) => ({ node: s.node, role: s.role, units: split[i] })).filter((t) => t.units > 0);
    if (!targets.length) targets.push({ node: UNLINKED, units: amount });
    atoms.push({ item, units: amount, path: h.pathOf(item), targets });
  }
  return atoms;
}
