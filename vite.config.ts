// `npm start`: the demo page (index.html) on http://localhost:5173.
// `vite build` (run by scripts/build.mjs): the one-file bundle for a <script> tag,
// dist/codi-plan-viz.iife.js, which defines every element and bundles every dependency.
// The npm package's ES modules and .d.ts files are emitted by tsc (tsconfig.build.json), not here.
// Storybook reads this file too but drops its `build` section.
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  server: { port: 5173, open: false },
  // A <script> tag has no `process`; replace the usual production check at build time.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: false, // tsc has already written the ES modules and .d.ts files into dist/
    target: 'es2022',
    minify: true,
    sourcemap: false, // the package ships no maps (they would point at src/, which it does not ship)
    lib: {
      entry: 'src/index.ts',
      formats: ['iife'],
      name: 'CodiPlanViz',
      fileName: () => 'codi-plan-viz.iife.js',
    },
  },
}));
