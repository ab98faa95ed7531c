/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --canvas] [-- --only sankey,treemap]`
 *
 * Each of our elements beside the equivalent ECharts chart (tree-shaken, SVG
 * renderer) on the same generated plans (bench/data.ts), in headless
 * Chromium: time to first render, to update on a data change, to respond to
 * a hover (and, for the treemap, a drill), and the JS heap after the first
 * render. Every sample is a fresh page; the two libraries alternate which
 * goes first. Medians over the runs, and the ratio ours / ECharts; printed as
 * a table and written to bench/results.json. See bench/README.md.
 */
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/find-chrome.mjs';
import { validatePlan } from '../src/schema/validate.js';
import { planFor, type ScaleId } from './data.js';
import { echartsData, type ElementId } from './echarts-data.js';
import type { Job, Sample } from './page/measure.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('quick');
const runs = Number(option('runs') ?? (quick ? 3 : 7));
const hovers = quick ? 3 : 5;
const canvas = flag('canvas');
const only = option('only')?.split(',');

/** Element × scales. The treemap also gets a national budget; the board a plan of 100 KPIs. */
const MATRIX: [ElementId, ScaleId[]][] = [
  ['sankey', ['codi', 'x10', 'x100']],
  ['treemap', ['codi', 'x10', 'x100', 'national']],
  ['map', ['codi', 'x10', 'x100']],
  ['gauge', ['codi', 'x10', 'x100']],
  ['board', ['codi', 'kpi100', 'x10', 'x100']],
];
const matrix = MATRIX.filter(([e]) => !only || only.includes(e));

const log = (s: string) => process.stderr.write(`${s}\n`);
const started = performance.now();

// ----- data: generated, validated once, ECharts' input derived ---------------------
const files = new Map<string, string>();
const drillTarget = new Map<ScaleId, string>();
const scales = [...new Set(matrix.flatMap(([, s]) => s))];
for (const scale of scales) {
  for (const variant of [0, 1] as const) {
    const plan = planFor(scale, variant);
    const json = JSON.stringify(plan);
    const result = validatePlan(JSON.parse(json));
    if (!result.ok) throw new Error(`generated plan ${scale}.${variant} is invalid: ${JSON.stringify(result.problems.slice(0, 5))}`);
    files.set(`/data/${scale}.${variant}.json`, json);
    for (const [element, list] of matrix) {
      if (!list.includes(scale)) continue;
      const data = echartsData(element, result.plan);
      files.set(`/data/echarts/${element}.${scale}.${variant}.json`, JSON.stringify(data));
      if (element === 'treemap' && variant === 0) drillTarget.set(scale, (data as { drill: string }).drill);
    }
  }
  log(`data ${scale}: ${(files.get(`/data/${scale}.0.json`)?.length ?? 0).toLocaleString('en')} bytes, valid`);
}

// ----- pages: production bundles (Lit without its dev build), minified -----------
const bundles = await build({
  entryPoints: { ours: join(here, 'page/ours.ts'), echarts: join(here, 'page/echarts.ts') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  outdir: 'out',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
for (const f of bundles.outputFiles) files.set(`/${f.path.split('/').pop()}`, f.text);
const page = (script: string) => `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0;font-family:Sarabun,'Noto Sans Thai',Tahoma,sans-serif}#host{width:1000px;padding:8px}</style></head>
<body><div id="host"></div><script type="module" src="/${script}.js"></script></body></html>`;
files.set('/ours.html', page('ours'));
files.set('/echarts.html', page('echarts'));

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const body = files.get(path);
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  if (body === undefined) return void res.writeHead(404).end();
  const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : path.endsWith('.js') ? 'text/javascript' : 'application/json';
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// ----- browser ----------------------------------------------------------------------
const executablePath = findChrome();
if (!executablePath) throw new Error('No Chrome or Chromium found: run node scripts/find-chrome.mjs --install, or set CHROME_PATH.');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
  ],
});
const chromium = await browser.version();

type Lib = 'ours' | 'echarts' | 'echarts-canvas';
const libs: Lib[] = canvas ? ['ours', 'echarts', 'echarts-canvas'] : ['ours', 'echarts'];
const samples = new Map<string, Sample[]>();
const key = (lib: Lib, element: string, scale: string) => `${lib}|${element}|${scale}`;

async function sample(lib: Lib, element: ElementId, scale: ScaleId): Promise<Sample> {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await tab.goto(`${origin}/${lib === 'ours' ? 'ours' : 'echarts'}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => typeof window.bench === 'function');
    const job: Job = { element, scale, hovers, drill: drillTarget.get(scale), renderer: lib === 'echarts-canvas' ? 'canvas' : 'svg' };
    const result = await tab.evaluate((j) => window.bench(j), job);
    if (errors.length) throw new Error(errors.join('\n'));
    return result;
  } finally {
    await tab.close();
  }
}

