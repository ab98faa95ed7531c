/**
 * How an amount at a plan item is shared among the chosen framework's
 * items: by the weights of the links of the item and of the items under it
 * (equal shares for unweighted links); failing those, by the links of the
 * nearest item above it that states some. Links into another framework are
 * followed through that framework's own links.
 */
import type { Framework, FrameworkItem, Link, Plan } from '../../schema/plan.js';
import { chain, type Hierarchy } from './hierarchy.js';
import { WHOLE_FRAMEWORK, type Role } from './model.js';

export interface Share {
  node: string;
  share: number;
  role?: Role;
}

/** Splits `units` by `shares` (any non-negative weights) into integers that add up exactly (largest remainder). */
export function allocate(units: number, shares: readonly number[]): number[] {
  const clean = shares.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return clean.map(() => 0);
  const exact = clean.map((s) => (units * s) / sum);
  const out = exact.map((x) => Math.floor(x));
  let left = units - out.reduce((a, b) => a + b, 0);
  // 0 <= left < shares.length: one more unit to each of the largest remainders.
  const order = exact.map((x, i) => ({ i, rem: x - out[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) out[order[k].i] += 1;
  return out;
}

/** Adds up shares that land on the same node with the same role. */
export function mergeShares(shares: Share[]): Share[] {
  const out: Share[] = [];
  for (const s of shares) {
    const same = out.find((o) => o.node === s.node && o.role === s.role);
    if (same) same.share += s.share;
    else out.push({ ...s });
  }
  return out;
}

/** For a plan item, its shares among `framework`'s top items (or the whole framework); empty when nothing links it there. */
export function frameworkShares(plan: Plan, framework: Framework, h: Hierarchy): (item: string) => Share[] {
  const fwItems = new Map<string, { item: FrameworkItem; framework: Framework }>();
  for (const f of plan.frameworks ?? []) for (const it of f.items) if (!fwItems.has(it.id)) fwItems.set(it.id, { item: it, framework: f });
  const inF = new Map(framework.items.map((it) => [it.id, it]));
  const rootOf = (id: string) => {
    const c = chain(id, (x) => inF.get(x)?.parent).filter((x) => inF.has(x));
    return c[c.length - 1] ?? id;
  };
  const linksFrom = new Map<string, Link[]>();
  for (const l of plan.links ?? []) {
    const list = linksFrom.get(l.from);
    if (list) list.push(l);
    else linksFrom.set(l.from, [l]);
  }

  /** Where a link's target lands in the chosen framework (following links between framework items). */
  const expand = (to: string, visited: Set<string>): Share[] => {
    if (to === framework.id) return [{ node: WHOLE_FRAMEWORK, share: 1 }];
    const hit = fwItems.get(to);
    if (!hit) return [];
    if (hit.framework === framework) {
      const root = rootOf(to);
      return [{ node: root, share: 1, role: hit.item.role ?? inF.get(root)?.role }];
    }
    if (visited.has(to)) return [];
    return shareLinks(linksFrom.get(to) ?? [], new Set([...visited, to]));
  };

  /** Splits 1 among the links that reach the framework: stated weights, the rest equally among unweighted links. */
  const shareLinks = (links: readonly Link[], visited: Set<string>): Share[] => {
    const reach = links.map((l) => ({ l, to: expand(l.to, visited) })).filter((r) => r.to.length > 0);
    if (!reach.length) return [];
    const stated = reach.reduce((s, r) => s + (r.l.weight ?? 0), 0);
    const unweighted = reach.filter((r) => r.l.weight === undefined).length;
    const rest = unweighted ? Math.max(0, 1 - stated) / unweighted : 0;
    let raw = reach.map((r) => r.l.weight ?? rest);
    let sum = raw.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) {
      raw = reach.map(() => 1);
      sum = reach.length;
    }
    const out: Share[] = [];
    reach.forEach((r, i) => {
      for (const e of r.to) out.push({ node: e.node, share: (raw[i] / sum) * e.share, role: r.l.role ?? e.role });
    });
    return out;
  };

  /** An item's own links followed by its descendants', one per target (the first stated wins). */
  const subtreeLinks = new Map<string, Link[]>();
  const collecting = new Set<string>();
  const linksUnder = (id: string): Link[] => {
    const known = subtreeLinks.get(id);
    if (known) return known;
    if (collecting.has(id)) return [];
    collecting.add(id);
    const all = [...(linksFrom.get(id) ?? [])];
    for (const c of h.children.get(id) ?? []) all.push(...linksUnder(c));
    collecting.delete(id);
    const seen = new Set<string>();
    const out = all.filter((l) => !seen.has(l.to) && (seen.add(l.to), true));
    subtreeLinks.set(id, out);
    return out;
  };

  return (item: string): Share[] => {
    const own = shareLinks(linksUnder(item), new Set());
    if (own.length) return own;
    for (const a of h.up(item).slice(1)) {
      const above = shareLinks(linksFrom.get(a) ?? [], new Set());
      if (above.length) return above;
    }
    return [];
  };
}
