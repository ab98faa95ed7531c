/**
 * The node and flow positions of d3-sankey 0.12.3's `sankey()`, reduced to
 * the settings layout.ts uses (nodes aligned by a function, no node sort, a
 * fixed flow order, an extent) and computed with the same operations in the
 * same order, so the result is the same to the last bit.
 *
 * What differs is how a flow's offset at its ends is found while nodes are
 * relaxed. d3-sankey scans a node's flows up to the flow at every call (its
 * `sourceTop` / `targetTop`): quadratic at a node with hundreds of flows, as
 * a framework item has at 100× (six nodes of ~500 flows: ~800,000 steps per
 * pass, six passes each way). Here the flows' positions at their ends are
 * found once, the running sum along a source's flows (which depends only on
 * the source's top) is kept until that top moves, and the sums that start
 * from a value only known at the call run over a typed array of widths.
 *
 * d3-sankey: Copyright 2015, Mike Bostock. BSD-3-Clause (see
 * node_modules/d3-sankey/LICENSE).
 */

export interface FlowNode {
  index: number;
  sourceLinks: FlowLink[];
  targetLinks: FlowLink[];
  value: number;
  depth: number;
  layer: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface FlowLink {
  index: number;
  source: FlowNode;
  target: FlowNode;
  value: number;
  width: number;
  y0: number;
  y1: number;
}

export interface FlowLayoutOptions<N, L> {
  id: (node: N) => string;
  /** The column of a node (d3-sankey's `nodeAlign`). */
  align: (node: N & FlowNode, columns: number) => number;
  /** The order of the flows at a node (d3-sankey's `linkSort`). */
  linkSort: (a: L & FlowLink, b: L & FlowLink) => number;
  nodeWidth: number;
  nodePadding: number;
  iterations: number;
  extent: [[number, number], [number, number]];
}

interface LinkInput {
  source: string | object;
  target: string | object;
  value: number;
}

/** Lays the nodes and flows out in place (as d3-sankey does) and returns them. */
export function flowLayout<N extends object, L extends LinkInput>(
  input: { nodes: N[]; links: L[] },
  o: FlowLayoutOptions<N, L>,
): { nodes: (N & FlowNode)[]; links: (L & FlowLink)[] } {
  const [[x0, y0], [x1, y1]] = o.extent;
  const dx = o.nodeWidth;
  const dy = o.nodePadding;
  const nodes = input.nodes as (N & FlowNode)[];
  const links = input.links as unknown as (L & FlowLink)[];

  // computeNodeLinks
  nodes.forEach((node, i) => {
    node.index = i;
    node.sourceLinks = [];
    node.targetLinks = [];
  });
  const nodeById = new Map(nodes.map((d) => [o.id(d), d]));
  const find = (id: string): N & FlowNode => {
    const node = nodeById.get(id);
    if (!node) throw new Error('missing: ' + id);
    return node;
  };
  links.forEach((link, i) => {
    link.index = i;
    const raw = link as unknown as LinkInput;
    if (typeof raw.source !== 'object') link.source = find(raw.source);
    if (typeof raw.target !== 'object') link.target = find(raw.target);
    link.source.sourceLinks.push(link);
    link.target.targetLinks.push(link);
  });
  for (const { sourceLinks, targetLinks } of nodes) {
    sourceLinks.sort(o.linkSort as (a: FlowLink, b: FlowLink) => number);
    targetLinks.sort(o.linkSort as (a: FlowLink, b: FlowLink) => number);
  }

  // computeNodeValues
  for (const node of nodes) node.value = Math.max(sum(node.sourceLinks), sum(node.targetLinks));

  // computeNodeDepths
  {
    const n = nodes.length;
    let current = new Set<FlowNode>(nodes);
    let next = new Set<FlowNode>();
    let x = 0;
    while (current.size) {
      for (const node of current) {
        node.depth = x;
        for (const { target } of node.sourceLinks) next.add(target);
      }
      if (++x > n) throw new Error('circular link');
      current = next;
      next = new Set();
    }
  }

  // computeNodeLayers
  const count = maxOf(nodes, (d) => d.depth) + 1;
  const kx = (x1 - x0 - dx) / (count - 1);
  const columns: (N & FlowNode)[][] = new Array(count);
  for (const node of nodes) {
    const i = Math.max(0, Math.min(count - 1, Math.floor(o.align(node, count))));
    node.layer = i;
    node.x0 = x0 + i * kx;
    node.x1 = node.x0 + dx;
    if (columns[i]) columns[i].push(node);
    else columns[i] = [node];
  }

  // computeNodeBreadths
  const py = Math.min(dy, (y1 - y0) / (maxOf(columns, (c) => c.length) - 1));
  // initializeNodeBreadths
  const ky = minOf(columns, (c) => (y1 - y0 - (c.length - 1) * py) / sum(c));
  for (const column of columns) {
    let y = y0;
    for (const node of column) {
      node.y0 = y;
      node.y1 = y + node.value * ky;
      y = node.y1 + py;
      for (const link of node.sourceLinks) link.width = link.value * ky;
    }
    y = (y1 - y + py) / (column.length + 1);
    for (let i = 0; i < column.length; ++i) {
      const node = column[i];
      node.y0 += y * (i + 1);
      node.y1 += y * (i + 1);
    }
  }

  // The widths are final: each flow's place among its ends' flows (the first flow between the same two nodes, as
  // d3-sankey's scans stop at), and each node's flow widths in order.
  const n = nodes.length;
  const outWidths: Float64Array[] = new Array(n);
  const inWidths: Float64Array[] = new Array(n);
  for (const node of nodes) {
    outWidths[node.index] = Float64Array.from(node.sourceLinks, (l) => l.width);
    inWidths[node.index] = Float64Array.from(node.targetLinks, (l) => l.width);
  }
  const atSource = new Int32Array(links.length);
  const atTarget = new Int32Array(links.length);
  for (const node of nodes) {
    const firstTo = new Map<FlowNode, number>();
    node.sourceLinks.forEach((l, j) => {
      if (!firstTo.has(l.target)) firstTo.set(l.target, j);
      atSource[l.index] = firstTo.get(l.target) as number;
    });
    const firstFrom = new Map<FlowNode, number>();
    node.targetLinks.forEach((l, j) => {
      if (!firstFrom.has(l.source)) firstFrom.set(l.source, j);
      atTarget[l.index] = firstFrom.get(l.source) as number;
    });
  }
  // Running sums down a source's flows (d3-sankey's first loop of targetTop), for the source's top they were summed from.
  const runTop = new Float64Array(n).fill(NaN);
  const runs: Float64Array[] = new Array(n);
  const run = (source: FlowNode): Float64Array => {
    const i = source.index;
    if (runTop[i] === source.y0) return runs[i];
    const w = outWidths[i];
    const r = runs[i] ?? (runs[i] = new Float64Array(w.length + 1));
    let y = source.y0 - ((w.length - 1) * py) / 2;
    r[0] = y;
    for (let j = 0; j < w.length; j++) r[j + 1] = y += w[j] + py;
    runTop[i] = source.y0;
    return r;
  };
  /** Where a flow would end at its target's side for its source to stay put (d3-sankey's targetTop). */
  const targetTop = (link: FlowLink): number => {
    let y = run(link.source)[atSource[link.index]];
    const w = inWidths[link.target.index];
    for (let j = 0, end = atTarget[link.index]; j < end; j++) y -= w[j];
    return y;
  };
  /**
   * Where each flow of a source would start for its target to stay put (d3-sankey's sourceTop), into `tops`.
   * Each is its target's side less the widths of the source's flows above it, subtracted one by one as
   * d3-sankey does; four flows at a time share the loop (four independent sums run side by side).
   */
  let tops = new Float64Array(0);
  const sourceTops = (source: FlowNode): Float64Array => {
    const list = source.sourceLinks;
    const count = list.length;
    if (tops.length < count) tops = new Float64Array(count);
    const ends = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const link = list[k];
      const wt = inWidths[link.target.index];
      let y = link.target.y0 - ((wt.length - 1) * py) / 2;
      for (let j = 0, end = atTarget[link.index]; j < end; j++) y += wt[j] + py;
      tops[k] = y;
      ends[k] = atSource[link.index];
    }
    const w = outWidths[source.index];
    let k = 0;
    for (; k + 4 <= count; k += 4) {
      let a = tops[k];
      let b = tops[k + 1];
      let c = tops[k + 2];
      let d = tops[k + 3];
      const ea = ends[k];
      const eb = ends[k + 1];
      const ec = ends[k + 2];
      const ed = ends[k + 3];
      const common = Math.min(ea, eb, ec, ed);
      let j = 0;
      for (; j < common; j++) {
        const x = w[j];
        a -= x;
        b -= x;
        c -= x;
        d -= x;
      }
      for (let i = j; i < ea; i++) a -= w[i];
      for (let i = j; i < eb; i++) b -= w[i];
      for (let i = j; i < ec; i++) c -= w[i];
      for (let i = j; i < ed; i++) d -= w[i];
      tops[k] = a;
      tops[k + 1] = b;
      tops[k + 2] = c;
      tops[k + 3] = d;
    }
    for (; k < count; k++) {
      let y = tops[k];
      for (let j = 0, end = ends[k]; j < end; j++) y -= w[j];
      tops[k] = y;
    }
    return tops;
  };

