// The npm package as a user gets it: build (npm test runs before npm run build in CI, so the
// test builds dist/ itself, ~10 s), `npm pack`, unpack into a scratch app, then check
//   - the file list: what a user needs (ESM, types, the IIFE, the JSON Schema, the manifest,
//     themes, README, licence, the CODI data, the national framework catalogue, the spreadsheet
//     template) and nothing else (no src, tests, stories, maps, sample plans…);
//   - the CLI as installed: run from another folder, it validates the packed CODI plan against
//     the packed catalogue and imports the packed template;
//   - the `exports` map: every documented entry resolves to a file in the package;
//   - the types: a TypeScript app (DOM + React JSX) type-checks against the packed .d.ts;
//   - `sideEffects`: a bundler keeps a define module's registration and drops everything
//     else, so importing the gauge does not pull in the other charts.
// The scratch app sits in node_modules/.cache/ so the package's own dependencies (lit, zod,
// d3, React's types for the JSX check) resolve from this repository's node_modules.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
let app = '';
let pkg = '';
let files: string[] = [];

function run(command: string, args: string[], cwd = root): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** npm itself: the one running `npm test` (npm_execpath), else the one on the PATH. */
function npm(args: string[]): string {
  const cli = process.env.npm_execpath;
  return (cli && /\.c?js$/.test(cli) ? run(process.execPath, [cli, ...args]) : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args)).stdout;
}

