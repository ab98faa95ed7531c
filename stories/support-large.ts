/**
 * A whole ministry's budget, generated: about 20,000 budget lines under 14
 * sample agencies, to show that the treemap stays responsive with tens of
 * thousands of leaves. Deterministic (a seeded generator), so every run and
 * every screenshot is the same. The plan says on screen that it is
 * illustrative: the agencies, programs and figures are invented.
 */
import type { BudgetLine, Plan, PlanItem } from '../src/schema/plan.js';

/** mulberry32: a small seeded generator, so the sample is the same every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THAI_LETTERS = ['ก', 'ข', 'ค', 'ง', 'จ', 'ฉ', 'ช', 'ซ', 'ฌ', 'ญ', 'ฎ', 'ฏ', 'ฐ', 'ฑ'];
const ISSUES = [
  { th: 'การสร้างหลักประกันทางสังคม', en: 'Social security' },
  { th: 'การพัฒนาที่อยู่อาศัยและชุมชน', en: 'Housing and communities' },
  { th: 'การพัฒนาคุณภาพชีวิตกลุ่มเปราะบาง', en: 'Quality of life of vulnerable groups' },
  { th: 'การเสริมสร้างครอบครัวและเยาวชน', en: 'Families and young people' },
  { th: 'การพัฒนาระบบบริหารจัดการภาครัฐ', en: 'Public management' },
  { th: 'การวิจัยและพัฒนานวัตกรรมทางสังคม', en: 'Social research and innovation' },
];

/** Integer units of 0.0001 million baht → million baht with 4 decimals. */
const money = (units: number) => units / 10_000;

/** The sample plan: roughly `leaves` budget lines at the bottom of a 5-level tree. */
export function largeIllustrativePlan(leaves = 20_000, seed = 2568): Plan {
  const rnd = random(seed);
  // Budget figures are skewed: a few lines hold most of the money.
  const skewed = (scale: number) => Math.max(1, Math.round(scale * Math.exp(rnd() * 3 - 1.5) * (0.2 + rnd())));
  const items: PlanItem[] = ISSUES.map((label, i) => ({ id: `issue-${i + 1}`, level: 'issue', code: String(i + 1), label }));
  const lines: BudgetLine[] = [];
  let total = 0;
  const leaf = (id: string, parent: string, label: { th: string; en: string }, scale: number, split: number) => {
    const units = skewed(scale);
    const state = Math.round(units * split);
    const amounts: Record<string, number> = {};
    if (state > 0) amounts.state = money(state);
    if (units - state > 0) amounts[rnd() < 0.5 ? 'revenue' : 'loan'] = money(units - state);
    lines.push({ id, parent, label, amounts });
    total += units;
  };
  lines.push({ id: 'b-root', label: { th: 'งบประمาณกระทรวงตัวอย่าง ปีงบประมาณ พ.ศ. 2568', en: 'Sample ministry budget, fiscal year B.E. 2568' } });

  const agencies = THAI_LETTERS.length;
  const perAgency = Math.max(1, Math.round(leaves / agencies));
  let program = 0;
  for (let a = 0; a < agencies; a++) {
    const agency = `b-ag-${a + 1}`;
    const letter = THAI_LETTERS[a];
    lines.push({ id: agency, parent: 'b-root', label: { th: `หน่วยงานตัวอย่าง ${letter}`, en: `Sample agency ${String.fromCharCode(65 + a)}` } });
    let left = perAgency;
    if (a === 0) {
      // One long flat list, as grants per sub-district are printed: thousands of small siblings.
      const grants = Math.min(left, 2_500);
      program++;
      const p = `program-${program}`;
      items.push({ id: p, level: 'program', parent: 'issue-2', code: String(program), label: { th: 'เงินอุดหนุนชุมชนรายตำบล', en: 'Grants to communities by sub-district' } });
      lines.push({ id: `b-${p}`, parent: agency, item: p });
      for (let g = 0; g < grants; g++) leaf(`b-${p}-t${g + 1}`, `b-${p}`, { th: `ตำบลตัวอย่าง ${g + 1}`, en: `Sample sub-district ${g + 1}` }, 400, 1);
      left -= grants;
    }
    while (left > 0) {
      program++;
      const p = `program-${program}`;
      const issue = 1 + Math.floor(rnd() * ISSUES.length);
      items.push({ id: p, level: 'program', parent: `issue-${issue}`, code: String(program), label: { th: `แผนงานตัวอย่าง ${program}`, en: `Sample program ${program}` } });
      lines.push({ id: `b-${p}`, parent: agency, item: p });
      const projects = 3 + Math.floor(rnd() * 8);
      const split = rnd() < 0.3 ? 0.6 + rnd() * 0.3 : 1;
      for (let j = 0; j < projects && left > 0; j++) {
        const project = `b-${p}-${j + 1}`;
        lines.push({ id: project, parent: `b-${p}`, label: { th: `โครงการตัวอย่าง ${program}.${j + 1}`, en: `Sample project ${program}.${j + 1}` } });
        const n = Math.min(left, 20 + Math.floor(rnd() * 100));
        const scale = 2_000 + rnd() * 40_000;
        for (let k = 0; k < n; k++) leaf(`${project}-${k + 1}`, project, { th: `กิจกรรมย่อย ${k + 1}`, en: `Activity ${k + 1}` }, scale, split);
        left -= n;
      }
    }
  }
  lines[0].stated = { total: money(total) };

  return {
    schemaVersion: 1,
    id: 'sample-ministry-2568',
    title: { th: 'แผนปฏิบัติราชการกระทรวงตัวอย่าง (ข้อมูลสมมติ)', en: 'Sample ministry action plan (illustrative)' },
    agency: { name: { th: 'กระทรวงตัวอย่าง', en: 'Sample ministry' } },
    fiscalYear: 2568,
    illustrative: {
      note: {
        th: `งบประมาณทั้งกระทรวงนี้สร้างขึ้นด้วยโปรแกรม (${lines.length.toLocaleString('th-TH')} รายการ) เพื่อแสดงการทำงานกับข้อมูลจำนวนมาก หน่วยงาน แผนงาน และตัวเลขทั้งหมดเป็นข้อมูลสมมติ`,
        en: `This whole-ministry budget is generated by a program (${lines.length.toLocaleString('en-US')} lines) to show the chart with many lines. Its agencies, programs and figures are all invented.`,
      },
    },
    levels: [
      { id: 'issue', label: { th: 'ประเด็นยุทธศาสตร์', en: 'Strategic issue' } },
      { id: 'program', label: { th: 'แผนงาน', en: 'Program' } },
    ],
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' } },
      { id: 'revenue', label: { th: 'เงินรายได้', en: 'Own revenue' } },
      { id: 'loan', label: { th: 'เงินกู้', en: 'Loans' } },
    ],
    items,
    budget: { lines },
  };
}
