/**
 * The benchmark page for ECharts, tree-shaken: `echarts/core` with only the
 * chart types, the tooltip and the renderers used. `window.bench(job)` draws
 * the same data as our element (see bench/echarts-data.ts) and times it.
 * Animations are off (ours draw without one), hovering is `highlight` +
 * `showTip` (ours emphasise the mark and show a tooltip), a drill is
 * `treemapRootToNode`.
 */
import * as echarts from 'echarts/core';
import { CustomChart, GaugeChart, SankeyChart, TreemapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { GaugeData, MapData, SankeyData, TreemapData } from '../echarts-data.js';
import { afterPaint, fetchJson, heapMb, spread, timeAction, type Job, type Sample } from './measure.js';

echarts.use([SankeyChart, TreemapChart, GaugeChart, CustomChart, TooltipComponent, SVGRenderer, CanvasRenderer]);

type Data = SankeyData | TreemapData | MapData | GaugeData;
type Option = Record<string, unknown>;

const FONT = "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif";
const tooltip = { trigger: 'item', transitionDuration: 0, confine: true };

function sankeyOption(d: SankeyData): Option {
  const label = new Map(d.nodes.map((n) => [n.id, n.label]));
  return {
    animation: false,
    tooltip,
    textStyle: { fontFamily: FONT },
    series: [
      {
        type: 'sankey',
        left: 0,
        right: 180,
        top: 30,
        bottom: 4,
        nodeWidth: 8,
        nodeAlign: 'left',
        data: d.nodes.map((n) => ({ name: n.id, depth: n.column, itemStyle: { color: n.color } })),
        links: d.links,
        label: { formatter: (p: { name: string }) => label.get(p.name) ?? p.name, width: 170, overflow: 'truncate', fontSize: 13 },
        lineStyle: { color: 'source', opacity: 0.38 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}

function treemapOption(d: TreemapData): Option {
  return {
    animation: false,
    tooltip,
    textStyle: { fontFamily: FONT },
    series: [
      {
        type: 'treemap',
        data: d.data,
        leafDepth: 2,
        visibleMin: 64,
        roam: false,
        nodeClick: 'zoomToNode',
        width: '100%',
        height: d.height - 40,
        top: 0,
        label: { show: true, fontSize: 13, overflow: 'break' },
        upperLabel: { show: true, height: 22 },
        levels: [{ itemStyle: { gapWidth: 2, borderWidth: 0 } }, { itemStyle: { gapWidth: 1, borderColorSaturation: 0.6 } }],
      },
    ],
  };
}

function mapOption(d: MapData): Option {
  const c = d.cell;
  return {
    animation: false,
    tooltip: { ...tooltip, formatter: (p: { dataIndex: number }) => `${d.tiles[p.dataIndex]?.code}: ${d.tiles[p.dataIndex]?.value ?? '–'}` },
    textStyle: { fontFamily: FONT },
    series: [
      {
        type: 'custom',
        coordinateSystem: 'none',
        data: d.tiles.map((t) => [t.col, t.row, t.value ?? 0]),
        renderItem: (params: { dataIndex: number }) => {
          const t = d.tiles[params.dataIndex] as MapData['tiles'][number];
          const x = t.col * c;
          const y = t.row * c;
          const fill = t.dark ? '#1c2530' : '#ffffff';
          return {
            type: 'group',
            children: [
              { type: 'rect', shape: { x: x + 1, y: y + 1, width: c - 2, height: c - 2 }, style: { fill: t.color } },
              { type: 'text', style: { text: t.label, x: x + c / 2, y: y + c * 0.4, align: 'center', verticalAlign: 'middle', fontSize: 11, fill } },
              { type: 'text', style: { text: t.value === null ? '' : String(t.value).replace(/\B(?=(\d{3})+(?!\d))/g, ','), x: x + c / 2, y: y + c * 0.72, align: 'center', verticalAlign: 'middle', fontSize: 10, fontWeight: 700, fill } },
            ],
          };
        },
      },
    ],
  };
}

function gaugeOption(d: GaugeData): Option {
  const r = Math.min(d.cellWidth / 2 - 28, 150) * 0.95;
  return {
    animation: false,
    tooltip,
    textStyle: { fontFamily: FONT },
    series: d.gauges.map((g, i) => {
      const col = i % d.columns;
      const row = Math.floor(i / d.columns);
      const tf = Math.max(0.004, Math.min(0.996, (g.target - g.min) / (g.max - g.min)));
      return {
        type: 'gauge',
        center: [col * d.cellWidth + d.cellWidth / 2, row * d.cellHeight + 40 + r],
        radius: r,
        startAngle: 180,
        endAngle: 0,
        min: g.min,
        max: g.max,
        splitNumber: 1,
        axisLine: { lineStyle: { width: r * 0.24, color: [[tf - 0.004, '#e3e8ee'], [tf + 0.004, '#1c2530'], [1, '#e3e8ee']] } },
        progress: { show: g.value !== null, width: r * 0.24, itemStyle: { color: g.color } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { distance: -r * 0.24 - 14, fontSize: 11, color: '#4d5a68' },
        title: { offsetCenter: [0, -r - 28], fontSize: 13, fontWeight: 700, width: d.cellWidth - 20, overflow: 'truncate' },
        detail: { offsetCenter: [0, -r * 0.25], fontSize: 24, fontWeight: 700, formatter: g.value === null ? '–' : '{value}' },
        data: [{ value: g.value ?? g.min, name: g.label }],
      };
    }),
  };
}

function optionFor(element: string, d: Data): Option {
  if (element === 'sankey') return sankeyOption(d as SankeyData);
  if (element === 'treemap') return treemapOption(d as TreemapData);
  if (element === 'map') return mapOption(d as MapData);
  return gaugeOption(d as GaugeData);
}

function size(element: string, d: Data): { width: number; height: number } {
  if (element === 'map') return { width: (d as MapData).width, height: (d as MapData).height };
  if (element === 'gauge' || element === 'board') return { width: (d as GaugeData).width, height: Math.max(230, (d as GaugeData).height) };
  return { width: 1000, height: (d as SankeyData | TreemapData).height };
}

/** Which (series, data) pairs a pointer would enter. */
function hoverTargets(element: string, d: Data, chart: echarts.ECharts): { seriesIndex: number; dataIndex: number }[] {
  if (element === 'gauge' || element === 'board') return (d as GaugeData).gauges.map((_, i) => ({ seriesIndex: i, dataIndex: 0 }));
  if (element === 'map') return (d as MapData).tiles.map((_, i) => ({ seriesIndex: 0, dataIndex: i }));
  if (element === 'sankey') return (d as SankeyData).nodes.map((_, i) => ({ seriesIndex: 0, dataIndex: i }));
  // Treemap: the top-level nodes, found by id in the series' tree data.
  const top = new Set((d as TreemapData).top);
  const list = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getId(i: number): string } } } }).getModel().getSeriesByIndex(0).getData();
  const out: { seriesIndex: number; dataIndex: number }[] = [];
  for (let i = 0; i < list.count(); i++) if (top.has(list.getId(i))) out.push({ seriesIndex: 0, dataIndex: i });
  return out;
}

window.bench = async (job: Job) => {
  const d1 = await fetchJson<Data>(`/data/echarts/${job.element}.${job.scale}.0.json`);
  const host = document.getElementById('host') as HTMLElement;
  const div = document.createElement('div');
  const { width, height } = size(job.element, d1);
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  host.append(div);
  // The chart exists before its data is set, like our element.
  const chart = echarts.init(div, null, { renderer: job.renderer ?? 'svg', width, height });
  await afterPaint();

  const first = await timeAction(() => chart.setOption(optionFor(job.element, d1)));
  const marks = div.querySelectorAll('*').length;
  const heap = await heapMb();

  const d2 = await fetchJson<Data>(`/data/echarts/${job.element}.${job.scale}.1.json`);
  const update = await timeAction(() => chart.setOption(optionFor(job.element, d2)));

  const targets = hoverTargets(job.element, d2, chart);
  const hoverOn = async (i: number) => {
    const t = targets[i] as { seriesIndex: number; dataIndex: number };
    const time = await timeAction(() => {
      chart.dispatchAction({ type: 'highlight', ...t }, { flush: true });
      chart.dispatchAction({ type: 'showTip', ...t }, { flush: true });
    });
    chart.dispatchAction({ type: 'downplay', ...t }, { flush: true });
    chart.dispatchAction({ type: 'hideTip' }, { flush: true });
    await afterPaint();
    return time;
  };
  // One hover first, not timed, as for our elements.
  await hoverOn(targets.length - 1);
  const hover: number[] = [];
  for (const i of spread(targets.length, job.hovers)) hover.push(await hoverOn(i));

  let drill: number | undefined;
  if (job.element === 'treemap' && job.drill) {
    const id = job.drill;
    drill = await timeAction(() => chart.dispatchAction({ type: 'treemapRootToNode', seriesIndex: 0, targetNodeId: id }, { flush: true }));
  }
  // A new chart on this page (code, fonts and text measurements warm), as for our elements.
  chart.dispose();
  div.remove();
  const div2 = document.createElement('div');
  div2.style.width = `${width}px`;
  div2.style.height = `${height}px`;
  host.append(div2);
  const chart2 = echarts.init(div2, null, { renderer: job.renderer ?? 'svg', width, height });
  await afterPaint();
  const remount = await timeAction(() => chart2.setOption(optionFor(job.element, d2)));
  if (!job.keep) chart2.dispose();
  return { first, update, hover, drill, heap, marks, remount };
};
