// Writes data/examples/sample-agency-2567.illustrative.plan.json: the action plan of a
// FICTIONAL agency, กรมตัวอย่าง / Example Department, for fiscal year B.E. 2567, invented to
// show the library with a plan of another shape than CODI's: 3 hierarchy levels (strategy /
// program / project) instead of 4, 3 funding sources instead of 2, no household targets, a unit
// of its own, and framework links made by catalogue id only (`catalogues: ["th-national"]`, no
// restated items): some to the national items CODI links to (so a combined view joins on them),
// some to items CODI does not use.
//
// No public action plan of another agency with figures could be found and cited (see
// data/README.md, "Examples"), so EVERY figure here is made up: the plan says so in its
// `illustrative` note (Thai and English), which every element shows, and each sample KPI
// result carries its own note. Totals are computed here in integer units of 0.0001 million
// baht, so every stated total is the exact sum of its parts.
//
// Deterministic: `npx tsx scripts/make-second-plan.ts` writes the same file every time; a test
// (test/unit/data/sample-agency.test.ts) checks that the file is what this script makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BudgetLine, Catalogue, Kpi, KpiResult, Label, Link, Plan, PlanItem } from '../src/schema/plan.js';
import { fromUnits, toUnits } from '../src/schema/money.js';
import { validatePlan } from '../src/schema/validate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SECOND_PLAN = join(root, 'data', 'examples', 'sample-agency-2567.illustrative.plan.json');
export const CATALOGUE = join(root, 'data', 'frameworks', 'th-national.json');

export const PLAN_NOTE: Label = {
  th: 'แผนนี้เป็นข้อมูลสมมติทั้งฉบับ สร้างขึ้นเพื่อสาธิตการแสดงผลเท่านั้น กรมตัวอย่างไม่มีอยู่จริง และตัวเลขทุกตัว (งบประมาณ ตัวชี้วัด ค่าเป้าหมาย และผลการดำเนินงาน) แต่งขึ้นทั้งหมด ไม่ใช่ข้อมูลของหน่วยงานใด',
  en: "This whole plan is invented for demonstration only: the Example Department does not exist, and every figure (budget, indicators, targets and results) is made up; it is no agency's data.",
};

export const RESULT_NOTE: Label = {
  th: 'ผลการดำเนินงานสมมติของหน่วยงานสมมติ สร้างขึ้นเพื่อสาธิตการแสดงผลเท่านั้น',
  en: 'A made-up result of a fictional agency, for demonstration only',
};

type Amounts = { state?: number; revenue?: number; grant?: number };

interface ProjectSpec {
  th: string;
  en: string;
  amounts: Amounts;
  target?: { value: number; unit: string };
}
interface ProgramSpec {
  th: string;
  en: string;
  responsible: string;
  projects: ProjectSpec[];
}
interface StrategySpec {
  th: string;
  en: string;
  goal: Label;
  programs: ProgramSpec[];
}

