#!/usr/bin/env node
// `npm run size`: what a page downloads, min+gzip.
//
//   - dist/codi-plan-viz.iife.js as `npm run build` makes it (Vite, minified), every element;
//   - each element alone: an esbuild bundle of src/charts/<chart>/define.ts, minified, with every
//     dependency (as a site bundling only that import would ship), and the shared base alone;
//   - the biggest contributors to each (esbuild metafile: minified bytes per package or folder,
//     and their share of the gzip size in proportion);
//   - the map with its geometry mode (d3-geo, topojson-client) as a separately loaded chunk
//     (esbuild code splitting on its dynamic import), to show what splitting it off saves.
//
// Goals (issue 7): 45 KB gzip for the whole bundle, 25 KB per element. Prints figures only;
// the budget is enforced by test/unit/bundle.test.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const GOAL_TOTAL_KB = 45;
const GOAL_ELEMENT_KB = 25;
const TOP = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 10);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (text) => gzipSync(text).length; // the default level, as test/unit/bundle.test.ts measures
const scratch = mkdtempSync(join(tmpdir(), 'codi-size-'));

/** Groups an input path: a package (node_modules/<name>), or one of our source files. */
function group(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm < 0) return relative(root, path);
  const rest = path.slice(nm + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/** Minified bytes per group in one output, largest first, with a proportional share of its gzip size. */
function contributors(output, gzipBytes) {
  const byGroup = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) byGroup.set(group(path), (byGroup.get(group(path)) ?? 0) + bytesInOutput);
  const total = [...byGroup.values()].reduce((a, b) => a + b, 0) || 1;
  return [...byGroup].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes, gzip: (bytes / total) * gzipBytes }));
}

async function bundle(entry, { splitting = false } = {}) {
  const outdir = mkdtempSync(join(scratch, 'out-'));
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting,
    target: 'es2022',
    // Thai text as UTF-8, as Vite writes the IIFE (esbuild's default \uXXXX escapes would double it).
    charset: 'utf8',
    outdir,
    metafile: true,
    write: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([p]) => p.endsWith('.js'));
  return outputs.map(([path, output]) => {
    const text = readFileSync(path, 'utf8');
    return { path, entry: Boolean(output.entryPoint), raw: text.length, gzip: gz(text), output };
  });
}

const rows = [];
const print = (label, raw, gzip, goal) => {
  const flag = goal === undefined ? '' : gzip <= goal * 1024 ? `  within ${goal} KB` : `  over ${goal} KB by ${kb(gzip - goal * 1024)}`;
  console.log(`${label.padEnd(44)} ${kb(raw).padStart(10)} min  ${kb(gzip).padStart(9)} gzip${flag}`);
  rows.push({ label, minified: raw, gzip });
};

// ----- the one-file bundle, as `npm run build` makes it -------------------------------
await vite({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: join(scratch, 'iife'), emptyOutDir: true, sourcemap: false } });
const iife = readFileSync(join(scratch, 'iife', 'codi-plan-viz.iife.js'), 'utf8');
console.log('minified and gzip (zlib default level, as test/unit/bundle.test.ts)\n');
print('codi-plan-viz.iife.js (every element)', iife.length, gz(iife), GOAL_TOTAL_KB);

// ----- each element alone, and the shared base -----------------------------------------
const baseEntry = join(scratch, 'base.ts');
writeFileSync(baseEntry, `export { PlanElement } from ${JSON.stringify(join(root, 'src/core/plan-element.ts'))};\n`);
const charts = readdirSync('src/charts', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const alone = [];
const [base] = await bundle(baseEntry);
for (const chart of charts) {
  const [out] = await bundle(join(root, 'src/charts', chart, 'define.ts'));
  alone.push({ chart, out });
  print(`${chart} alone (src/charts/${chart}/define.ts)`, out.raw, out.gzip, GOAL_ELEMENT_KB);
}
print('shared base alone (PlanElement: lit, zod, core)', base.raw, base.gzip);

// The map with its geometry mode loaded only when `geo-src` is set.
const split = await bundle(join(root, 'src/charts/map/define.ts'), { splitting: true });
const main = split.filter((o) => o.entry).reduce((a, o) => ({ raw: a.raw + o.raw, gzip: a.gzip + o.gzip }), { raw: 0, gzip: 0 });
const lazy = split.filter((o) => !o.entry);
print('map, geometry mode split off: first load', main.raw, main.gzip, GOAL_ELEMENT_KB);
for (const o of lazy) print(`  + loaded on geo-src: ${relative(scratch, o.path).split('/').pop()}`, o.raw, o.gzip);

// ----- what the bytes are -----------------------------------------------------------------
const show = (title, out) => {
  console.log(`\n${title} (${kb(out.gzip)} gzip): biggest contributors (packages, our files), minified and ~gzip share`);
  for (const c of contributors(out.output, out.gzip).slice(0, TOP)) console.log(`  ${c.name.padEnd(44)} ${kb(c.bytes).padStart(9)}  ~${kb(c.gzip).padStart(8)}`);
};
show('shared base', base);
for (const { chart, out } of alone) show(chart, out);

rmSync(scratch, { recursive: true, force: true });
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
