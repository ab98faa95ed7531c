#!/usr/bin/env node
// `npm run size`: what a page downloads, min+gzip (zlib default level), and what the bytes are.
// See scripts/measure-size.mjs for what is measured; the budgets are held by
// test/unit/bundle.test.ts. Goals (issue 7): 45 KB gzip for the whole bundle, 25 KB per element.
//
//   npm run size                 figures and the 10 biggest contributors of each element
//   npm run size -- --top=20     more contributors
//   npm run size -- --json       the figures as JSON too
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSizes } from './measure-size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const GOAL_TOTAL_KB = 45;
const GOAL_ELEMENT_KB = 25;
const TOP = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 10);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const sizes = await measureSizes(root);
const print = (label, { raw, gzip }, goal) => {
  const flag = goal === undefined ? '' : gzip <= goal * 1024 ? `  within ${goal} KB` : `  over ${goal} KB by ${kb(gzip - goal * 1024)}`;
  console.log(`${label.padEnd(52)} ${kb(raw).padStart(10)} min  ${kb(gzip).padStart(9)} gzip${flag}`);
};

console.log('minified and gzip (zlib default level)\n');
print('codi-plan-viz.iife.js (every element)', sizes.iife, GOAL_TOTAL_KB);
for (const c of sizes.chunks) print(`  + on demand: ${c.file}`, c);
console.log('');
for (const e of sizes.elements) {
  print(`${e.chart} alone: first load`, e.first, GOAL_ELEMENT_KB);
  for (const l of e.lazy) print(`  + on demand: ${l.name}`, l);
}
print('shared base alone (PlanElement: lit, schema checks, core)', sizes.base.first);

const show = (title, { first, modules }) => {
  const total = [...modules.values()].reduce((a, b) => a + b, 0) || 1;
  console.log(`\n${title} (${kb(first.gzip)} gzip): biggest contributors (packages, our files), minified and ~gzip share`);
  for (const [name, bytes] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${name.padEnd(44)} ${kb(bytes).padStart(9)}  ~${kb((bytes / total) * first.gzip).padStart(8)}`);
  }
};
show('shared base', sizes.base);
for (const e of sizes.elements) show(e.chart, e);
if (process.argv.includes('--json')) console.log(JSON.stringify({ ...sizes, base: sizes.base.first, elements: sizes.elements.map(({ modules, ...e }) => e) }, null, 2));
