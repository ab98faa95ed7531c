// `npm start`: the demo page (index.html) on http://localhost:5173.
// `vite build` (run by scripts/build.mjs): the one-file bundle for a <script> tag,
// dist/codi-plan-viz.iife.js (entry src/elements.ts), which defines every element and bundles
// every dependency except parts a page only needs on demand: the map's geometry mode (d3-geo,
// topojson-client), the SVG/PNG export, joining several plans and zod's account of a wrong
// plan. The IIFE loads those with import() from files next to itself
// (dist/codi-plan-viz.{geo,export,combine,explain}.js, built by scripts/lazy-chunks.mjs), when
// a map is given `geo-src`, a reader asks for an export, an element is given several plans, or
// a plan's shape is wrong. Lit's html and css templates are minified (minifyTemplates).
// The npm package's ES modules and .d.ts files are emitted by tsc (tsconfig.build.json), not here;
// a bundler splits those dynamic imports by itself.
// Storybook reads this file too but drops its `build` section.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { LAZY_CHUNKS, minifyTemplates } from './scripts/lazy-chunks.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** Source module loaded with import() → the file next to the IIFE that holds it (scripts/lazy-chunks.mjs builds them). */
const LAZY: Record<string, string> = LAZY_CHUNKS;

/** Leaves `import('./geo.js')` in the IIFE as an import of the separately built file. */
function lazyChunks(): Plugin {
  return {
    name: 'codi-lazy-chunks',
    apply: 'build',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer || !specifier.startsWith('.')) return null;
      const source = relative(root, resolve(dirname(importer), specifier.replace(/\.js$/, '.ts'))).split('\\').join('/');
      const file = LAZY[source];
      // A classic script's import() resolves against the script's own URL: the file beside it.
      return file ? { id: `./${file}`, external: true } : null;
    },
  };
}

export default defineConfig(({ command }) => ({
  server: { port: 5173, open: false },
  // A <script> tag has no `process`; replace the usual production check at build time.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  plugins: [minifyTemplates(), lazyChunks()],
  build: {
    outDir: 'dist',
    emptyOutDir: false, // tsc has already written the ES modules and .d.ts files into dist/
    target: 'es2022',
    minify: true,
    sourcemap: false, // the package ships no maps (they would point at src/, which it does not ship)
    lib: {
      entry: 'src/elements.ts',
      formats: ['iife'],
      name: 'CodiPlanViz',
      fileName: () => 'codi-plan-viz.iife.js',
    },
  },
}));
