/**
 * Alignment sankey geometry: node boxes, flow paths and labels from the
 * graph and a width. Pure: no DOM, no Lit; text is measured by the function
 * the caller passes (a canvas in the browser, `approxMeasure` in tests).
 *
 * Each column is a coloured bar with a label zone to its right, and flows
 * leave a node from the far edge of that zone, so a label never sits on a
 * flow and labels of different columns never meet. Within a column, labels
 * are placed beside their node, biggest node first, and a label that cannot
 * be placed without touching another is shortened, then left out (its value
 * stays reachable by focus, tooltip and table).
 */
import { sankeyLinkHorizontal } from 'd3-sankey';
import type { Lang } from '../../format/label.js';
import { wrapText, type Measure } from '../../format/wrap.js';
import type { AlignmentGraph, GraphNode } from './graph.js';
import { flowLayout } from './flow-layout.js';

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** A text measure at a font size in px (bold for column titles). */
  measure: (px: number, bold?: boolean) => Measure;
  /** The value printed under a node's label (e.g. "4,957.02"); '' for none. */
  valueText: (node: GraphNode) => string;
  /** Tallest drawing area for the flows (px); labels that do not fit in it are left out. */
  maxHeight?: number;
}

export interface TextLine {
  text: string;
  /** Start of the text, when it differs from its block's. */
  x?: number;
  /** Baseline. */
  y: number;
}

export interface LabelBox {
  x: number;
  /** Top of the block. */
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
  value?: TextLine;
  truncated: boolean;
}

export interface NodeBox {
  id: string;
  column: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Right edge of the coloured bar; the label zone runs from here to x1. */
  barX1: number;
  label?: LabelBox;
}

export interface LinkPath {
  id: string;
  d: string;
  width: number;
}

export interface ColumnBox {
  x: number;
  width: number;
  lines: TextLine[];
}

export interface SankeyGeometry {
  width: number;
  height: number;
  font: number;
  valueFont: number;
  lineHeight: number;
  headerHeight: number;
  columns: ColumnBox[];
  nodes: NodeBox[];
  links: LinkPath[];
  /** Nodes whose label could not be placed. */
  dropped: number;
}

const BAR = 8;
const PAD = 6;
const MIN_LABEL = 76;
const MIN_GAP = 24;
const LABEL_GAP = 3;

interface Metrics {
  font: number;
  valueFont: number;
  lh: number;
  vlh: number;
  labelWidth: number;
  nodeWidth: number;
  gap: number;
}

function metrics(width: number, columns: number): Metrics {
  const font = width < 600 ? 12 : 13;
  const valueFont = font - 1;
  const maxLabel = width >= 1100 ? 220 : width >= 700 ? 170 : 130;
  const gapWanted = width >= 1100 ? 120 : width >= 700 ? 72 : MIN_GAP;
  const room = width - columns * (BAR + PAD) - (columns - 1) * gapWanted;
  const labelWidth = Math.max(40, Math.min(maxLabel, Math.floor(room / columns)));
  const nodeWidth = BAR + PAD + labelWidth;
  const gap = columns > 1 ? (width - columns * nodeWidth) / (columns - 1) : 0;
  return { font, valueFont, lh: Math.ceil(font * 1.45), vlh: Math.ceil(valueFont * 1.4), labelWidth, nodeWidth, gap };
}

/** How many plan levels fit beside the framework column at this width (at least one). */
export function fitDepth(width: number, wanted: number): number {
  let depth = Math.max(1, Math.floor(wanted));
  while (depth > 1 && width < (depth + 1) * (BAR + PAD + MIN_LABEL) + depth * MIN_GAP) depth--;
  return depth;
}

interface Variant {
  lines: string[];
  value: string;
  /** The value follows the last line when it fits there, else it takes a line of its own. */
  inline: boolean;
  lastWidth: number;
  height: number;
  width: number;
  truncated: boolean;
}

const VALUE_SPACE = 6;

interface Spec {
  lines: number;
  value: boolean;
}
/** Label forms tried in turn: up to 3 lines with the value, then 2, then 1, then 1 line alone. */
const SPECS: Spec[] = [
  { lines: 3, value: true },
  { lines: 2, value: true },
  { lines: 1, value: true },
  { lines: 1, value: false },
];

