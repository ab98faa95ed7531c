/** What a hover asks of a graph: nodes and flows by id, what lies upstream and downstream of a mark, and how its amount is split. */
import type { AlignmentGraph, GraphLink, GraphNode } from './model.js';

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
