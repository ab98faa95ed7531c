/** The plan's item tree as the sankey reads it: levels, parents, children, colours, and the node each column shows for an item. */
import type { Plan, PlanItem } from '../../schema/plan.js';
import { AGENCY_LEVEL } from '../../schema/agency.js';
import { MAX_DEPTH } from './model.js';

export interface Hierarchy {
  /** The plan's items by id (the first of a repeated id). */
  byId: ReadonlyMap<string, PlanItem>;
  /** Position of each item in the plan's order. */
  order: ReadonlyMap<string, number>;
  /** Child ids of each item, in the plan's order. */
  children: ReadonlyMap<string, readonly string[]>;
  /** The first level is the agencies of several plans shown as one. */
  agencyTop: boolean;
  /** An item's level index (MAX_DEPTH when unknown). */
  level(id: string): number;
  /** An item and its ancestors, itself first. */
  up(id: string): readonly string[];
  /** Index of the top-level item above an item (its colour), -1 for none. */
  colorOf(id: string): number;
  /** Node ids along the plan columns for an amount at `item` (`~rest:k` / `~none:k` where it has no item at level k). */
  pathOf(item: string): string[];
}

/** Ancestors of an id, itself first, stopping at a missing parent or a loop. */
export function chain(id: string, parentOf: (id: string) => string | undefined): string[] {
  const out = [id];
  const seen = new Set(out);
  for (let p = parentOf(id); p !== undefined && !seen.has(p); p = parentOf(p)) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/** The hierarchy of a plan shown `depth` levels deep. */
export function planHierarchy(plan: Plan, depth: number): Hierarchy {
  const levels = plan.levels ?? [];
  const items = plan.items ?? [];
  const levelIndex = new Map(levels.map((l, i) => [l.id, i]));
  const agencyTop = levels[0]?.id === AGENCY_LEVEL;
  const byId = new Map<string, PlanItem>();
  for (const it of items) if (!byId.has(it.id)) byId.set(it.id, it);
  const order = new Map(items.map((it, i) => [it.id, i]));
  const level = (id: string) => levelIndex.get(byId.get(id)?.level ?? '') ?? MAX_DEPTH;
  const parentOf = (id: string) => byId.get(id)?.parent;
  const ancestors = new Map<string, string[]>();
  const up = (id: string) => {
    let a = ancestors.get(id);
    if (!a) ancestors.set(id, (a = chain(id, parentOf)));
    return a;
  };
  const children = new Map<string, string[]>();
  for (const it of byId.values()) {
    if (it.parent === undefined || !byId.has(it.parent)) continue;
    const list = children.get(it.parent);
    if (list) list.push(it.id);
    else children.set(it.parent, [it.id]);
  }
  const tops = items.filter((it) => level(it.id) === 0).map((it) => it.id);
  const topIndex = new Map(tops.map((id, i) => [id, i]));
  const colorOf = (id: string) => {
    for (const a of up(id)) if (topIndex.has(a)) return topIndex.get(a) as number;
    return -1;
  };
  const pathOf = (item: string): string[] => {
    const anc = up(item);
    const own = level(item);
    const path: string[] = [];
    for (let k = 0; k < depth; k++) {
      const at = anc.find((a) => level(a) === k);
      path.push(at ?? (own < k ? `~rest:${k}` : `~none:${k}`));
    }
    return path;
  };
  return { byId, order, children, agencyTop, level, up, colorOf, pathOf };
}