  const resolveCollisionsTopToBottom = (column: FlowNode[], y: number, i: number, alpha: number) => {
    for (; i < column.length; ++i) {
      const node = column[i];
      const d = (y - node.y0) * alpha;
      if (d > 1e-6) (node.y0 += d), (node.y1 += d);
      y = node.y1 + py;
    }
  };
  const resolveCollisionsBottomToTop = (column: FlowNode[], y: number, i: number, alpha: number) => {
    for (; i >= 0; --i) {
      const node = column[i];
      const d = (node.y1 - y) * alpha;
      if (d > 1e-6) (node.y0 -= d), (node.y1 -= d);
      y = node.y0 - py;
    }
  };
  const resolveCollisions = (column: FlowNode[], alpha: number) => {
    const i = column.length >> 1;
    const subject = column[i];
    resolveCollisionsBottomToTop(column, subject.y0 - py, i - 1, alpha);
    resolveCollisionsTopToBottom(column, subject.y1 + py, i + 1, alpha);
    resolveCollisionsBottomToTop(column, y1, column.length - 1, alpha);
    resolveCollisionsTopToBottom(column, y0, 0, alpha);
  };

  for (let i = 0; i < o.iterations; ++i) {
    const alpha = Math.pow(0.99, i);
    const beta = Math.max(1 - alpha, (i + 1) / o.iterations);
    // relaxRightToLeft
    for (let c = columns.length - 2; c >= 0; --c) {
      const column = columns[c];
      for (const source of column) {
        let y = 0;
        let w = 0;
        const top = sourceTops(source);
        const list = source.sourceLinks;
        for (let k = 0; k < list.length; k++) {
          const v = list[k].value * (list[k].target.layer - source.layer);
          y += top[k] * v;
          w += v;
        }
        if (!(w > 0)) continue;
        const d = (y / w - source.y0) * alpha;
        source.y0 += d;
        source.y1 += d;
      }
      resolveCollisions(column, beta);
    }
    // relaxLeftToRight
    for (let c = 1; c < columns.length; ++c) {
      const column = columns[c];
      for (const target of column) {
        let y = 0;
        let w = 0;
        for (const link of target.targetLinks) {
          const v = link.value * (target.layer - link.source.layer);
          y += targetTop(link) * v;
          w += v;
        }
        if (!(w > 0)) continue;
        const d = (y / w - target.y0) * alpha;
        target.y0 += d;
        target.y1 += d;
      }
      resolveCollisions(column, beta);
    }
  }

  // computeLinkBreadths
  for (const node of nodes) {
    let ys = node.y0;
    let yt = ys;
    for (const link of node.sourceLinks) {
      link.y0 = ys + link.width / 2;
      ys += link.width;
    }
    for (const link of node.targetLinks) {
      link.y1 = yt + link.width / 2;
      yt += link.width;
    }
  }
  return { nodes, links };
}

/** d3-array's sum of the values (NaN and missing values left out). */
function sum(list: readonly { value: number }[]): number {
  let s = 0;
  for (const d of list) {
    const v = +d.value;
    if (v) s += v;
  }
  return s;
}

/** d3-array's max / min of an accessor (undefined and NaN left out). */
function maxOf<T>(list: readonly T[], f: (d: T) => number): number {
  let m: number | undefined;
  for (const d of list) {
    const v = f(d);
    if (v != null && (m! < v || (m === undefined && v >= v))) m = v;
  }
  return m as number;
}

function minOf<T>(list: readonly T[], f: (d: T) => number): number {
  let m: number | undefined;
  for (const d of list) {
    const v = f(d);
    if (v != null && (m! > v || (m === undefined && v >= v))) m = v;
  }
  return m as number;
}