/** The plan's hierarchy and its (made-up) money, in million baht. */
const STRATEGIES: StrategySpec[] = [
  {
    th: 'เสริมสร้างหลักประกันทางสังคมให้กลุ่มเปราะบาง',
    en: 'Strengthening social protection for vulnerable groups',
    goal: { th: 'ครัวเรือนเปราะบางได้รับความช่วยเหลือตรงตามความจำเป็นและพึ่งตนเองได้', en: 'Vulnerable households get the help they need and become self-reliant' },
    programs: [
      {
        th: 'แผนงานช่วยเหลือครัวเรือนเปราะบางแบบเจาะจง',
        en: 'Targeted assistance to vulnerable households',
        responsible: 'ex-unit-welfare',
        projects: [
          { th: 'โครงการจัดทำฐานข้อมูลครัวเรือนเปราะบางรายพื้นที่', en: 'Area database of vulnerable households', amounts: { state: 42.5125, grant: 6.25 } },
          { th: 'โครงการเงินทุนตั้งต้นอาชีพสำหรับครัวเรือนเปราะบาง', en: 'Start-up livelihood grants for vulnerable households', amounts: { state: 185.3, revenue: 12 }, target: { value: 12000, unit: 'person' } },
        ],
      },
      {
        th: 'แผนงานสวัสดิการโดยชุมชน',
        en: 'Community-run welfare',
        responsible: 'ex-unit-welfare',
        projects: [
          { th: 'โครงการส่งเสริมกองทุนสวัสดิการชุมชน', en: 'Promoting community welfare funds', amounts: { state: 96.75, revenue: 8.4 }, target: { value: 450, unit: 'fund' } },
          { th: 'โครงการอาสาสมัครดูแลผู้สูงอายุในชุมชน', en: 'Community volunteers caring for older people', amounts: { state: 38.2046, grant: 4.5 } },
        ],
      },
    ],
  },
  {
    th: 'พัฒนาศักยภาพคนทุกช่วงวัย',
    en: 'Developing people of every age',
    goal: { th: 'คนทุกช่วงวัยเข้าถึงการเรียนรู้และมีทักษะที่ใช้ประกอบอาชีพได้', en: 'People of every age have access to learning and skills they can earn a living with' },
    programs: [
      {
        th: 'แผนงานการเรียนรู้ตลอดชีวิต',
        en: 'Lifelong learning',
        responsible: 'ex-unit-learning',
        projects: [
          { th: 'โครงการศูนย์การเรียนรู้ชุมชน', en: 'Community learning centres', amounts: { state: 120.8, revenue: 15.35 }, target: { value: 320, unit: 'ex-centre' } },
          { th: 'โครงการทักษะดิจิทัลสำหรับผู้สูงอายุ', en: 'Digital skills for older people', amounts: { state: 24.6, grant: 9.8 } },
          { th: 'โครงการห้องสมุดเคลื่อนที่', en: 'Mobile libraries', amounts: { state: 11.4538 } },
        ],
      },
      {
        th: 'แผนงานพัฒนาทักษะอาชีพ',
        en: 'Vocational skills',
        responsible: 'ex-unit-learning',
        projects: [
          { th: 'โครงการฝึกทักษะอาชีพแรงงานนอกระบบ', en: 'Skills training for informal workers', amounts: { state: 67.9, revenue: 5.2 } },
          { th: 'โครงการพัฒนาทักษะเยาวชนนอกระบบการศึกษา', en: 'Skills for out-of-school youth', amounts: { state: 33.15, grant: 12.6 } },
        ],
      },
    ],
  },
  {
    th: 'พัฒนาองค์กรสู่ระบบราชการดิจิทัลที่โปร่งใส',
    en: 'A transparent, digital department',
    goal: { th: 'ประชาชนรับบริการได้สะดวก รวดเร็ว และตรวจสอบการใช้จ่ายได้', en: 'People are served conveniently and quickly and can follow how money is spent' },
    programs: [
      {
        th: 'แผนงานบริการดิจิทัล',
        en: 'Digital services',
        responsible: 'ex-unit-ict',
        projects: [
          { th: 'โครงการระบบยื่นคำขอรับบริการออนไลน์', en: 'Online service applications', amounts: { state: 28.4, revenue: 3.15 } },
          { th: 'โครงการเชื่อมโยงข้อมูลกับหน่วยงานภาครัฐ', en: 'Data exchange with other agencies', amounts: { state: 15.75 } },
        ],
      },
      {
        th: 'แผนงานธรรมาภิบาลและความโปร่งใส',
        en: 'Governance and transparency',
        responsible: 'ex-unit-ict',
        projects: [{ th: 'โครงการเปิดเผยข้อมูลงบประมาณต่อสาธารณะ', en: 'Open budget data', amounts: { state: 4.85, revenue: 1.1 } }],
      },
    ],
  },
];

/** Personnel and running costs, not split by strategy. */
const RECURRING: Amounts = { state: 156.2391, revenue: 20.5 };
/** Last year's (made-up) total, for the stated change. */
const PREVIOUS_TOTAL = 905.6;

