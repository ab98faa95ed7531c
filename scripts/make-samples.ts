// Writes data/examples/codi-2567-illustrative.plan.json: the CODI FY2567 plan plus
// ILLUSTRATIVE figures the source does not have (reported KPI results, a regional grouping and a
// split of the household targets by province), each flagged
// `illustrative` with a note that the elements show on screen. Deterministic: run it
// again after the CODI plan changes (`npx tsx scripts/make-samples.ts`); a test checks
// that the file is the CODI plan plus these additions and nothing else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Catalogue, Plan } from '../src/schema/plan.js';
import { validatePlan } from '../src/schema/validate.js';
import { DEFAULT_REGIONS } from '../src/charts/map/regions.js';

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

export const BREAKDOWN_NOTE = {
  th: 'การแจกแจงเป้าหมายครัวเรือนรายจังหวัดนี้เป็นข้อมูลสมมติ สร้างขึ้นเพื่อสาธิตแผนที่เท่านั้น ไม่ใช่ของ พอช. (แบ่งเป้าหมายของแต่ละโครงการตามน้ำหนักประชากรโดยประมาณ)',
  en: "A made-up split of the household targets by province, for demonstrating the map only; not CODI's (each project's target divided by rough population weights)",
};

const REGIONS_NOTE = {
  th: 'กลุ่มจังหวัดตามการแบ่งภาค 6 ภาคของคณะกรรมการภูมิศาสตร์แห่งชาติ ไม่ใช่พื้นที่รับผิดชอบของสำนักงานภาค พอช.',
  en: "Provinces grouped by the six regions of the National Geographical Committee, not by CODI's regional offices",
};

/**
 * Fixed pseudo-population weights (roughly the registered population in
 * thousands, rounded): they only make the made-up split look plausible.
 */
const WEIGHTS: Record<string, number> = Object.fromEntries(
  (
    '10:5500 11:1360 12:1290 13:1200 14:820 15:280 16:750 17:210 18:330 19:640 20:1590 21:750 22:540 23:230 24:720 25:500 26:260 27:560 ' +
    '30:2630 31:1580 32:1390 33:1470 34:1870 35:540 36:1120 37:380 38:420 39:510 40:1800 41:1580 42:640 43:520 44:960 45:1300 46:980 47:1150 48:720 49:350 ' +
    '50:1790 51:400 52:730 53:450 54:440 55:480 56:470 57:1300 58:280 60:1060 61:330 62:730 63:670 64:590 65:860 66:530 67:990 ' +
    '70:870 71:900 72:840 73:920 74:590 75:190 76:480 77:550 80:1550 81:480 82:270 83:420 84:1070 85:190 86:510 90:1430 91:320 92:640 93:520 94:730 95:540 96:810'
  )
    .split(' ')
    .map((pair) => {
      const [n, w] = pair.split(':');
      return [`TH-${n}`, Number(w)];
    }),
);

/** Provinces along Khlong Prem Prachakorn (Bangkok, Pathum Thani, Ayutthaya), for the canal project. */
const CANAL: Record<string, number> = { 'TH-10': 6, 'TH-13': 3, 'TH-14': 1 };
/** Provinces without a railway line, left out of the railway project's made-up split. */
const NO_RAIL = new Set('11 12 15 17 18 22 23 26 35 36 37 38 39 42 44 45 46 47 48 49 55 56 57 58 61 62 63 67 81 82 83 85 91'.split(' ').map((n) => `TH-${n}`));

/** Weight of each province in a project's made-up split. */
function projectWeight(projectId: string, code: string): number {
  const w = WEIGHTS[code] ?? 0;
  if (projectId === 'hh-prem-canal') return CANAL[code] ?? 0;
  if (projectId === 'hh-rail') return NO_RAIL.has(code) ? 0 : w;
  if (projectId === 'hh-baan-pho-phiang') return code === 'TH-10' ? w * 0.1 : w; // rural home repair: little in Bangkok
  if (projectId === 'hh-temporary') return Math.sqrt(w); // disasters strike everywhere
  return w;
}

/**
 * Splits `total` in proportion to `weights` with the largest-remainder
 * method, so the parts are whole households that add up exactly to `total`.
 * Ties go to the earlier key, so the result never changes between runs.
 */
export function largestRemainder(total: number, weights: readonly [string, number][]): Map<string, number> {
  const sum = weights.reduce((a, [, w]) => a + w, 0);
  const exact = weights.map(([k, w], i) => ({ k, i, x: sum > 0 ? (total * w) / sum : 0 }));
  const out = new Map(exact.map((e) => [e.k, Math.floor(e.x)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i)) {
    if (left <= 0) break;
    out.set(e.k, (out.get(e.k) ?? 0) + 1);
    left--;
  }
  return out;
}

/** A made-up province split of every household project, flagged illustrative. */
export function illustrativeBreakdown(plan: Plan): NonNullable<NonNullable<Plan['households']>['breakdown']> {
  const codes = Object.keys(WEIGHTS).sort();
  const values = (plan.households?.projects ?? []).flatMap((p) => {
    const split = largestRemainder(p.target, codes.map((c) => [c, projectWeight(p.id, c)]));
    return codes.map((area) => ({ project: p.id, area, value: split.get(area) ?? 0 }));
  });
  return { level: 'province', illustrative: { note: BREAKDOWN_NOTE }, values };
}

export function illustrativeRegions(): NonNullable<Plan['regions']> {
  return DEFAULT_REGIONS.map((r) => ({ ...r, provinces: [...r.provinces], notes: [REGIONS_NOTE] }));
}

export function makeSample(plan: Plan): Plan {
  return {
    ...plan,
    id: `${plan.id}-illustrative`,
    title: { th: `${plan.title.th} (พร้อมข้อมูลสมมติ)`, en: `${plan.title.en ?? plan.title.th} (with illustrative data)` },
    results: illustrativeResults(plan),
    ...(plan.households ? { regions: illustrativeRegions(), households: { ...plan.households, breakdown: illustrativeBreakdown(plan) } } : {}),
  };
}

if (process.argv[1]?.endsWith('make-samples.ts')) {
  const plan = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8')) as Plan;
  const sample = makeSample(plan);
  // Valid on its own (every national item is restated) and with the national catalogue.
  const catalogue = JSON.parse(readFileSync('data/frameworks/th-national.json', 'utf8')) as Catalogue;
  for (const check of [validatePlan(sample), validatePlan(sample, { catalogues: [catalogue] })]) {
    if (!check.ok) {
      console.error(check.problems);
      process.exit(1);
    }
  }
  mkdirSync('data/examples', { recursive: true });
  writeFileSync('data/examples/codi-2567-illustrative.plan.json', `${JSON.stringify(sample, null, 2)}\n`);
  console.log(`wrote data/examples/codi-2567-illustrative.plan.json (${sample.results?.length} illustrative results, ${sample.households?.breakdown?.values.length ?? 0} illustrative household figures)`);
}
