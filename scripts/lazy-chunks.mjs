// The parts of the one-file bundle that a page loads only on demand, built as ES modules
// next to it: dist/codi-plan-viz.geo.js (the map's geometry mode: d3-geo, topojson-client),
// dist/codi-plan-viz.export.js (SVG and PNG export) and dist/codi-plan-viz.combine.js
// (several plans shown as one), dist/codi-plan-viz.explain.js (what is wrong with a plan's
// shape: zod). The IIFE imports them with
// import('./codi-plan-viz.geo.js'), which a classic script resolves against its own URL
// (see LAZY_CHUNKS in vite.config.ts). Used by scripts/build.mjs, scripts/size.mjs and
// test/unit/bundle.test.ts, so the tests load exactly what `npm run build` ships.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { build } from 'vite';

/**
 * Whitespace and comments out of Lit's html`` and css`` templates (the Lit team's plugin:
 * html-minifier-next and lightningcss), in every shipped build; a template it cannot minify
 * fails the build.
 */
export const minifyTemplates = () => ({
  ...minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    // Conservative: runs of whitespace become one space (never none, which could join words
    // around an expression), and empty attributes (alt="", aria-label="") stay.
    options: { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true, removeEmptyAttributes: false } },
  }),
  apply: 'build',
});

/** Source module → file name, as vite.config.ts leaves them in the IIFE. */
export const LAZY_CHUNKS = {
  'src/charts/map/geo.ts': 'codi-plan-viz.geo.js',
  'src/core/export.ts': 'codi-plan-viz.export.js',
  // Joining several agencies' plans. It checks its result as the elements check a plan (shape
  // parser, integrity rules; no zod), so this file carries its own copy of those checks: more
  // bytes for a page showing several plans, fewer for every other.
  'src/schema/combine.ts': 'codi-plan-viz.combine.js',
  // zod, which says what is wrong with a plan whose shape the parser built from it rejects
  // (src/schema/check.ts): a page showing a valid plan never loads it.
  'src/schema/explain.ts': 'codi-plan-viz.explain.js',
};

/**
 * Vite settings for one ES-module entry, minified as a site's bundler would ship it: an
 * application build, not library mode (Vite leaves whitespace in library-mode ES output);
 * dynamic imports become chunks of their own.
 */
export function esModuleBuild(entry, { outDir, fileName, write = true }) {
  return {
    configFile: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [minifyTemplates()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      write,
      modulePreload: false,
      rollupOptions: { input: entry, preserveEntrySignatures: 'exports-only', output: { format: 'es', entryFileNames: fileName } },
    },
  };
}

/** Builds each lazy chunk, minified and self-contained, into `outDir`. */
export async function buildLazyChunks(outDir) {
  for (const [entry, file] of Object.entries(LAZY_CHUNKS)) await build(esModuleBuild(entry, { outDir, fileName: file }));
}
