/**
 * From a plan to the alignment graph: a column for the chosen framework's
 * items, then one column per plan level (development issue, program…), with
 * flows weighted by budget or by count. Pure: no DOM, no Lit.
 *
 * Money is never counted twice. Every amount sits at one plan item (its
 * budget line's item, or the nearest one above the line) and is an "atom".
 * An atom is shared among the framework items its item serves, by the
 * links' weights (equal shares for unweighted links): first the links of the
 * item and of the items under it; failing those, the nearest item above it
 * that states links; failing that, "not linked". Shares are allocated in
 * integer units (0.0001 million baht) by largest remainder, so every column
 * adds up to the plan's total exactly.
 */
import type { Framework, FrameworkItem, Label, Link, Plan, PlanItem } from '../../schema/plan.js';
import { MONEY_SCALE, toUnits } from '../../schema/money.js';
import { AGENCY_LEVEL } from '../../schema/agency.js';
import { pickLabel, type Lang } from '../../format/label.js';
import { ss } from './strings.js';

export type Weighting = 'budget' | 'count';
export type Role = 'primary' | 'secondary';

export interface GraphOptions {
  /** A framework id, or a framework kind (`national-strategy`, `sdg`…). Default: the national strategy. */
  framework?: string;
  /** Plan levels shown as columns (1–5). Default 2. */
  depth?: number;
  /** Default `budget`; falls back to `count` when a shown level has no budget. */
  weight?: Weighting;
  lang: Lang;
}

/** `~`-prefixed ids are the chart's own nodes: plan ids can never start with `~`. */
export const UNLINKED = '~unlinked';
export const WHOLE_FRAMEWORK = '~framework';

export type NodeKind = 'framework-item' | 'framework' | 'unlinked' | 'item' | 'rest' | 'none';

export interface GraphNode {
  id: string;
  /** 0 is the framework; plan level k is column k + 1. */
  column: number;
  kind: NodeKind;
  /** The plan item or framework item the node stands for. */
  itemId?: string;
  /** Short label (the item's `shortLabel` when it has one), with its printed number. */
  label: string;
  fullLabel: string;
  /** Integer units (see `AlignmentGraph.scale`). */
  value: number;
  role?: Role;
  /** Index of the top-level item (development issue, or agency in a combined plan) the node belongs to, for its colour; -1 for none. */
  color: number;
  /** Indices into `atoms` of everything that flows through the node. */
  atoms: number[];
}

export interface GraphLink {
  id: string;
  source: string;
  target: string;
  /** Integer units. */
  value: number;
  /** 0 for framework → first plan level, k for plan level k → k + 1. */
  stage: number;
  role?: Role;
  color: number;
  atoms: number[];
}

export interface AtomTarget {
  node: string;
  role?: Role;
  units: number;
}

/** An amount sitting at one plan item, and where it goes. */
export interface Atom {
  item: string;
  units: number;
  /** Node id per plan column. */
  path: string[];
  /** Its split among the framework column's nodes (units add up to `units`). */
  targets: AtomTarget[];
}

export type EmptyReason = 'noItems' | 'noFrameworks' | 'unknownFramework' | 'noLinks' | 'noValues';

export interface AlignmentGraph {
  framework?: Framework;
  frameworkLabel: string;
  columns: { title: string; levelId?: string }[];
  nodes: GraphNode[];
  links: GraphLink[];
  atoms: Atom[];
  weighting: Weighting;
  /** Set when `budget` was asked for but this level has no budget figures. */
  fallbackLevel?: string;
  /** Units per displayed unit (10,000 per million baht; 10,000 per item). */
  scale: number;
  unit: 'million-baht' | 'item';
  /** Every column's total, in units. */
  total: number;
  /** Labels of levels with a "not itemised" node. */
  restLevels: string[];
  /** The deepest level shown (for "number of programs"). */
  leafLevel: string;
  roles: Role[];
  empty?: EmptyReason;
}

const COUNT_SCALE = 10_000;
const MAX_DEPTH = 5;

/** The framework a view shows: by id, else by kind; by default the national strategy. */
export function pickFramework(plan: Plan, key?: string): Framework | undefined {
  const all = plan.frameworks ?? [];
  if (key) return all.find((f) => f.id === key) ?? all.find((f) => f.kind === key);
  const linked = new Set(linkedFrameworks(plan).map((f) => f.id));
  return all.find((f) => f.kind === 'national-strategy') ?? all.find((f) => linked.has(f.id)) ?? all[0];
}

const linkedMemo = new WeakMap<Plan, readonly Framework[]>();