/** Framework links, by catalogue id (th-national). Shared with CODI: th-ns-4, th-ns-6, th-mp-17, th-mp-17-2, th-mp-16-2, th-mp-15-1, th-mp-21-1. */
const LINKS: [from: string, to: string, role: 'primary' | 'secondary'][] = [
  ['ex-program-1-1', 'th-ns-4', 'primary'],
  ['ex-program-1-1', 'th-mp-17', 'primary'],
  ['ex-project-1-1-1', 'th-mp-17-2', 'primary'],
  ['ex-project-1-1-2', 'th-mp-16-2', 'secondary'],
  ['ex-project-1-1-2', 'sdg-01', 'secondary'],
  ['ex-program-1-2', 'th-ns-4', 'primary'],
  ['ex-program-1-2', 'th-mp-15-1', 'primary'],
  ['ex-project-1-2-2', 'th-nesdp13-m09', 'secondary'],
  ['ex-strategy-2', 'th-ns-3', 'primary'],
  ['ex-program-2-1', 'th-mp-12', 'primary'],
  ['ex-program-2-1', 'sdg-04', 'secondary'],
  ['ex-program-2-2', 'th-mp-11', 'primary'],
  ['ex-program-2-2', 'th-nesdp13-m12', 'secondary'],
  ['ex-strategy-3', 'th-ns-6', 'primary'],
  ['ex-program-3-1', 'th-mp-20', 'primary'],
  ['ex-program-3-1', 'th-nesdp13-m13', 'secondary'],
  ['ex-program-3-2', 'th-mp-21-1', 'secondary'],
];

/** KPIs (made up): [strategy, Thai, English, target, unit, direction, comparator, sample result or undefined]. */
const KPIS: [number, string, string, number, string, 'higher' | 'lower', 'at-least' | 'at-most' | 'exactly', number | undefined][] = [
  [1, 'ร้อยละของครัวเรือนเปราะบางในฐานข้อมูลที่ได้รับความช่วยเหลือตามเกณฑ์', 'Share of vulnerable households in the database helped as the criteria require', 80, 'percent', 'higher', 'at-least', 71.5],
  [1, 'จำนวนผู้ได้รับเงินทุนตั้งต้นอาชีพ', 'People given start-up livelihood grants', 12000, 'person', 'higher', 'at-least', 12840],
  [1, 'จำนวนกองทุนสวัสดิการชุมชนที่ได้รับการส่งเสริม', 'Community welfare funds supported', 450, 'fund', 'higher', 'at-least', 388],
  [1, 'สัดส่วนเงินทุนตั้งต้นอาชีพที่ค้างชำระเกิน 3 เดือน', 'Share of start-up grants more than 3 months in arrears', 8, 'percent', 'lower', 'at-most', 9.2],
  [2, 'จำนวนศูนย์การเรียนรู้ชุมชนที่เปิดให้บริการ', 'Community learning centres open', 320, 'ex-centre', 'higher', 'at-least', 301],
  [2, 'จำนวนผู้สูงอายุที่ผ่านการอบรมทักษะดิจิทัล', 'Older people trained in digital skills', 25000, 'person', 'higher', 'at-least', undefined],
  [2, 'ร้อยละของผู้ผ่านการฝึกอาชีพที่มีงานทำภายใน 6 เดือน', 'Share of trainees in work within 6 months', 65, 'percent', 'higher', 'at-least', 58.3],
  [2, 'จำนวนผู้เรียนต่อครูฝึกหนึ่งคน', 'Trainees per instructor', 25, 'times', 'lower', 'at-most', 22.4],
  [3, 'ร้อยละของบริการที่ยื่นคำขอทางออนไลน์ได้', 'Share of services that can be applied for online', 90, 'percent', 'higher', 'at-least', undefined],
  [3, 'คะแนนความพึงพอใจของผู้รับบริการ (เต็ม 5)', 'Service satisfaction score (out of 5)', 4.2, 'score', 'higher', 'at-least', 4.35],
  [3, 'คะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', 'Integrity and Transparency Assessment (ITA) score', 92, 'score', 'higher', 'at-least', undefined],
];

const units = (a: Amounts) => (a.state ? toUnits(a.state) : 0) + (a.revenue ? toUnits(a.revenue) : 0) + (a.grant ? toUnits(a.grant) : 0);
const addInto = (sum: Map<string, number>, a: Amounts) => {
  for (const [k, v] of Object.entries(a)) if (v) sum.set(k, (sum.get(k) ?? 0) + toUnits(v));
};
const bySource = (sum: Map<string, number>) => Object.fromEntries(['state', 'revenue', 'grant'].filter((k) => sum.has(k)).map((k) => [k === 'state' ? 'state' : `ex-${k}`, fromUnits(sum.get(k)!)]));
const amountsOf = (a: Amounts) => Object.fromEntries(Object.entries(a).filter(([, v]) => v).map(([k, v]) => [k === 'state' ? 'state' : `ex-${k}`, v as number]));
/** `part` of `whole` in percent, to 2 decimals, as plans print them. */
const percent = (part: number, whole: number) => Math.round((part / whole) * 100 * 100) / 100;