describe('npm pack', () => {
  before(() => {
    run(process.execPath, ['scripts/build.mjs']);
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
    app = mkdtempSync(join(root, 'node_modules', '.cache', 'codi-pack-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', app])) as { filename: string; files: { path: string }[] }[];
    files = packed!.files.map((f) => f.path).sort();
    mkdirSync(join(app, 'node_modules'));
    run('tar', ['-xzf', join(app, packed!.filename), '-C', join(app, 'node_modules')]);
    pkg = join(app, 'node_modules', 'codi-plan-viz');
    renameSync(join(app, 'node_modules', 'package'), pkg);
  });

  after(() => {
    if (app) rmSync(app, { recursive: true, force: true });
  });

  test('contains what a user needs', () => {
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'data/codi-2567.plan.json',
      'data/frameworks/th-national.json',
      'templates/plan-template.xlsx',
      'dist/codi-plan-viz.iife.js',
      'dist/plan.schema.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/jsx.js',
      'dist/jsx.d.ts',
      'dist/cli/codi-plan.js',
      'dist/cli/catalogues.js',
      'themes/dark.css',
      'themes/high-contrast.css',
    ]) {
      assert.ok(files.includes(needed), `the package has ${needed}`);
    }
    // Every element's define module, as ESM with its types.
    for (const chart of ['gauge', 'map', 'sankey', 'treemap']) {
      assert.ok(files.includes(`dist/charts/${chart}/define.js`) && files.includes(`dist/charts/${chart}/define.d.ts`), `${chart} define`);
    }
    assert.ok(files.includes('dist/group/define.js'));
  });

  test('contains nothing else', () => {
    const allowed = [
      /^dist\/.+\.js$/,
      /^dist\/.+\.d\.ts$/,
      /^dist\/plan\.schema\.json$/,
      /^themes\/[\w-]+\.css$/,
      /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
      /^data\/codi-2567\.plan\.json$/,
      /^data\/README\.md$/, // npm always packs a README; this one documents the shipped dataset
      /^data\/frameworks\/[\w-]+\.json$/, // framework catalogues (the CLI reads data/frameworks/<id>.json)
      /^data\/frameworks\/README\.md$/, // where each catalogue name comes from
      /^templates\/plan-template\.xlsx$/,
    ];
    const stray = files.filter((f) => !allowed.some((pattern) => pattern.test(f)));
    assert.deepEqual(stray, []);
    const forbidden = files.filter((f) => /^(src|test|stories|examples|scripts|demo|bench|screenshots|storybook-static|node_modules|\.storybook|data\/examples|data\/geo)\/|\.map$|\.test\.|\.stories\./.test(f));
    assert.deepEqual(forbidden, []);
    // Each module emitted by tsc has its declaration file (the Vite bundles dist/codi-plan-viz.*.js,
    // the IIFE and the chunks it loads on demand beside it, have none).
    const missingTypes = files.filter((f) => f.endsWith('.js') && f.startsWith('dist/') && !/^dist\/codi-plan-viz\.[\w-]+\.js$/.test(f) && !files.includes(f.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(missingTypes, []);
  });

  test('every documented entry of the exports map resolves to a packed file', () => {
    const requireFromApp = createRequire(join(app, 'index.js'));
    const entries: Record<string, string> = {
      'codi-plan-viz': 'dist/index.js',
      'codi-plan-viz/charts/gauge/define.js': 'dist/charts/gauge/define.js',
      'codi-plan-viz/charts/treemap/define.js': 'dist/charts/treemap/define.js',
      'codi-plan-viz/jsx': 'dist/jsx.js',
      'codi-plan-viz/plan.schema.json': 'dist/plan.schema.json',
      'codi-plan-viz/custom-elements.json': 'custom-elements.json',
      'codi-plan-viz/dist/codi-plan-viz.iife.js': 'dist/codi-plan-viz.iife.js',
      'codi-plan-viz/data/codi-2567.plan.json': 'data/codi-2567.plan.json',
      'codi-plan-viz/themes/dark.css': 'themes/dark.css',
      'codi-plan-viz/themes/high-contrast.css': 'themes/high-contrast.css',
      'codi-plan-viz/package.json': 'package.json',
    };
    for (const [specifier, file] of Object.entries(entries)) {
      assert.equal(relative(pkg, requireFromApp.resolve(specifier)).split('\\').join('/'), file, specifier);
    }
    // Internals stay private: only `*.js` modules under dist/ are reachable, not the sources.
    assert.throws(() => requireFromApp.resolve('codi-plan-viz/src/index.ts'));
    // Every `types` target exists.
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { types: string; exports: Record<string, string | { types?: string }> };
    assert.ok(existsSync(join(pkg, manifest.types)), manifest.types);
    for (const [key, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'object' && target.types && !target.types.includes('*')) assert.ok(existsSync(join(pkg, target.types)), `${key} types`);
    }
  });

  test('a TypeScript app type-checks against the packed types (elements, events, JSX for React)', () => {
    writeFileSync(
      join(app, 'main.tsx'),
      [
        "import { CodiKpiGauge, validatePlan, type MarkDetail } from 'codi-plan-viz';",
        "import 'codi-plan-viz/charts/gauge/define.js';",
        "import type {} from 'codi-plan-viz/jsx';",
        "const gauge: CodiKpiGauge = document.createElement('codi-kpi-gauge');",
        "gauge.kpi = 'kpi-3-6';",
        '// @ts-expect-error: kpi is a string (the types are real, not any)',
        'gauge.kpi = 3;',
        "gauge.addEventListener('codi-select', (event) => { const detail: MarkDetail = event.detail; console.log(detail.label); });",
        'console.log(validatePlan({}).ok, CodiKpiGauge.name);',
        "export const view = <codi-kpi-gauge src=\"/plan.json\" kpi=\"kpi-3-6\" oncodi-select={(event) => console.log(event.detail.label)} />;",
        '// @ts-expect-error: colorBy is "source" or "issue"',
        'export const wrong = <codi-budget-treemap colorBy="bogus" />;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['main.tsx'],
      }),
    );
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], app);
  });

  test('sideEffects: importing the gauge bundles the gauge and none of the other elements', async () => {
    const bundle = async (contents: string) =>
      (await build({ stdin: { contents, resolveDir: app, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent' })).outputFiles[0]!.text;

    const gauge = await bundle("import 'codi-plan-viz/charts/gauge/define.js';");
    assert.match(gauge, /codi-kpi-gauge/, 'the registration is kept');
    assert.match(gauge, /customElements\.define/);
    for (const other of ['codi-budget-treemap', 'codi-alignment-sankey', 'codi-household-map', 'codi-plan-group']) assert.doesNotMatch(gauge, new RegExp(other), other);

    // A module outside `sideEffects` that is imported for nothing is dropped whole.
    const unused = await bundle("import 'codi-plan-viz/charts/treemap/codi-budget-treemap.js';");
    assert.ok(unused.length < 100, `an unused element class leaves ${unused.length} bytes`);

    const all = await bundle("import 'codi-plan-viz';");
    const kb = (text: string) => `${(gzipSync(text).length / 1024).toFixed(1)} KB`;
    console.log(`bundled from the package: the gauge alone ${kb(gauge)} gzip, every element ${kb(all)} gzip`);
    assert.ok(gzipSync(gauge).length < gzipSync(all).length * 0.8, 'the gauge alone is clearly smaller than everything');
  });

  test('the installed CLI, run from another folder, uses the catalogue and the template shipped in the package', () => {
    const cli = join(pkg, 'dist', 'cli', 'codi-plan.js');
    const elsewhere = mkdtempSync(join(app, 'cwd-'));
    const validate = run(process.execPath, [cli, 'validate', join(pkg, 'data', 'codi-2567.plan.json')], elsewhere);
    assert.match(validate.stdout, /valid plan "codi-2567"/);
    assert.ok(validate.stdout.includes(`catalogue "th-national": shipped, ${join(pkg, 'data', 'frameworks', 'th-national.json')}`), validate.stdout);
    const out = join(elsewhere, 'from-template.json');
    const imported = run(process.execPath, [cli, 'import', join(pkg, 'templates', 'plan-template.xlsx'), '-o', out], elsewhere);
    assert.match(imported.stdout, /plan "codi-2567"/);
    assert.equal(run(process.execPath, [cli, 'validate', out], elsewhere).status, 0);
  });

  test('ships no file that the build did not produce from this repository', () => {
    assert.equal(resolve(pkg, 'LICENSE') !== '', true);
    assert.equal(readFileSync(join(pkg, 'LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
    assert.equal(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'), readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    for (const f of ['data/frameworks/th-national.json', 'templates/plan-template.xlsx']) assert.ok(readFileSync(join(pkg, f)).equals(readFileSync(join(root, f))), f);
  });
});
