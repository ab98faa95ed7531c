/**
 * Profiles plan validation apart from the browser benchmark:
 *
 *   npx tsx bench/validate-profile.ts                 Node: every scale, 7 fresh processes each
 *   npx tsx bench/validate-profile.ts --browser       Chromium, one fresh page per run, under a strict CSP
 *   npx tsx bench/validate-profile.ts --runs 5 --scales x100,national
 *
 * Each run generates the plans of bench/data.ts, round-trips them through JSON
 * (as a fetched plan arrives), then times `validatePlan` four times in a row
 * (the benchmark's `validate` metric is the fourth call of a page: after first
 * render, update and remount), then its parts, each the best of three: the
 * shape as `validatePlan` parses it, zod's own parse (`Plan.parse`), and the
 * integrity rules. Prints the median of every figure over the runs, in ms.
 *
 * The page is served with `Content-Security-Policy: script-src 'self'` (no
 * 'unsafe-eval', as a strict site has) and counts `securitypolicyviolation`
 * events: validation must need no `eval` / `new Function`.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { measure, type Sample } from './validate-measure.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 7);
const scales = (option('--scales') ?? 'codi,x10,x100,national').split(',');
const inBrowser = args.includes('--browser');
const child = option('--child');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1).padStart(7);

function print(scale: string, samples: Sample[]): void {
  const calls = [0, 1, 2, 3].map((i) => median(samples.map((s) => s.calls[i] as number)));
  const part = (k: 'shape' | 'zod' | 'integrity') => ms(median(samples.map((s) => s[k])));
  const violations = samples.some((s) => s.violations !== undefined) ? `   ${Math.max(...samples.map((s) => s.violations ?? 0))}` : '';
  console.log(`${scale.padEnd(9)}${calls.map(ms).join(' ')} | ${part('shape')} ${part('zod')} ${part('integrity')}${violations}`);
}

/** Chromium: a bundle of this measurement, one fresh page per run. */
async function browserRuns(): Promise<void> {
  const { build } = await import('esbuild');
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChrome } = await import('../scripts/find-chrome.mjs');
  const entry = `import { measure } from './validate-measure.ts';
window.measure = (scale) => measure(scale, () => performance.now());`;
  const bundle = await build({
    stdin: { contents: entry, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files = new Map<string, string>([
    ['/index.html', '<!doctype html><meta charset="utf-8"><title>validate</title><script src="/listen.js"></script><script type="module" src="/measure.js"></script>'],
    ['/listen.js', "window.violations = 0; document.addEventListener('securitypolicyviolation', () => window.violations++);"],
    ['/measure.js', bundle.outputFiles[0]?.text ?? ''],
  ]);
  const server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'content-type': req.url?.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript',
        'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
      })
      .end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium found (CHROME_PATH, or node scripts/find-chrome.mjs --install)');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    console.log(`validatePlan in ${await browser.version()}, strict CSP, median of ${runs} fresh pages, ms`);
    console.log('scale     call 1  call 2  call 3  call 4 |   shape     zod  integrity (best of 3)   CSP violations');
    for (const scale of scales) {
      const samples: Sample[] = [];
      for (let r = 0; r < runs; r++) {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(String(e)));
        await tab.goto(`${origin}/index.html`, { waitUntil: 'load' });
        await tab.waitForFunction(() => typeof (window as unknown as { measure?: unknown }).measure === 'function');
        const sample = await tab.evaluate(async (s) => {
          const w = window as unknown as { measure: (scale: string) => Promise<Sample>; violations: number };
          return { ...(await w.measure(s)), violations: w.violations };
        }, scale);
        await tab.close();
        if (errors.length) throw new Error(errors.join('\n'));
        samples.push(sample);
      }
      print(scale, samples);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (child) {
  process.stdout.write(JSON.stringify(await measure(child, () => performance.now())));
} else if (inBrowser) {
  await browserRuns();
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(`validatePlan in Node ${process.version}, median of ${runs} fresh processes, ms`);
  console.log('scale     call 1  call 2  call 3  call 4 |   shape     zod  integrity (best of 3)');
  for (const scale of scales) {
    const samples: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      const out = spawnSync(process.execPath, [...process.execArgv, self, '--child', scale], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) throw new Error(out.stderr);
      samples.push(JSON.parse(out.stdout) as Sample);
    }
    print(scale, samples);
  }
}
