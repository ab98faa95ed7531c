/**
 * Plans for the benchmark, generated in code: deterministic (a seeded PRNG),
 * valid (bench/run.ts validates each once) and marked `illustrative`.
 *
 * Scale 1 has about the CODI FY2567 plan's counts (4 development issues,
 * 16 programs, 37 budget lines with 24 leaves, 29 KPIs, 5 housing projects
 * split over the 77 provinces), and 10 and 100 multiply every list. The
 * treemap is also given a whole national budget (20 ministries → 300
 * departments → 3,000 programs → 50,000 projects), and the KPI board a plan
 * of 100 KPIs.
 *
 * `variant` 1 is the same plan with other figures (budget amounts, results,
 * household values): the "data change" of the update measurement.
 */
import type { BudgetLine, Kpi, KpiResult, Plan, PlanItem, Link, FrameworkItem } from '../src/schema/plan.js';

type HouseholdValue = NonNullable<NonNullable<Plan['households']>['breakdown']>['values'][number];
import { PROVINCES } from '../src/charts/map/provinces.js';

export type ScaleId = 'codi' | 'x10' | 'x100' | 'national' | 'kpi100';

export interface ScaleSpec {
  id: ScaleId;
  /** How the table names it. */
  label: string;
  issues: number;
  programsPerIssue: number;
  kpis: number;
  projects: number;
}

export const SCALES: Record<Exclude<ScaleId, 'national'>, ScaleSpec> = {
  codi: { id: 'codi', label: 'CODI', issues: 4, programsPerIssue: 4, kpis: 29, projects: 5 },
  kpi100: { id: 'kpi100', label: '100 KPIs', issues: 4, programsPerIssue: 4, kpis: 100, projects: 5 },
  x10: { id: 'x10', label: '10×', issues: 40, programsPerIssue: 4, kpis: 290, projects: 50 },
  x100: { id: 'x100', label: '100×', issues: 400, programsPerIssue: 4, kpis: 2900, projects: 500 },
};

/** mulberry32: a small seeded PRNG, so every run draws the same plans. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TH_WORDS = ['การพัฒนา', 'ชุมชน', 'ท้องถิ่น', 'ที่อยู่อาศัย', 'ความมั่นคง', 'เศรษฐกิจฐานราก', 'สวัสดิการ', 'เครือข่าย', 'องค์กรชุมชน', 'ผู้มีรายได้น้อย', 'เมือง', 'ชนบท', 'ทรัพยากรธรรมชาติ', 'สิ่งแวดล้อม', 'การเกษตร', 'ความรู้', 'ผู้นำ', 'คนรุ่นใหม่', 'ภาคี', 'การจัดการ', 'ตนเอง', 'คุณภาพชีวิต'];
const EN_WORDS = ['development', 'community', 'local', 'housing', 'security', 'grassroots economy', 'welfare', 'network', 'organisations', 'low-income', 'urban', 'rural', 'natural resources', 'environment', 'farming', 'knowledge', 'leaders', 'young people', 'partners', 'management', 'self-reliance', 'quality of life'];

const NOTE = {
  th: 'แผนสมมติ สร้างขึ้นด้วยโปรแกรมเพื่อวัดประสิทธิภาพเท่านั้น ตัวเลขทั้งหมดไม่ใช่ของหน่วยงานใด',
  en: 'A made-up plan generated for benchmarking only; no figure is any agency’s',
};

function words(r: () => number, n: number): { th: string; en: string } {
  const th: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * TH_WORDS.length);
    th.push(TH_WORDS[k] as string);
    en.push(EN_WORDS[k] as string);
  }
  return { th: th.join(''), en: en.join(' ') };
}

/** Money in integer units of 0.0001 million baht → million baht (exact to 4 decimals). */
const money = (units: number) => units / 10_000;

/** A skewed amount (a few large lines, many small ones), in units. */
function amount(r: () => number): number {
  return Math.round(Math.exp(r() * 7) * 2_000);
}

/** The variant's change of a figure: the same for a given draw, 70–130 %. */
function change(base: number, r: () => number, variant: number): number {
  return variant ? Math.max(1, Math.round(base * (0.7 + 0.6 * r()))) : base;
}

