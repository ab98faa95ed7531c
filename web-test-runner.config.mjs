// Browser tests: test/browser/**/*.test.ts, run in the machine's Chrome/Chromium (never a downloaded one).
// Usually started through `npm test` (scripts/test.mjs), which finds the browser and sets CHROME_PATH;
// `npx wtr` works too when a browser is at a usual place.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';
import { listFiles } from './scripts/list-files.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { recipesPlugin } from './scripts/wtr-recipes.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome or Chromium found: run `node scripts/find-chrome.mjs --install` or set CHROME_PATH.');
}

/**
 * Serves `/__all-stories.js`, a module that imports every `stories/**\/*.stories.ts` (listed when
 * requested, so a new story file needs no registration) and exports them as `[{ file, module }]`.
 * A browser test can then render every story and run axe-core on it.
 */
function allStoriesPlugin() {
  return {
    name: 'all-stories',
    serve(context) {
      if (context.path !== '/__all-stories.js') return undefined;
      const files = listFiles('stories', (path) => path.endsWith('.stories.ts'));
      const imports = files.map((file, i) => `import * as story${i} from '/${file}';`);
      const entries = files.map((file, i) => `  { file: ${JSON.stringify(file)}, module: story${i} },`);
      const body = [...imports, 'export const stories = [', ...entries, '];', 'export default stories;', ''];
      return { body: body.join('\n'), type: 'js' };
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // Two cores on CI; one page at a time also keeps focus and keyboard tests deterministic.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // Tests run Lit's (and the recipes' React and Vue) development builds on purpose (their warnings
  // catch mistakes); drop their banners.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|You are running a development build of Vue|%cDownload the React DevTools)/.test(String(args[0])),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [
    allStoriesPlugin(),
    // examples/: `codi-plan-viz` from src/, React as ES modules, Vue's full build, .tsx files.
    recipesPlugin({ rootDir: fileURLToPath(new URL('.', import.meta.url)) }),
    // tsx: the React recipe; its JSX runtime ("react-jsx", automatic) comes from tsconfig.json.
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), countsReporter({ file: process.env.WTR_RESULTS_FILE })],
};
