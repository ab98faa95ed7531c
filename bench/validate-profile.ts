/**
 * Profiles plan validation in Node, apart from the browser benchmark:
 *
 *   npx tsx bench/validate-profile.ts                 every scale, 7 fresh processes each
 *   npx tsx bench/validate-profile.ts --runs 5 --scales x100,national
 *   npx tsx bench/validate-profile.ts --jitless       zod without its `new Function` fast path
 *                                                     (what a page under a strict CSP gets)
 *
 * Each run is a fresh Node process (as each benchmark sample is a fresh page): it
 * generates the plans of bench/data.ts, round-trips them through JSON (as a fetched
 * plan arrives), then times `validatePlan` four times in a row (the benchmark's
 * `validate` metric is the fourth call of a page: after first render, update and
 * remount), and the two parts of the fourth call: the zod shape parse and the
 * integrity rules. Prints the median of every figure over the runs, in ms.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 7);
const scales = (option('--scales') ?? 'codi,x10,x100,national').split(',');
const jitless = args.includes('--jitless');
const child = option('--child');

interface Sample {
  calls: number[];
  shape: number;
  integrity: number;
}

async function measure(scale: string): Promise<Sample> {
  const z = await import('zod/mini');
  if (jitless) z.config({ jitless: true });
  const { planFor } = await import('./data.js');
  const { validatePlan } = await import('../src/schema/validate.js');
  const { Plan } = await import('../src/schema/plan.js');
  const { checkIntegrity } = await import('../src/schema/integrity.js');
  const id = scale as Parameters<typeof planFor>[0];
  const plans = [JSON.parse(JSON.stringify(planFor(id, 0))), JSON.parse(JSON.stringify(planFor(id, 1)))] as unknown[];
  const calls: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const result = validatePlan(plans[i % 2]);
    calls.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${scale}: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
  const t0 = performance.now();
  const parsed = Plan.safeParse(plans[1], { reportInput: true });
  const t1 = performance.now();
  if (!parsed.success) throw new Error('shape');
  checkIntegrity(parsed.data);
  const t2 = performance.now();
  return { calls, shape: t1 - t0, integrity: t2 - t1 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1).padStart(7);

if (child) {
  process.stdout.write(JSON.stringify(await measure(child)));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(`validatePlan, median of ${runs} fresh processes${jitless ? ' (zod jitless)' : ''}, ms`);
  console.log('scale     call 1  call 2  call 3  call 4 | shape  integrity (of a 5th call)');
  for (const scale of scales) {
    const samples: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      const out = spawnSync(process.execPath, [...process.execArgv, self, '--child', scale, ...(jitless ? ['--jitless'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) throw new Error(out.stderr);
      samples.push(JSON.parse(out.stdout) as Sample);
    }
    const calls = [0, 1, 2, 3].map((i) => median(samples.map((s) => s.calls[i] as number)));
    console.log(`${scale.padEnd(9)}${calls.map(ms).join(' ')} | ${ms(median(samples.map((s) => s.shape)))} ${ms(median(samples.map((s) => s.integrity)))}`);
  }
}