export function generatePlan(spec: ScaleSpec, variant: 0 | 1 = 0): Plan {
  const r = rng(7 + spec.issues * 31 + spec.kpis);
  const v = rng(1_000 + spec.issues); // draws for the variant's changes, independent of the structure
  const items: PlanItem[] = [];
  const links: Link[] = [];
  const lines: BudgetLine[] = [];

  // A national strategy: 6 strategies with 3 sub-items each (links name either).
  const fwItems: FrameworkItem[] = [];
  for (let s = 1; s <= 6; s++) {
    fwItems.push({ id: `ns-${s}`, code: String(s), label: { th: `ยุทธศาสตร์ที่ ${s} ${words(r, 3).th}`, en: `Strategy ${s}: ${words(r, 3).en}` }, role: s <= 2 ? 'primary' : 'secondary' });
    for (let c = 1; c <= 3; c++) fwItems.push({ id: `ns-${s}-${c}`, parent: `ns-${s}`, code: `${s}.${c}`, label: { th: `ประเด็นย่อย ${s}.${c} ${words(r, 2).th}` } });
  }

  let total = 0;
  const bySource = { state: 0, own: 0 };
  for (let i = 1; i <= spec.issues; i++) {
    const issueId = `issue-${i}`;
    const iw = words(r, 4);
    items.push({ id: issueId, level: 'issue', code: String(i), label: { th: `ประเด็นการพัฒนาที่ ${i} ${iw.th}`, en: `Issue ${i}: ${iw.en}` }, shortLabel: { th: words(r, 2).th, en: words(r, 2).en } });
    lines.push({ id: `b-${issueId}`, parent: 'b-total', item: issueId });
    for (let p = 1; p <= spec.programsPerIssue; p++) {
      const programId = `program-${i}-${p}`;
      const pw = words(r, 3 + Math.floor(r() * 4));
      items.push({ id: programId, level: 'program', parent: issueId, code: `${i}.${p}`, label: { th: `แผนงาน${pw.th}`, en: `Program: ${pw.en}` } });
      const split = r() < 0.5;
      const subs = 2;
      for (let s = 1; s <= subs; s++) {
        const subId = `sub-${i}-${p}-${s}`;
        items.push({ id: subId, level: 'sub-program', parent: programId, code: `${i}.${p}.${s}`, label: { th: `แผนงานย่อย${words(r, 3).th}` } });
        // Each sub-program serves one or two items of the national strategy.
        const n = r() < 0.5 ? 1 : 2;
        const seen = new Set<string>();
        for (let k = 0; k < n; k++) {
          const to = (fwItems[Math.floor(r() * fwItems.length)] as FrameworkItem).id;
          if (seen.has(to)) continue;
          seen.add(to);
          links.push({ from: subId, to, role: r() < 0.6 ? 'primary' : 'secondary', basis: 'stated' });
        }
      }
      const addAmounts = (lineId: string, parent: string, item: string) => {
        const state = change(amount(r), v, variant);
        const own = r() < 0.4 ? change(Math.round(amount(r) / 4), v, variant) : 0;
        total += state + own;
        bySource.state += state;
        bySource.own += own;
        lines.push({ id: lineId, parent, item, amounts: own ? { state: money(state), own: money(own) } : { state: money(state) } });
      };
      if (split) {
        lines.push({ id: `b-${programId}`, parent: `b-${issueId}`, item: programId });
        for (let s = 1; s <= subs; s++) addAmounts(`b-sub-${i}-${p}-${s}`, `b-${programId}`, `sub-${i}-${p}-${s}`);
      } else {
        addAmounts(`b-${programId}`, `b-${issueId}`, programId);
      }
    }
  }
  lines.unshift({ id: 'b-total', label: { th: 'งบประมาณทั้งสิ้น', en: 'Total budget' }, stated: { total: money(total), bySource: { state: money(bySource.state), own: money(bySource.own) } } });

  const UNITS = ['percent', 'household', 'tambon', 'person', 'project', 'times'] as const;
  const kpis: Kpi[] = [];
  const results: KpiResult[] = [];
  for (let k = 1; k <= spec.kpis; k++) {
    const unit = UNITS[k % UNITS.length] as (typeof UNITS)[number];
    const lower = k % 10 === 0;
    const target = unit === 'percent' ? 50 + Math.round(r() * 45) : unit === 'times' ? 1 + Math.round(r() * 4) : Math.round(10 + r() * 5_000);
    const kw = words(r, 3 + Math.floor(r() * 3));
    kpis.push({
      id: `kpi-${k}`,
      item: `issue-${((k - 1) % spec.issues) + 1}`,
      code: `(${k})`,
      label: { th: `ร้อยละของ${kw.th}`, en: `Share of ${kw.en}` },
      target: { value: target, unit, comparator: lower ? 'at-most' : 'at-least' },
      direction: lower ? 'lower' : 'higher',
    });
    const draw = r();
    if (draw < 0.75) {
      const base = Math.round(target * (0.5 + 0.7 * draw) * 100) / 100;
      const value = variant ? Math.round(base * (0.7 + 0.6 * v()) * 100) / 100 : base;
      results.push({ kpi: `kpi-${k}`, value, asOf: '2024-03-31', illustrative: { note: NOTE } });
    }
  }

  const projects: NonNullable<Plan['households']>['projects'] = [];
  const values: HouseholdValue[] = [];
  for (let h = 1; h <= spec.projects; h++) {
    const id = `hh-${h}`;
    let sum = 0;
    for (const p of PROVINCES) {
      if (r() < 0.1) continue; // some provinces have nothing for some projects
      const value = change(Math.round(r() * r() * 400), v, variant);
      sum += value;
      values.push({ project: id, area: p.code, value });
    }
    const hw = words(r, 2);
    projects.push({ id, item: `program-${((h - 1) % spec.issues) + 1}-1`, label: { th: `โครงการที่อยู่อาศัย${hw.th}`, en: `Housing: ${hw.en}` }, shortLabel: { th: `โครงการ ${h}`, en: `Project ${h}` }, target: sum });
  }

  return {
    schemaVersion: 1,
    id: `bench-${spec.id}`,
    title: { th: `แผนปฏิบัติการสมมติ (${spec.label})`, en: `Made-up action plan (${spec.label})` },
    agency: { name: { th: 'หน่วยงานสมมติ', en: 'Made-up agency' }, shortName: { th: 'หน่วยงานสมมติ', en: 'Made-up' } },
    fiscalYear: 2567,
    illustrative: { note: NOTE },
    levels: [
      { id: 'issue', label: { th: 'ประเด็นการพัฒนา', en: 'Development issue' } },
      { id: 'program', label: { th: 'แผนงาน', en: 'Program' } },
      { id: 'sub-program', label: { th: 'แผนงานย่อย', en: 'Sub-program' } },
    ],
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณอุดหนุนจากรัฐ', en: 'State subsidy' }, shortLabel: { th: 'งบรัฐ', en: 'State' } },
      { id: 'own', label: { th: 'เงินกองทุน', en: 'Own fund' }, shortLabel: { th: 'กองทุน', en: 'Fund' } },
    ],
    frameworks: [{ id: 'fw-ns', kind: 'national-strategy', tier: 1, label: { th: 'ยุทธศาสตร์ชาติ', en: 'National Strategy' }, items: fwItems }],
    items,
    links,
    kpis,
    results,
    budget: { lines },
    households: { projects, total: projects.reduce((a, p) => a + p.target, 0), breakdown: { level: 'province', illustrative: { note: NOTE }, values } },
  };
}