export function makeSecondPlan(): Plan {
  const items: PlanItem[] = [];
  const lines: BudgetLine[] = [{ id: 'ex-budget-total', label: { th: 'งบประมาณรวมทั้งสิ้น', en: 'Total budget' } }];
  const total = new Map<string, number>();
  STRATEGIES.forEach((s, i) => {
    const sid = `ex-strategy-${i + 1}`;
    items.push({ id: sid, level: 'strategy', code: `${i + 1}`, label: { th: s.th, en: s.en }, goals: [s.goal] });
    const sSum = new Map<string, number>();
    const sLine: BudgetLine = { id: `ex-budget-strategy-${i + 1}`, parent: 'ex-budget-total', item: sid };
    lines.push(sLine);
    s.programs.forEach((p, j) => {
      const pid = `ex-program-${i + 1}-${j + 1}`;
      items.push({ id: pid, level: 'program', parent: sid, code: `${i + 1}.${j + 1}`, label: { th: p.th, en: p.en }, responsible: [p.responsible] });
      const pSum = new Map<string, number>();
      const pLine: BudgetLine = { id: `ex-budget-program-${i + 1}-${j + 1}`, parent: sLine.id, item: pid };
      lines.push(pLine);
      p.projects.forEach((j2, k) => {
        const jid = `ex-project-${i + 1}-${j + 1}-${k + 1}`;
        items.push({
          id: jid,
          level: 'project',
          parent: pid,
          code: `${i + 1}.${j + 1}.${k + 1}`,
          label: { th: j2.th, en: j2.en },
          ...(j2.target ? { targets: [{ value: j2.target.value, unit: j2.target.unit, comparator: 'at-least' as const }] } : {}),
        });
        lines.push({ id: `ex-budget-project-${i + 1}-${j + 1}-${k + 1}`, parent: pLine.id, item: jid, amounts: amountsOf(j2.amounts) });
        addInto(pSum, j2.amounts);
      });
      pLine.stated = { total: fromUnits([...pSum.values()].reduce((a, b) => a + b, 0)), bySource: bySource(pSum) };
      for (const [k, v] of pSum) sSum.set(k, (sSum.get(k) ?? 0) + v);
    });
    sLine.stated = { total: fromUnits([...sSum.values()].reduce((a, b) => a + b, 0)), bySource: bySource(sSum) };
    for (const [k, v] of sSum) total.set(k, (total.get(k) ?? 0) + v);
  });
  lines.push({
    id: 'ex-budget-recurring',
    parent: 'ex-budget-total',
    label: { th: 'รายจ่ายประจำ (บุคลากรและค่าใช้จ่ายดำเนินงาน)', en: 'Recurring expenditure (personnel and running costs)' },
    amounts: amountsOf(RECURRING),
    parts: [{ th: 'งบบุคลากร', en: 'Personnel' }, { th: 'งบดำเนินงาน', en: 'Running costs' }],
  });
  addInto(total, RECURRING);
  const totalUnits = [...total.values()].reduce((a, b) => a + b, 0);
  const root = lines[0]!;
  root.stated = { total: fromUnits(totalUnits), bySource: bySource(total) };
  const changeUnits = totalUnits - toUnits(PREVIOUS_TOTAL);
  root.previousYear = { amount: PREVIOUS_TOTAL, change: fromUnits(changeUnits), changePercent: percent(changeUnits, toUnits(PREVIOUS_TOTAL)) };

  const kpis: Kpi[] = [];
  const results: KpiResult[] = [];
  const perStrategy = new Map<number, number>();
  for (const [s, th, en, value, unit, direction, comparator, result] of KPIS) {
    const n = (perStrategy.get(s) ?? 0) + 1;
    perStrategy.set(s, n);
    const id = `ex-kpi-${s}-${n}`;
    kpis.push({ id, item: `ex-strategy-${s}`, code: `${s}.${n}`, label: { th, en }, target: { value, unit, comparator }, direction });
    if (result !== undefined) results.push({ kpi: id, value: result, asOf: '2024-06-30', illustrative: { note: RESULT_NOTE } });
  }

  const links: Link[] = LINKS.map(([from, to, role]) => ({ from, to, role, basis: 'stated' }));
  return {
    schemaVersion: 1,
    id: 'sample-agency-2567-illustrative',
    title: {
      th: 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567 กรมตัวอย่าง (ข้อมูลสมมติเพื่อการสาธิต)',
      en: 'Action plan for fiscal year B.E. 2567 (Oct 2023 – Sep 2024), Example Department (illustrative data for demonstration)',
    },
    agency: {
      name: { th: 'กรมตัวอย่าง (หน่วยงานสมมติเพื่อการสาธิต)', en: 'Example Department (fictional, for demonstration)' },
      shortName: { th: 'กรมตัวอย่าง', en: 'Example Dept.' },
      parent: { th: 'กระทรวงตัวอย่าง (หน่วยงานสมมติ)', en: 'Example Ministry (fictional)' },
    },
    fiscalYear: 2567,
    catalogues: ['th-national'],
    illustrative: { note: PLAN_NOTE },
    notes: [
      {
        th: 'สร้างโดย scripts/make-second-plan.ts: ไม่พบแผนปฏิบัติราชการของหน่วยงานอื่นที่เผยแพร่พร้อมตัวเลขและอ้างอิงได้ จึงใช้แผนสมมติที่มีรูปแบบต่างจากแผนของ พอช. (3 ระดับ 3 แหล่งเงิน ไม่มีเป้าหมายครัวเรือน)',
        en: "Made by scripts/make-second-plan.ts: no other agency's published action plan with figures could be found and cited, so this is an invented plan of a different shape from CODI's (3 levels, 3 funding sources, no household targets).",
      },
    ],
    levels: [
      { id: 'strategy', label: { th: 'ยุทธศาสตร์', en: 'Strategy' } },
      { id: 'program', label: { th: 'แผนงาน', en: 'Program' } },
      { id: 'project', label: { th: 'โครงการ', en: 'Project' } },
    ],
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' }, shortLabel: { th: 'งบแผ่นดิน', en: 'State' } },
      { id: 'ex-revenue', label: { th: 'เงินรายได้ของกรม', en: "The department's own revenue" }, shortLabel: { th: 'เงินรายได้', en: 'Revenue' } },
      { id: 'ex-grant', label: { th: 'เงินอุดหนุนจากองค์การระหว่างประเทศ', en: 'Grants from international organisations' }, shortLabel: { th: 'เงินอุดหนุน', en: 'Grants' } },
    ],
    units: [{ id: 'ex-centre', label: { th: 'แห่ง', en: 'centres' }, kind: 'count' }],
    responsibleUnits: [
      { id: 'ex-unit-welfare', kind: 'bureau', label: { th: 'กองส่งเสริมสวัสดิการ (สมมติ)', en: 'Welfare Promotion Division (fictional)' } },
      { id: 'ex-unit-learning', kind: 'bureau', label: { th: 'กองพัฒนาการเรียนรู้ (สมมติ)', en: 'Learning Development Division (fictional)' } },
      { id: 'ex-unit-ict', kind: 'bureau', label: { th: 'ศูนย์เทคโนโลยีสารสนเทศ (สมมติ)', en: 'Information Technology Centre (fictional)' } },
    ],
    items,
    links,
    kpis,
    results,
    budget: {
      lines,
      shares: [
        { id: 'ex-share-state', part: 'state', whole: 'ex-budget-total', percent: percent(total.get('state')!, totalUnits) },
        { id: 'ex-share-recurring', part: 'ex-budget-recurring', whole: 'ex-budget-total', percent: percent(units(RECURRING), totalUnits) },
      ],
    },
  };
}

export function secondPlanText(): string {
  return `${JSON.stringify(makeSecondPlan(), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const plan = makeSecondPlan();
  const catalogue = JSON.parse(readFileSync(CATALOGUE, 'utf8')) as Catalogue;
  const check = validatePlan(plan, { catalogues: [catalogue] });
  if (!check.ok) {
    console.error(check.problems);
    process.exit(1);
  }
  writeFileSync(SECOND_PLAN, secondPlanText());
  const total = plan.budget!.lines[0]!.stated!.total;
  console.log(`wrote ${SECOND_PLAN}: ${plan.items!.length} items, ${plan.budget!.lines.length} budget lines (total ${total} million baht), ${plan.kpis!.length} KPIs, ${plan.links!.length} links (illustrative)`);
}
