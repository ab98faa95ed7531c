// A @web/test-runner plugin for the framework recipes (examples/react, examples/vue), so the
// browser test can mount them as a user's app would import them, with no separate toolchain:
//   - `codi-plan-viz` and `codi-plan-viz/<path>.js` resolve to this repo's src/ (as tsconfig "paths" does);
//   - `react`, `react/jsx-runtime`, `react-dom`, `react-dom/client` (CommonJS only) are served as ES
//     modules, bundled once by esbuild into one module so every import shares one copy of React;
//   - `vue` resolves to Vue's full ES build (it includes the template compiler the recipe uses);
//   - a relative `./x.js` import from a .ts/.tsx file resolves to `./x.tsx` when that file exists
//     (the esbuild plugin does this for .ts only).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const VENDOR = '/__vendor/';
const REACT_MODULES = {
  react: 'React',
  'react/jsx-runtime': 'JsxRuntime',
  'react/jsx-dev-runtime': 'JsxDevRuntime',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
};
const fileName = (specifier) => `${specifier.replace(/\//g, '__')}.js`;

/** @param {{ rootDir: string }} options */
export function recipesPlugin({ rootDir }) {
  let reactBundle;
  let exportNames;

  /** The named exports of each React entry, read in a child Node (React patches `console` when loaded). */
  function namesOf(specifier) {
    exportNames ??= JSON.parse(
      execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(REACT_MODULES))}.map((s) => [s, Object.keys(require(s))]))))`], {
        cwd: rootDir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'development' },
      }),
    );
    return exportNames[specifier];
  }

  /** One ES module holding every React entry (built on first request, development mode). */
  async function reactAll() {
    reactBundle ??= build({
      stdin: {
        contents: [
          ...Object.entries(REACT_MODULES).map(([spec, name]) => `import * as ${name} from '${spec}';`),
          `export { ${Object.values(REACT_MODULES).join(', ')} };`,
        ].join('\n'),
        resolveDir: rootDir,
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    return reactBundle;
  }

  /** A facade module with the named exports of one React entry, taken from the shared bundle. */
  function facade(specifier) {
    const names = namesOf(specifier).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
    const ns = REACT_MODULES[specifier];
    return [
      `import { ${ns} as ns } from '${VENDOR}react-all.js';`,
      'const m = ns.default ?? ns;',
      'export default m;',
      names.length ? `export const { ${names.join(', ')} } = m;` : '',
    ].join('\n');
  }

  return {
    name: 'recipes',
    resolveImport({ source, context }) {
      if (source === 'codi-plan-viz') return '/src/index.ts';
      if (source === 'codi-plan-viz/jsx') return '/src/jsx.ts';
      if (source.startsWith('codi-plan-viz/') && source.endsWith('.js')) return `/src/${source.slice('codi-plan-viz/'.length, -3)}.ts`;
      if (source in REACT_MODULES) return `${VENDOR}${fileName(source)}`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (source.startsWith('.') && source.endsWith('.js') && /\.tsx?$/.test(context.path)) {
        const tsx = `${source.slice(0, -3)}.tsx`;
        if (existsSync(join(rootDir, dirname(context.path), tsx))) return tsx;
      }
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(VENDOR)) return undefined;
      const name = context.path.slice(VENDOR.length);
      if (name === 'react-all.js') return { body: await reactAll(), type: 'js' };
      const specifier = Object.keys(REACT_MODULES).find((s) => fileName(s) === name);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
  };
}