/** A whole national budget: 20 ministries → 15 departments → 10 programs → 50,000 projects (leaves) in all. */
export function generateNationalBudget(variant: 0 | 1 = 0): Plan {
  const r = rng(2567);
  const v = rng(2568);
  const lines: BudgetLine[] = [];
  const sources = ['state', 'loan', 'own'] as const;
  const sums = { state: 0, loan: 0, own: 0 };
  const LEAVES = 50_000;
  const programs = 20 * 15 * 10;
  let made = 0;
  let programIndex = 0;
  for (let m = 1; m <= 20; m++) {
    lines.push({ id: `m${m}`, parent: 'nb', label: { th: `กระทรวง${words(r, 2).th}`, en: `Ministry of ${words(r, 2).en}` } });
    for (let d = 1; d <= 15; d++) {
      lines.push({ id: `m${m}-d${d}`, parent: `m${m}`, label: { th: `กรม${words(r, 2).th}`, en: `Department of ${words(r, 2).en}` } });
      for (let p = 1; p <= 10; p++) {
        programIndex++;
        const pid = `m${m}-d${d}-p${p}`;
        lines.push({ id: pid, parent: `m${m}-d${d}`, label: { th: `แผนงาน${words(r, 3).th}`, en: `Program: ${words(r, 3).en}` } });
        // Spread 50,000 leaves evenly over the 3,000 programs (16 or 17 each).
        const leaves = Math.round((LEAVES * programIndex) / programs) - made;
        for (let l = 1; l <= leaves; l++) {
          const source = sources[r() < 0.8 ? 0 : r() < 0.5 ? 1 : 2] as (typeof sources)[number];
          const units = change(amount(r), v, variant);
          sums[source] += units;
          lines.push({ id: `${pid}-${l}`, parent: pid, label: { th: `โครงการ${words(r, 3).th}`, en: `Project: ${words(r, 3).en}` }, amounts: { [source]: money(units) } });
        }
        made += leaves;
      }
    }
  }
  const total = sums.state + sums.loan + sums.own;
  lines.unshift({ id: 'nb', label: { th: 'งบประมาณรายจ่ายประจำปี (สมมติ)', en: 'Annual budget (made up)' }, stated: { total: money(total) } });
  return {
    schemaVersion: 1,
    id: 'bench-national',
    title: { th: 'งบประมาณแผ่นดินสมมติ', en: 'A made-up national budget' },
    agency: { name: { th: 'รัฐบาลสมมติ', en: 'Made-up government' } },
    fiscalYear: 2567,
    illustrative: { note: NOTE },
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' } },
      { id: 'loan', label: { th: 'เงินกู้', en: 'Loans' } },
      { id: 'own', label: { th: 'เงินรายได้', en: 'Own revenue' } },
    ],
    budget: { lines },
  };
}

export function planFor(scale: ScaleId, variant: 0 | 1 = 0): Plan {
  return scale === 'national' ? generateNationalBudget(variant) : generatePlan(SCALES[scale], variant);
}