export function sankeyLayout(graph: AlignmentGraph, options: LayoutOptions): SankeyGeometry {
  const width = Math.max(160, Number.isFinite(options.width) ? Math.floor(options.width) : 0);
  const count = graph.columns.length;
  const m = metrics(width, count);
  const measure = options.measure(m.font);
  const valueMeasure = options.measure(m.valueFont);
  const titleMeasure = options.measure(m.font, true);
  const lang = options.lang;

  // Column titles, over each column's bar and label zone.
  const titles = graph.columns.map((c) => wrapText(c.title, m.nodeWidth, titleMeasure, { lang, maxLines: 2 }).lines);
  const titleLines = Math.max(1, ...titles.map((t) => t.length));
  const headerHeight = titleLines * m.lh + 10;

  // Every label in a few forms, from full to one line without its value; each wrapped when first needed.
  const form = (n: GraphNode, spec: Spec): Variant | undefined => {
    const value = spec.value ? options.valueText(n) : '';
    const vw = value ? valueMeasure(value) : 0;
    const w = wrapText(n.label, m.labelWidth, measure, { lang, maxLines: spec.lines });
    if (!w.lines.length) return undefined;
    const shown = value && vw <= m.labelWidth ? value : '';
    const lastWidth = measure(w.lines[w.lines.length - 1]);
    const inline = Boolean(shown) && lastWidth + VALUE_SPACE + vw <= m.labelWidth;
    const height = w.lines.length * m.lh + (shown && !inline ? m.vlh : 0);
    return { lines: w.lines, value: shown, inline, lastWidth, height, width: Math.max(w.width, shown ? (inline ? lastWidth + VALUE_SPACE + vw : vw) : 0), truncated: w.truncated };
  };
  const cache = new Map<string, (Variant | undefined)[]>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const variant = (id: string, k: number): Variant | undefined => {
    let list = cache.get(id);
    if (!list) cache.set(id, (list = []));
    if (!(k in list)) {
      const n = byId.get(id);
      list[k] = n ? form(n, SPECS[k]) : undefined;
    }
    return list[k];
  };

  // Room between nodes for most labels of the fullest column; the flows get the rest.
  const perColumn = graph.columns.map((_, c) => graph.nodes.filter((n) => n.column === c));
  const fullest = perColumn.reduce((a, b) => (b.length > a.length ? b : a), []);
  // Sampled: the typical label of a column of hundreds is known from a few dozen.
  const step = Math.max(1, Math.floor(fullest.length / 40));
  const heights = fullest.filter((_, i) => i % step === 0).map((n) => variant(n.id, 0)?.height ?? m.lh).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length * 0.6)] ?? m.lh;
  const gapWanted = Math.max(m.lh, Math.min(3 * m.lh, typical)) + LABEL_GAP;
  const maxBody = Math.max(200, options.maxHeight ?? 1600);
  const minBody = Math.min(520, Math.max(240, width * 0.45));
  let body = Math.round(Math.min(maxBody, Math.max(minBody, ((fullest.length - 1) * gapWanted) / 0.65)));

  let result: SankeyGeometry | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    result = place(graph, m, width, headerHeight, body, Math.min(gapWanted, (body * 0.7) / Math.max(1, fullest.length - 1)), variant);
    if (result.dropped === 0 || body >= maxBody) break;
    body = Math.min(maxBody, Math.ceil(body * 1.2));
  }
  const geometry = result as SankeyGeometry;
  geometry.columns = titles.map((lines, c) => {
    const x = c * (m.nodeWidth + m.gap);
    return { x, width: m.nodeWidth, lines: lines.map((text, i) => ({ text, y: Math.round(i * m.lh + m.lh * 0.78) })) };
  });
  return geometry;
}

interface Datum {
  id: string;
  column: number;
}