/** Frameworks that some link reaches (directly, or through another framework's items). A new array each call; the scan is done once per plan (the picker asks on every render, a hover included). */
export function linkedFrameworks(plan: Plan): Framework[] {
  let linked = linkedMemo.get(plan);
  if (!linked) {
    const owner = new Map<string, string>();
    for (const f of plan.frameworks ?? []) for (const it of f.items) owner.set(it.id, f.id);
    const reached = new Set<string>();
    for (const l of plan.links ?? []) reached.add(owner.get(l.to) ?? l.to);
    linked = (plan.frameworks ?? []).filter((f) => reached.has(f.id));
    linkedMemo.set(plan, linked);
  }
  return [...linked];
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

interface Share {
  node: string;
  share: number;
  role?: Role;
}

/** Ancestors of an id, itself first, stopping at a missing parent or a loop. */
function chain(id: string, parentOf: (id: string) => string | undefined): string[] {
  const out = [id];
  const seen = new Set(out);
  for (let p = parentOf(id); p !== undefined && !seen.has(p); p = parentOf(p)) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

export function alignmentGraph(plan: Plan, options: GraphOptions): AlignmentGraph {
  const lang = options.lang;
  const levels = plan.levels ?? [];
  const depth = Math.max(1, Math.min(MAX_DEPTH, levels.length, Math.floor(options.depth ?? 2) || 2));
  const items = plan.items ?? [];
  const framework = pickFramework(plan, options.framework);
  const frameworkLabel = framework ? pickLabel(framework.label, lang) : (options.framework ?? '');
  const levelLabel = (k: number) => pickLabel(levels[k]?.label, lang);
  const lower = (s: string) => (lang === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  const columns = [{ title: frameworkLabel }, ...levels.slice(0, depth).map((l) => ({ title: pickLabel(l.label, lang), levelId: l.id }))];
  const base: AlignmentGraph = {
    framework,
    frameworkLabel,
    columns,
    nodes: [],
    links: [],
    atoms: [],
    weighting: options.weight === 'count' ? 'count' : 'budget',
    scale: MONEY_SCALE,
    unit: 'million-baht',
    total: 0,
    restLevels: [],
    leafLevel: levelLabel(depth - 1),
    roles: [],
  };
  if (!items.length || !levels.length) return { ...base, empty: 'noItems' };
  if (!plan.frameworks?.length) return { ...base, empty: 'noFrameworks' };
  if (!framework) return { ...base, empty: 'unknownFramework' };

  // ----- the plan's hierarchy ------------------------------------------------
  const levelIndex = new Map(levels.map((l, i) => [l.id, i]));
  const agencyTop = levels[0]?.id === AGENCY_LEVEL;
  const byId = new Map<string, PlanItem>();
  for (const it of items) if (!byId.has(it.id)) byId.set(it.id, it);
  const order = new Map(items.map((it, i) => [it.id, i]));
  const lvl = (id: string) => levelIndex.get(byId.get(id)?.level ?? '') ?? MAX_DEPTH;
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
  const tops = items.filter((it) => lvl(it.id) === 0).map((it) => it.id);
  const topIndex = new Map(tops.map((id, i) => [id, i]));
  const colorOf = (id: string) => {
    for (const a of up(id)) if (topIndex.has(a)) return topIndex.get(a) as number;
    return -1;
  };

  /** Node ids along the plan columns for an amount at `item`. */
  const pathOf = (item: string): string[] => {
    const anc = up(item);
    const own = lvl(item);
    const path: string[] = [];
    for (let k = 0; k < depth; k++) {
      const at = anc.find((a) => lvl(a) === k);
      path.push(at ?? (own < k ? `~rest:${k}` : `~none:${k}`));
    }
    return path;
  };

  // ----- atoms: where the amounts sit ----------------------------------------
  const atomUnits = new Map<string, number>();
  let weighting: Weighting = options.weight === 'count' ? 'count' : 'budget';
  let fallbackLevel: string | undefined;
  if (weighting === 'budget') {
    const lines = plan.budget?.lines ?? [];
    const lineById = new Map(lines.map((l) => [l.id, l]));
    // Money that reaches only an agency (several plans as one) funds none of its items, as in its own plan's chart.
    const itemOfLine = (id: string) => {
      for (const l of chain(id, (x) => lineById.get(x)?.parent)) {
        const item = lineById.get(l)?.item;
        if (item !== undefined && byId.has(item)) return agencyTop && lvl(item) === 0 ? undefined : item;
      }
      return undefined;
    };
    for (const line of lines) {
      let units = 0;
      for (const v of Object.values(line.amounts ?? {})) if (Number.isFinite(v) && v > 0) units += toUnits(v);
      const item = units > 0 ? itemOfLine(line.id) : undefined;
      if (item !== undefined) atomUnits.set(item, (atomUnits.get(item) ?? 0) + units);
    }
    // A shown level that no amount reaches would be one "not itemised" node: count instead.
    const reached = new Set<number>();
    for (const item of atomUnits.keys()) pathOf(item).forEach((n, k) => n.startsWith('~') || reached.add(k));
    for (let k = 0; k < depth; k++) {
      if (!reached.has(k)) {
        fallbackLevel = levelLabel(k);
        weighting = 'count';
        atomUnits.clear();
        break;
      }
    }
  }
  if (weighting === 'count') {
    for (const it of byId.values()) {
      const k = lvl(it.id);
      if (k < depth && !(children.get(it.id) ?? []).some((c) => lvl(c) < depth)) atomUnits.set(it.id, COUNT_SCALE);
    }
  }

  // ----- links to the chosen framework ---------------------------------------
  const fwItems = new Map<string, { item: FrameworkItem; framework: Framework }>();
  for (const f of plan.frameworks) for (const it of f.items) if (!fwItems.has(it.id)) fwItems.set(it.id, { item: it, framework: f });
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
    for (const c of children.get(id) ?? []) all.push(...linksUnder(c));
    collecting.delete(id);
    const seen = new Set<string>();
    const out = all.filter((l) => !seen.has(l.to) && (seen.add(l.to), true));
    subtreeLinks.set(id, out);
    return out;
  };

  const sharesOf = (item: string): Share[] => {
    const own = shareLinks(linksUnder(item), new Set());
    if (own.length) return own;
    for (const a of up(item).slice(1)) {
      const above = shareLinks(linksFrom.get(a) ?? [], new Set());
      if (above.length) return above;
    }
    return [];
  };

  // ----- atoms, split ----------------------------------------------------------
  const atoms: Atom[] = [];
  const sorted = [...atomUnits.entries()].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  for (const [item, units] of sorted) {
    if (!(units > 0)) continue;
    const shares = mergeShares(sharesOf(item));
    const split = allocate(units, shares.map((s) => s.share));
    const targets: AtomTarget[] = shares.map((s, i) => ({ node: s.node, role: s.role, units: split[i] })).filter((t) => t.units > 0);
    if (!targets.length) targets.push({ node: UNLINKED, units });
    atoms.push({ item, units, path: pathOf(item), targets });
  }
  const total = atoms.reduce((s, a) => s + a.units, 0);
  const common = {
    ...base,
    atoms,
    weighting,
    fallbackLevel,
    scale: weighting === 'budget' ? MONEY_SCALE : COUNT_SCALE,
    unit: weighting === 'budget' ? ('million-baht' as const) : ('item' as const),
    total,
  };
  if (!atoms.length || total <= 0) return { ...common, empty: 'noValues' };
  if (atoms.every((a) => a.targets.every((t) => t.node === UNLINKED))) return { ...common, empty: 'noLinks' };

  // ----- nodes and links -------------------------------------------------------
  const nodes = new Map<string, GraphNode>();
  const links = new Map<string, GraphLink>();
  const restLevels = new Set<number>();
  const label = (l: Label | undefined, code?: string) => `${code ? `${code} ` : ''}${pickLabel(l, lang)}`.trim();
  const makeNode = (id: string, column: number): GraphNode => {
    let n = nodes.get(id);
    if (n) return n;
    const node: GraphNode = { id, column, kind: 'item', label: '', fullLabel: '', value: 0, color: -1, atoms: [] };
    if (column === 0) {
      const fi = inF.get(id);
      node.kind = id === UNLINKED ? 'unlinked' : id === WHOLE_FRAMEWORK ? 'framework' : 'framework-item';
      node.itemId = fi?.id ?? (id === WHOLE_FRAMEWORK ? framework.id : undefined);
      node.role = fi?.role;
      node.label = node.fullLabel = fi ? label(fi.label, fi.code) : id === UNLINKED ? ss('unlinked', lang) : ss('wholeFramework', lang, { framework: frameworkLabel });
    } else if (id.startsWith('~')) {
      const k = column - 1;
      node.kind = id.startsWith('~rest') ? 'rest' : 'none';
      if (node.kind === 'rest') restLevels.add(k);
      node.label = node.fullLabel = ss(node.kind === 'rest' ? 'rest' : 'none', lang, { level: lower(levelLabel(k)) });
    } else {
      const it = byId.get(id) as PlanItem;
      node.itemId = id;
      node.label = label(it.shortLabel ?? it.label, it.code);
      node.fullLabel = label(it.label, it.code);
      // Two agencies may both have an "issue 1": say whose it is wherever the full name is read.
      const agency = agencyTop && lvl(id) > 0 ? byId.get(up(id).find((a) => lvl(a) === 0) ?? '') : undefined;
      if (agency) node.fullLabel = `${pickLabel(agency.shortLabel ?? agency.label, lang)}: ${node.fullLabel}`;
      node.color = colorOf(id);
    }
    nodes.set(id, node);
    return node;
  };
  const addLink = (source: string, target: string, stage: number, units: number, atom: number, role?: Role) => {
    const id = `${source}→${target}${role ? `|${role}` : ''}`;
    let l = links.get(id);
    if (!l) {
      const s = nodes.get(source) as GraphNode;
      const t = nodes.get(target) as GraphNode;
      l = { id, source, target, value: 0, stage, role, color: stage === 0 || s.color < 0 ? t.color : s.color, atoms: [] };
      links.set(id, l);
    }
    l.value += units;
    if (l.atoms[l.atoms.length - 1] !== atom) l.atoms.push(atom);
  };
  const touch = (n: GraphNode, units: number, atom: number) => {
    n.value += units;
    if (n.atoms[n.atoms.length - 1] !== atom) n.atoms.push(atom);
  };
  atoms.forEach((a, ai) => {
    a.path.forEach((id, k) => touch(makeNode(id, k + 1), a.units, ai));
    for (const t of a.targets) {
      touch(makeNode(t.node, 0), t.units, ai);
      addLink(t.node, a.path[0], 0, t.units, ai, t.role);
    }
    for (let k = 1; k < a.path.length; k++) addLink(a.path[k - 1], a.path[k], k, a.units, ai);
  });
  // Rest nodes take their parents' colour when they have only one (incoming colours gathered in one pass).
  const incoming = new Map<string, Set<number>>();
  for (const l of links.values()) {
    const set = incoming.get(l.target);
    if (set) set.add(l.color);
    else incoming.set(l.target, new Set([l.color]));
  }
  for (const n of nodes.values()) {
    if (n.color >= 0 || n.column === 0) continue;
    const colors = incoming.get(n.id);
    if (colors?.size === 1) n.color = [...colors][0] as number;
  }

  // Columns in the plan's order; the chart's own nodes last.
  const fwOrder = new Map(framework.items.map((it, i) => [it.id, i]));
  const rank = (n: GraphNode): number[] => {
    if (n.column === 0) return [n.id === WHOLE_FRAMEWORK ? -1 : n.id === UNLINKED ? 1e9 : (fwOrder.get(n.id) ?? 1e8)];
    const a = atoms[n.atoms[0]];
    return a.path.slice(0, n.column).map((id) => (id.startsWith('~') ? 1e9 : (order.get(id) ?? 1e8)));
  };
  const ranks = new Map([...nodes.values()].map((n) => [n.id, rank(n)]));
  const cmp = (a: GraphNode, b: GraphNode) => {
    if (a.column !== b.column) return a.column - b.column;
    const ra = ranks.get(a.id) as number[];
    const rb = ranks.get(b.id) as number[];
    // Chart nodes (rest, not linked) go last in their column whatever their parent.
    const ca = a.id.startsWith('~') ? 1 : 0;
    const cb = b.id.startsWith('~') ? 1 : 0;
    if (ca !== cb) return ca - cb;
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const nodeList = [...nodes.values()].sort(cmp);
  const position = new Map(nodeList.map((n, i) => [n.id, i]));
  const linkList = [...links.values()].sort(
    (a, b) => a.stage - b.stage || (position.get(a.source) as number) - (position.get(b.source) as number) || (position.get(a.target) as number) - (position.get(b.target) as number) || byCodeUnit(a.role ?? '', b.role ?? ''),
  );
  const roles = (['primary', 'secondary'] as const).filter((r) => linkList.some((l) => l.role === r));
  return {
    ...common,
    nodes: nodeList,
    links: linkList,
    restLevels: [...restLevels].sort().map((k) => levelLabel(k)),
    roles,
  };
}

/** Plain string order (roles are ASCII): `localeCompare` would build a collator per call. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds up shares that land on the same node with the same role. */
function mergeShares(shares: Share[]): Share[] {
  const out: Share[] = [];
  for (const s of shares) {
    const same = out.find((o) => o.node === s.node && o.role === s.role);
    if (same) same.share += s.share;
    else out.push({ ...s });
  }
  return out;
}

/** A graph's nodes and flows by id, and the first node standing for each plan or framework item; built once per graph. */
export interface GraphIndex {
  node: ReadonlyMap<string, GraphNode>;
  link: ReadonlyMap<string, GraphLink>;
  /** By plan or framework item id, else by node id: the first node in the graph's order (what a `highlight` names). */
  named: ReadonlyMap<string, GraphNode>;
}

const indexes = new WeakMap<AlignmentGraph, GraphIndex>();

/** The index of a graph (a hover looks nodes and flows up by id; a linear search per look-up cost milliseconds at 100×). */
export function graphIndex(graph: AlignmentGraph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) {
    const named = new Map<string, GraphNode>();
    for (const n of graph.nodes) {
      if (n.itemId !== undefined && !named.has(n.itemId)) named.set(n.itemId, n);
      if (!named.has(n.id)) named.set(n.id, n);
    }
    index = { node: new Map(graph.nodes.map((n) => [n.id, n])), link: new Map(graph.links.map((l) => [l.id, l])), named };
    indexes.set(graph, index);
  }
  return index;
}

/** What lies upstream and downstream of a node or a flow: the paths of the amounts through it. */
export function related(graph: AlignmentGraph, target: { node?: string; link?: string }): { nodes: Set<string>; links: Set<string> } {
  const nodes = new Set<string>();
  const links = new Set<string>();
  const index = graphIndex(graph);
  let atomIds: number[] = [];
  let onlyFrom: string | undefined;
  let onlyRole: string | undefined;
  if (target.node) {
    const n = index.node.get(target.node);
    if (!n) return { nodes, links };
    atomIds = n.atoms;
    if (n.column === 0) onlyFrom = n.id;
  } else if (target.link) {
    const l = index.link.get(target.link);
    if (!l) return { nodes, links };
    atomIds = l.atoms;
    if (l.stage === 0) {
      onlyFrom = l.source;
      onlyRole = l.role ?? '';
    }
  }
  for (const i of atomIds) {
    const a = graph.atoms[i];
    for (const t of a.targets) {
      if (onlyFrom !== undefined && (t.node !== onlyFrom || (onlyRole !== undefined && (t.role ?? '') !== onlyRole))) continue;
      links.add(`${t.node}→${a.path[0]}${t.role ? `|${t.role}` : ''}`);
      nodes.add(t.node);
    }
    a.path.forEach((id, k) => {
      nodes.add(id);
      if (k > 0) links.add(`${a.path[k - 1]}→${id}`);
    });
  }
  return { nodes, links };
}

/** How a node's amount is split among the framework column's nodes, or a framework node's among the first plan column. */
export function breakdown(graph: AlignmentGraph, nodeId: string): { node: GraphNode; units: number }[] {
  const byId = graphIndex(graph).node;
  const sums = new Map<string, number>();
  const n = byId.get(nodeId);
  if (!n) return [];
  for (const i of n.atoms) {
    const a = graph.atoms[i];
    if (n.column === 0) {
      for (const t of a.targets) if (t.node === nodeId) sums.set(a.path[0], (sums.get(a.path[0]) ?? 0) + t.units);
    } else {
      for (const t of a.targets) sums.set(t.node, (sums.get(t.node) ?? 0) + t.units);
    }
  }
  return [...sums.entries()]
    .map(([id, units]) => ({ node: byId.get(id) as GraphNode, units }))
    .filter((x) => x.node)
    .sort((a, b) => b.units - a.units);
}

/** Which items make up a framework flow, each with the share of its own amount that the flow carries. */
export function contributions(graph: AlignmentGraph, linkId: string): { node: GraphNode; units: number; share: number }[] {
  const { node: byId, link: byLink } = graphIndex(graph);
  const link = byLink.get(linkId);
  if (!link) return [];
  const leaf = graph.columns.length - 2;
  const carried = new Map<string, number>();
  for (const i of link.atoms) {
    const a = graph.atoms[i];
    const key = a.path[leaf];
    let units = a.units;
    if (link.stage === 0) units = a.targets.filter((t) => t.node === link.source && (t.role ?? '') === (link.role ?? '')).reduce((s, t) => s + t.units, 0);
    carried.set(key, (carried.get(key) ?? 0) + units);
  }
  // A leaf node's value is the sum of the amounts through it: the whole its share is of.
  return [...carried.entries()]
    .map(([id, units]) => ({ node: byId.get(id) as GraphNode, units, share: units / (byId.get(id)?.value || units) }))
    .filter((x) => x.node && x.units > 0)
    .sort((a, b) => b.units - a.units);
}
