// Writes data/examples/codi-2567-illustrative.plan.json: the CODI FY2567 plan plus
// ILLUSTRATIVE figures the source does not have (reported KPI results), each flagged
// `illustrative` with a note that the elements show on screen. Deterministic: run it
// again after the CODI plan changes (`npx tsx scripts/make-samples.ts`); a test checks
// that the file is the CODI plan plus these additions and nothing else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plan } from '../src/schema/plan.js';
import { validatePlan } from '../src/schema/validate.js';

export const SAMPLE_NOTE = {
  th: 'ผลการดำเนินงานสมมติ สร้างขึ้นเพื่อสาธิตการแสดงผลเท่านั้น ไม่ใช่ผลที่ พอช. รายงาน',
  en: 'Made-up results for demonstration only; not results reported by CODI',
};

/** A small deterministic generator (LCG), so the sample never changes between runs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function illustrativeResults(plan: Plan): NonNullable<Plan['results']> {
  const rnd = random(2567);
  const results: NonNullable<Plan['results']> = [];
  (plan.kpis ?? []).forEach((kpi, i) => {
    const r = rnd();
    if (i % 4 === 3) return; // every fourth KPI has no result yet, to show that state
    const factor = kpi.direction === 'lower' ? 0.6 + r * 0.6 : 0.55 + r * 0.6;
    const raw = kpi.target.value * factor;
    const value = kpi.target.unit === 'percent' || kpi.target.unit === 'times' ? Math.round(raw * 10) / 10 : Math.round(raw);
    results.push({ kpi: kpi.id, value, asOf: '2024-03-31', illustrative: { note: SAMPLE_NOTE } });
  });
  return results;
}

export function makeSample(plan: Plan): Plan {
  return {
    ...plan,
    id: `${plan.id}-illustrative`,
    title: { th: `${plan.title.th} (พร้อมข้อมูลสมมติ)`, en: `${plan.title.en ?? plan.title.th} (with illustrative data)` },
    results: illustrativeResults(plan),
  };
}

if (process.argv[1]?.endsWith('make-samples.ts')) {
  const plan = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8')) as Plan;
  const sample = makeSample(plan);
  const check = validatePlan(sample);
  if (!check.ok) {
    console.error(check.problems);
    process.exit(1);
  }
  mkdirSync('data/examples', { recursive: true });
  writeFileSync('data/examples/codi-2567-illustrative.plan.json', `${JSON.stringify(sample, null, 2)}\n`);
  console.log(`wrote data/examples/codi-2567-illustrative.plan.json (${sample.results?.length} illustrative results)`);
}