for (let run = 0; run < runs; run++) {
  for (const [element, list] of matrix) {
    for (const scale of list) {
      // Alternate which library goes first, so neither always runs on a warmer machine.
      const order = run % 2 === 0 ? libs : [...libs].reverse();
      for (const lib of order) {
        const t = performance.now();
        const s = await sample(lib, element, scale);
        if (flag('verbose')) log(`  ${lib} ${element} ${scale}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
        const k = key(lib, element, scale);
        samples.set(k, [...(samples.get(k) ?? []), s]);
      }
    }
  }
  log(`run ${run + 1}/${runs} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
await browser.close();
server.close();

// ----- medians, ratios, table ---------------------------------------------------------
const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const METRICS: [string, (s: Sample) => number[]][] = [
  ['first_render', (s) => [s.first]],
  ['update', (s) => [s.update]],
  ['hover', (s) => s.hover],
  ['drill', (s) => (s.drill === undefined ? [] : [s.drill])],
  ['remount', (s) => [s.remount]],
  ['heap_mb', (s) => [s.heap]],
];

interface Row {
  element: string;
  scale: string;
  metric: string;
  ours_ms: number;
  echarts_ms: number | null;
  ratio: number | null;
  echarts_renderer?: 'canvas';
}
const rows: Row[] = [];
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
for (const [element, list] of matrix) {
  for (const scale of list) {
    for (const [metric, pick] of METRICS) {
      const ours = median((samples.get(key('ours', element, scale)) ?? []).flatMap(pick));
      if (!Number.isFinite(ours)) continue;
      for (const lib of libs.slice(1)) {
        const theirs = median((samples.get(key(lib, element, scale)) ?? []).flatMap(pick));
        rows.push({ element, scale, metric, ours_ms: round(ours), echarts_ms: round(theirs), ratio: round(ours / theirs, 3), ...(lib === 'echarts-canvas' ? { echarts_renderer: 'canvas' as const } : {}) });
      }
    }
    // What validating the plan alone costs us (ECharts validates nothing): part of first_render, update and remount.
    const validate = median((samples.get(key('ours', element, scale)) ?? []).flatMap((s) => (s.validate === undefined ? [] : [s.validate])));
    if (Number.isFinite(validate)) rows.push({ element, scale, metric: 'validate', ours_ms: round(validate), echarts_ms: null, ratio: null });
  }
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);

const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));
const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));
const header = ['element', 'scale', 'metric', 'ours', 'echarts', 'ratio'];
const widths = [8, 9, 13, 9, 9, 7];
const lines = [header.map((h, i) => pad(h, widths[i] as number, i >= 3)).join('  ')];
for (const r of rows) {
  if (r.echarts_renderer) continue;
  lines.push([r.element, r.scale, r.metric, fmt(r.ours_ms), r.echarts_ms === null ? '–' : fmt(r.echarts_ms), r.ratio === null ? '–' : r.ratio.toFixed(2)].map((c, i) => pad(c, widths[i] as number, i >= 3)).join('  '));
}
const canvasRows = rows.filter((r) => r.echarts_renderer);
console.log(`\nMedians of ${runs} runs (ms; heap_mb in MB), ratio = ours / ECharts (SVG renderer). ${chromium}`);
console.log(lines.join('\n'));
if (canvasRows.length) {
  console.log('\nAgainst ECharts with the canvas renderer:');
  for (const r of canvasRows) console.log(`${pad(r.element, 8)}  ${pad(r.scale, 9)}  ${pad(r.metric, 13)}  ${pad(fmt(r.ours_ms), 9, true)}  ${pad(fmt(r.echarts_ms ?? NaN), 9, true)}  ${pad((r.ratio ?? NaN).toFixed(2), 7, true)}`);
}
console.log(`\nWrote bench/results.json (${rows.length} rows) in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
