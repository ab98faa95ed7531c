// What a page downloads, min+gzip: shared by `npm run size` (which prints the figures and the
// biggest contributors) and test/unit/bundle.test.ts (which holds the budgets).
//
//   - the one-file bundle dist/codi-plan-viz.iife.js, as `npm run build` makes it (every element),
//     and beside it the parts loaded on demand (scripts/lazy-chunks.mjs);
//   - each element alone: src/charts/<chart>/define.ts bundled by Vite as a site's bundler would,
//     every dependency included, dynamic imports split off. "First load" is the entry chunk and
//     every chunk it imports statically: what the page needs before the element can draw.
//     Chunks behind import() (the map's geometry mode, SVG/PNG export, joining several plans)
//     are listed as "on demand";
//   - the shared base alone (PlanElement: lit, zod, the schema and core).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildLazyChunks, esModuleBuild, LAZY_CHUNKS } from './lazy-chunks.mjs';

/** Gzip at zlib's default level. */
export const gz = (text) => gzipSync(text).length;

/** Groups a module id: a package (node_modules/<name>), or one of our source files. */
function group(root, id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm < 0) return relative(root, clean);
  const rest = clean.slice(nm + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/** Bundles one entry as ES modules with code splitting; first load and on-demand chunks. */
async function element(root, entry, outDir) {
  const result = await build(esModuleBuild(entry, { outDir, fileName: 'entry.js', write: false }));
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !byName.has(name)) return;
    first.add(name);
    for (const dep of byName.get(name).imports) visit(dep);
  };
  for (const o of outputs) if (o.isEntry) visit(o.fileName);
  const size = (names) => names.reduce((a, n) => ({ raw: a.raw + byName.get(n).code.length, gzip: a.gzip + gz(byName.get(n).code) }), { raw: 0, gzip: 0 });
  const modules = new Map();
  for (const n of first) for (const [id, m] of Object.entries(byName.get(n).modules)) modules.set(group(root, id), (modules.get(group(root, id)) ?? 0) + m.renderedLength);
  const lazy = outputs
    .filter((o) => !first.has(o.fileName))
    .map((o) => ({ name: Object.keys(o.modules).map((id) => group(root, id)).filter((g) => g.startsWith('src/')).slice(0, 2).join(', ') || o.fileName, raw: o.code.length, gzip: gz(o.code) }));
  return { first: size([...first]), lazy, modules };
}

export async function measureSizes(root) {
  const scratch = mkdtempSync(join(tmpdir(), 'codi-size-'));
  try {
    const iifeDir = join(scratch, 'iife');
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: iifeDir, emptyOutDir: true, sourcemap: false } });
    await buildLazyChunks(iifeDir);
    const text = readFileSync(join(iifeDir, 'codi-plan-viz.iife.js'), 'utf8');
    const iife = { raw: text.length, gzip: gz(text) };
    const chunks = Object.values(LAZY_CHUNKS).map((file) => {
      const t = readFileSync(join(iifeDir, file), 'utf8');
      return { file, raw: t.length, gzip: gz(t) };
    });
    const baseEntry = join(scratch, 'base.ts');
    writeFileSync(baseEntry, `export { PlanElement } from ${JSON.stringify(join(root, 'src/core/plan-element.ts'))};\n`);
    const base = await element(root, baseEntry, join(scratch, 'base'));
    const charts = readdirSync(join(root, 'src/charts'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const elements = [];
    for (const chart of charts) elements.push({ chart, ...(await element(root, resolve(root, 'src/charts', chart, 'define.ts'), join(scratch, chart))) });
    return { iife, chunks, base, elements };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
