/**
 * What ECharts is given, derived in Node before timing from the same
 * validated plans our elements get: the sankey's nodes and flows (from our
 * pure `alignmentGraph`, so both draw the same graph with the same values),
 * the budget tree, the province totals with their colour classes, and each
 * KPI's scale, target and result. Only ECharts' own work (building the
 * option from this data, setOption, drawing) is timed; our elements are
 * timed from the raw plan, including validation and these derivations.
 */
import type { Plan } from '../src/schema/plan.js';
import { alignmentGraph } from '../src/charts/sankey/graph.js';
import { sankeyLayout } from '../src/charts/sankey/layout.js';
import { budgetTree, type BudgetNode } from '../src/charts/treemap/tree.js';
import { cellLabel } from '../src/charts/treemap/layout.js';
import { classBreaks, classIndex, completeRegions, householdFigures } from '../src/charts/map/layout.js';
import { DEFAULT_REGIONS } from '../src/charts/map/regions.js';
import { PROVINCES } from '../src/charts/map/provinces.js';
import { gaugeDomain, gaugeStatus } from '../src/charts/gauge/layout.js';
import { gaugeInput, latestResult } from '../src/charts/gauge/kpi.js';
import { approxMeasure } from '../src/format/wrap.js';
import { PALETTE, SEQUENTIAL } from '../src/core/theme.js';

export const WIDTH = 1000;

export interface SankeyData {
  height: number;
  nodes: { id: string; label: string; column: number; color: string }[];
  links: { source: string; target: string; value: number }[];
}

export interface TreeDatum {
  id: string;
  name: string;
  value: number;
  children?: TreeDatum[];
}

export interface TreemapData {
  height: number;
  data: TreeDatum[];
  /** Ids of the top-level nodes (hovered). */
  top: string[];
  /** The node drilled into: the largest top-level node with children. */
  drill: string;
}

export interface MapData {
  width: number;
  height: number;
  cell: number;
  tiles: { code: string; label: string; col: number; row: number; value: number | null; color: string; dark: boolean }[];
}

export interface GaugeDatum {
  label: string;
  value: number | null;
  min: number;
  max: number;
  target: number;
  color: string;
}

export interface GaugeData {
  width: number;
  columns: number;
  cellWidth: number;
  cellHeight: number;
  height: number;
  gauges: GaugeDatum[];
}

export function sankeyData(plan: Plan): SankeyData {
  const g = alignmentGraph(plan, { lang: 'th' });
  const geo = sankeyLayout(g, { width: WIDTH, lang: 'th', measure: (px) => approxMeasure(px), valueText: (n) => (n.value / g.scale).toFixed(2) });
  const color = (i: number) => (i >= 0 ? (PALETTE[i % PALETTE.length] as string) : '#4f5866');
  return {
    height: geo.height,
    nodes: g.nodes.map((n) => ({ id: n.id, label: n.label, column: n.column, color: n.column === 0 ? '#4f5866' : color(n.color) })),
    links: g.links.map((l) => ({ source: l.source, target: l.target, value: l.value / g.scale })),
  };
}

export function treemapData(plan: Plan): TreemapData {
  const tree = budgetTree(plan);
  if (!tree) throw new Error(`${plan.id} has no budget`);
  const datum = (n: BudgetNode): TreeDatum => ({ id: n.key, name: cellLabel(n, 'th'), value: n.units / 10_000, ...(n.children.length ? { children: n.children.map(datum) } : {}) });
  // One root line: ECharts shows its children, as our treemap does.
  const top = tree.root.children;
  const drill = [...top].filter((n) => n.children.length).sort((a, b) => b.units - a.units)[0];
  return { height: 560, data: top.map(datum), top: top.map((n) => n.key), drill: drill?.key ?? top[0]?.key ?? '' };
}

export function mapData(plan: Plan): MapData {
  const hh = plan.households;
  if (!hh) throw new Error(`${plan.id} has no households`);
  const regions = completeRegions(plan.regions?.length ? plan.regions : DEFAULT_REGIONS, { th: 'อื่น ๆ' });
  const figures = householdFigures(hh, regions, hh.projects.map((p) => p.id));
  const values = PROVINCES.map((p) => figures.provinces.get(p.code)?.value);
  const classes = classBreaks(values);
  // The same size as our tile map beside its legend in 1000 px: 11 columns of 46 px.
  const cell = 46;
  return {
    width: 11 * cell,
    height: 17 * cell,
    cell,
    tiles: PROVINCES.map((p, i) => {
      const value = values[i];
      const c = classes[classIndex(classes, value)];
      return { code: p.code, label: p.short, col: p.col, row: p.row, value: value ?? null, color: c ? (SEQUENTIAL[c.swatch] as string) : '#ffffff', dark: c ? c.darkText : true };
    }),
  };
}

export function gaugeData(plan: Plan, all: boolean): GaugeData {
  const kpis = (plan.kpis ?? []).slice(0, all ? undefined : 1);
  const columns = all ? Math.max(1, Math.floor((WIDTH + 12) / (220 + 12))) : 1;
  const cellWidth = all ? Math.floor(WIDTH / columns) : 360;
  const cellHeight = 230;
  return {
    width: all ? WIDTH : 360,
    columns,
    cellWidth,
    cellHeight,
    height: Math.ceil(kpis.length / columns) * cellHeight,
    gauges: kpis.map((kpi) => {
      const result = latestResult(plan, kpi.id);
      const input = gaugeInput(plan, kpi, result);
      const [min, max] = gaugeDomain(input);
      const status = gaugeStatus(input);
      return { label: kpi.label.th, value: result?.value ?? null, min, max, target: kpi.target.value, color: status === 'met' ? '#18794e' : status === 'not-met' ? '#b42318' : '#1f5fa8' };
    }),
  };
}

export type ElementId = 'sankey' | 'treemap' | 'map' | 'gauge' | 'board';

export function echartsData(element: ElementId, plan: Plan): SankeyData | TreemapData | MapData | GaugeData {
  switch (element) {
    case 'sankey':
      return sankeyData(plan);
    case 'treemap':
      return treemapData(plan);
    case 'map':
      return mapData(plan);
    case 'gauge':
      return gaugeData(plan, false);
    case 'board':
      return gaugeData(plan, true);
  }
}