function place(graph: AlignmentGraph, m: Metrics, width: number, top: number, body: number, padding: number, variant: (id: string, k: number) => Variant | undefined): SankeyGeometry {
  // d3-sankey's layout with these settings, without its quadratic scans (flow-layout.ts).
  const out = flowLayout(
    {
      nodes: graph.nodes.map((n): Datum => ({ id: n.id, column: n.column })),
      links: graph.links.map((l) => ({ id: l.id, source: l.source, target: l.target, value: l.value })),
    },
    {
      id: (d) => d.id,
      align: (d) => d.column,
      // Nodes keep their column order (no node sort), so the flows at a node end in that order too:
      // sorting them once here gives the final order (d3-sankey would re-sort the flows of every
      // neighbour after each move: quadratic at a framework item).
      linkSort: (a, b) => a.source.index - b.source.index || a.target.index - b.target.index || a.index - b.index,
      nodeWidth: m.nodeWidth,
      nodePadding: padding,
      iterations: 6,
      extent: [
        [0, top],
        [width, top + body],
      ],
    },
  );
  const edge = sankeyLinkHorizontal();
  /**
   * A flow as a ribbon: its top edge left to right and its bottom edge back,
   * both drawn by sankeyLinkHorizontal. A wide stroke along one curve folds
   * over itself where a thick flow drops steeply across a narrow gap; two
   * edges never do.
   */
  const ribbon = (sx: number, tx: number, y0: number, y1: number, w: number): string => {
    const h = w / 2;
    const top = edge({ source: { x1: sx }, target: { x0: tx }, y0: y0 - h, y1: y1 - h } as never) ?? '';
    const back = edge({ source: { x1: tx }, target: { x0: sx }, y0: y1 + h, y1: y0 + h } as never) ?? '';
    return top && back ? `${top}L${back.slice(1)}Z` : '';
  };
  const round = (x: number) => Math.round(x * 100) / 100;
  const nodes: NodeBox[] = out.nodes.map((n) => {
    const x0 = n.x0 ?? 0;
    return { id: n.id, column: n.column, x0: round(x0), x1: round(n.x1 ?? 0), y0: round(n.y0 ?? top), y1: round(n.y1 ?? top), barX1: round(x0 + BAR) };
  });
  const links: LinkPath[] = out.links.map((l) => {
    const s = l.source as { x1?: number };
    const t = l.target as { x0?: number };
    const w = Math.max(0, l.width ?? 0);
    return { id: l.id, d: ribbon(s.x1 ?? 0, t.x0 ?? 0, l.y0 ?? 0, l.y1 ?? 0, Math.max(1.5, w)), width: w };
  });

  let dropped = 0;
  const tol = m.lh / 2;
  const value = new Map(graph.nodes.map((n) => [n.id, n.value]));
  for (let c = 0; c < graph.columns.length; c++) {
    const col = nodes.filter((n) => n.column === c);
    const byImportance = [...col].sort((a, b) => (value.get(b.id) ?? 0) - (value.get(a.id) ?? 0) || a.y0 - b.y0);
    const placed: { y0: number; y1: number }[] = [];
    /** The free top closest to centring a block of height h on the node, if any. */
    const slot = (n: NodeBox, h: number): number | undefined => {
      const centre = (n.y0 + n.y1) / 2;
      const lo = Math.max(top, centre - h - tol);
      const hi = Math.min(top + body - h, centre + tol);
      if (lo > hi) return undefined;
      const near = placed.filter((p) => p.y1 + LABEL_GAP > lo && p.y0 - LABEL_GAP < hi + h);
      const free = (y: number) => near.every((p) => y + h + LABEL_GAP <= p.y0 || y >= p.y1 + LABEL_GAP);
      const ideal = Math.min(hi, Math.max(lo, centre - h / 2));
      const candidates = [ideal, ...near.flatMap((p) => [p.y1 + LABEL_GAP, p.y0 - LABEL_GAP - h])]
        .filter((y) => y >= lo - 1e-9 && y <= hi + 1e-9 && free(y))
        .sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal));
      return candidates[0];
    };
    for (const n of byImportance) {
      let box: LabelBox | undefined;
      // No room for even one line: leave the label out without wrapping it (most nodes of a huge column).
      const room = n.y1 - n.y0 + 2 * padding + 2 * tol;
      for (let k = 0; k < SPECS.length && slot(n, m.lh) !== undefined; k++) {
        // Forms with more lines than the room around the node holds are not even wrapped.
        if (k < SPECS.length - 1 && (SPECS[k].lines - 1) * m.lh > room) continue;
        const v = variant(n.id, k);
        if (!v) continue;
        const at = slot(n, v.height);
        if (at === undefined) continue;
        const y = round(at);
        const x = n.barX1 + PAD;
        const lines = v.lines.map((text, i) => ({ text, y: round(y + i * m.lh + m.lh * 0.78) }));
        const last = lines[lines.length - 1];
        const valueLine = !v.value
          ? undefined
          : v.inline
            ? { text: v.value, x: round(x + v.lastWidth + VALUE_SPACE), y: last.y }
            : { text: v.value, x: round(x), y: round(y + v.lines.length * m.lh + m.vlh * 0.78) };
        box = { x: round(x), y, width: round(v.width), height: v.height, lines, value: valueLine, truncated: v.truncated };
        break;
      }
      if (box) {
        placed.push({ y0: box.y, y1: box.y + box.height });
        n.label = box;
      } else dropped++;
    }
  }
  return {
    width,
    height: Math.ceil(top + body + 4),
    font: m.font,
    valueFont: m.valueFont,
    lineHeight: m.lh,
    headerHeight: top,
    columns: [],
    nodes,
    links,
    dropped,
  };
}
