#!/usr/bin/env node
// `npm run build`:
//   1. clean dist/; tsx scripts/build-shapes.ts  src/schema/shapes.generated.ts (committed) from the zod schema
//   2. tsc -p tsconfig.build.json      ES modules + .d.ts of src/ into dist/ (the npm package)
//   3. check that emitted relative imports end in .js (Node, which runs the CLI, needs them)
//   4. vite build                      dist/codi-plan-viz.iife.js (minified, everything bundled but
//                                      the on-demand parts: dist/codi-plan-viz.{geo,export,combine,explain}.js beside it)
//   5. tsx scripts/build-schema.ts     dist/plan.schema.json (skipped until that script exists)
//   6. cem analyze                     custom-elements.json at the repo root (committed)
//   7. tsx scripts/schema-doc.ts       stories/generated/schema-reference.md (committed; Storybook shows it)
//   8. make dist/cli/codi-plan.js executable
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { listFiles } from './list-files.mjs';
import { buildLazyChunks, LAZY_CHUNKS } from './lazy-chunks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const require = createRequire(import.meta.url);

function step(title, command, args) {
  console.log(`\n> ${title}`);
  const { status } = spawnSync(process.execPath, [command, ...args], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build failed at: ${title}`);
    process.exit(status ?? 1);
  }
}

/** Path of a package's bin script (packages may not export package.json). */
function binOf(packageName, binName) {
  let entry;
  try {
    entry = fileURLToPath(import.meta.resolve(packageName));
  } catch {
    entry = require.resolve(packageName);
  }
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== packageName) {
    dir = dirname(dir);
  }
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bin === 'string' ? bin : bin[binName]);
}

rmSync('dist', { recursive: true, force: true });

step('tsx scripts/build-shapes.ts', binOf('tsx', 'tsx'), ['scripts/build-shapes.ts']);

step('tsc -p tsconfig.build.json', binOf('typescript', 'tsc'), ['-p', 'tsconfig.build.json']);

// With moduleResolution "bundler" tsc accepts `import './x'`, but Node and strict bundlers do not.
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]*)['"]/g;
const extensionless = [];
for (const file of listFiles('dist', (path) => path.endsWith('.js'))) {
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
    if (!/\.(js|json)$/.test(specifier)) extensionless.push(`${file}: '${specifier}'`);
  }
}
if (extensionless.length > 0) {
  console.error(`Relative imports must name the .js file (write './x.js' for x.ts):\n  ${extensionless.join('\n  ')}`);
  process.exit(1);
}

step('vite build (IIFE bundle)', binOf('vite', 'vite'), ['build', '--logLevel', 'warn']);
console.log('\n> lazy chunks beside the IIFE (map geometry mode, SVG/PNG export, several plans, shape problems)');
await buildLazyChunks('dist');

if (existsSync('scripts/build-schema.ts')) {
  step('tsx scripts/build-schema.ts', binOf('tsx', 'tsx'), ['scripts/build-schema.ts']);
} else {
  console.log('\n> skipped dist/plan.schema.json: scripts/build-schema.ts does not exist yet');
}

step('cem analyze', binOf('@custom-elements-manifest/analyzer', 'cem'), ['analyze', '--quiet']);

step('tsx scripts/schema-doc.ts', binOf('tsx', 'tsx'), ['scripts/schema-doc.ts']);

const cli = 'dist/cli/codi-plan.js';
if (existsSync(cli)) {
  if (!readFileSync(cli, 'utf8').startsWith('#!')) {
    console.error(`${cli} lost its shebang: src/cli/codi-plan.ts must start with #!/usr/bin/env node`);
    process.exit(1);
  }
  chmodSync(cli, 0o755);
}

const bundle = 'dist/codi-plan-viz.iife.js';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nbuilt ${bundle}: ${kb(statSync(bundle).size)} minified, ${kb(gzipSync(readFileSync(bundle)).length)} gzip`,
);
for (const file of Object.values(LAZY_CHUNKS)) {
  const path = `dist/${file}`;
  console.log(`      + ${path}: ${kb(statSync(path).size)} minified, ${kb(gzipSync(readFileSync(path)).length)} gzip (loaded on demand)`);
}
