/** The nodes and flows the atoms pass through, labelled, coloured and in the plan's order. */
import type { Framework, Label, PlanItem } from '../../schema/plan.js';
import { pickLabel, type Lang } from '../../format/label.js';
import type { Hierarchy } from './hierarchy.js';
import { UNLINKED, WHOLE_FRAMEWORK, type Atom, type GraphLink, type GraphNode, type Role } from './model.js';
import { ss } from './strings.js';

export interface Assembly {
  nodes: GraphNode[];
  links: GraphLink[];
  /** Level indices with a "not itemised" node. */
  restLevels: number[];
  roles: Role[];
}

export interface AssemblyContext {
  framework: Framework;
  frameworkLabel: string;
  lang: Lang;
  h: Hierarchy;
  levelLabel: (k: number) => string;
}

export function assemble(atoms: readonly Atom[], { framework, frameworkLabel, lang, h, levelLabel }: AssemblyContext): Assembly {
  const nodes = new Map<string, GraphNode>();
  const links = new Map<string, GraphLink>();
  const restLevels = new Set<number>();
  const inF = new Map(framework.items.map((it) => [it.id, it]));
  const lower = (s: string) => (lang === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);
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
      const it = h.byId.get(id) as PlanItem;
      node.itemId = id;
      node.label = label(it.shortLabel ?? it.label, it.code);
      node.fullLabel = label(it.label, it.code);
      // Two agencies may both have an "issue 1": say whose it is wherever the full name is read.
      const agency = h.agencyTop && h.level(id) > 0 ? h.byId.get(h.up(id).find((a) => h.level(a) === 0) ?? '') : undefined;
      if (agency) node.fullLabel = `${pickLabel(agency.shortLabel ?? agency.label, lang)}: ${node.fullLabel}`;
      node.color = h.colorOf(id);
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
  const { nodeList, linkList } = ordered(atoms, nodes, links, framework, h);
  const roles = (['primary', 'secondary'] as const).filter((r) => linkList.some((l) => l.role === r));
  return { nodes: nodeList, links: linkList, restLevels: [...restLevels].sort(), roles };
}

/** Columns in the plan's order, the chart's own nodes last; flows by stage, then source and target position. */
function ordered(atoms: readonly Atom[], nodes: Map<string, GraphNode>, links: Map<string, GraphLink>, framework: Framework, h: Hierarchy): { nodeList: GraphNode[]; linkList: GraphLink[] } {
  const fwOrder = new Map(framework.items.map((it, i) => [it.id, i]));
  const rank = (n: GraphNode): number[] => {
    if (n.column === 0) return [n.id === WHOLE_FRAMEWORK ? -1 : n.id === UNLINKED ? 1e9 : (fwOrder.get(n.id) ?? 1e8)];
    const a = atoms[n.atoms[0]];
    return a.path.slice(0, n.column).map((id) => (id.startsWith('~') ? 1e9 : (h.order.get(id) ?? 1e8)));
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
  return { nodeList, linkList };
}

/** Plain string order (roles are ASCII): `localeCompare` would build a collator per call. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
