/**
 * A large made-up plan for the alignment sankey's scaling story and tests:
 * hundreds of programs and sub-programs, many-to-many links to the national
 * strategy and to master plans, budget lines with four decimals. Generated
 * deterministically (same seed, same plan), and marked `illustrative` so the
 * element says it is not any agency's data.
 */
import type { Plan } from '../src/schema/plan.js';

/** A small deterministic generator (LCG), so the story and the tests see the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STRATEGIES: [string, string][] = [
  ['ยุทธศาสตร์ชาติด้านความมั่นคง', 'National Strategy on Security'],
  ['ยุทธศาสตร์ชาติด้านการสร้างความสามารถในการแข่งขัน', 'National Strategy on Competitiveness Enhancement'],
  ['ยุทธศาสตร์ชาติด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์', 'National Strategy on Human Capital Development'],
  ['ยุทธศาสตร์ชาติด้านการสร้างโอกาสและความเสมอภาคทางสังคม', 'National Strategy on Social Opportunity and Equality'],
  ['ยุทธศาสตร์ชาติด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม', 'National Strategy on Eco-friendly Growth'],
  ['ยุทธศาสตร์ชาติด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ', 'National Strategy on Public Sector Rebalancing and Development'],
];

const TOPICS: [string, string][] = [
  ['ที่อยู่อาศัยชุมชน', 'community housing'],
  ['เศรษฐกิจฐานราก', 'grassroots economy'],
  ['สวัสดิการชุมชน', 'community welfare'],
  ['การจัดการที่ดิน', 'land management'],
  ['เครือข่ายภาคประชาสังคม', 'civil-society networks'],
  ['ทุนชุมชน', 'community funds'],
  ['การท่องเที่ยวชุมชน', 'community tourism'],
  ['เกษตรกรรมยั่งยืน', 'sustainable farming'],
  ['ผู้สูงอายุและผู้พิการ', 'older and disabled people'],
  ['ภัยพิบัติและการฟื้นฟู', 'disasters and recovery'],
  ['ข้อมูลและเทคโนโลยี', 'data and technology'],
  ['ผู้นำรุ่นใหม่', 'new leaders'],
];
const ACTIONS: [string, string][] = [
  ['การพัฒนา', 'Developing'],
  ['การส่งเสริม', 'Promoting'],
  ['การสนับสนุน', 'Supporting'],
  ['การยกระดับ', 'Upgrading'],
  ['การเสริมสร้าง', 'Strengthening'],
];
const AREAS: [string, string][] = [
  ['ในเมือง', 'in cities'],
  ['ในชนบท', 'in rural areas'],
  ['ริมคลอง', 'along canals'],
  ['ชายฝั่ง', 'on the coast'],
  ['ภาคเหนือ', 'in the north'],
  ['ภาคใต้', 'in the south'],
];

/** A plan with `programs` programs (default 320) under 8 development issues, each with 0–3 sub-programs. */
export function largeSankeyPlan(programs = 320, seed = 2567): Plan {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const money = (max: number) => Math.round(rnd() * max * 10_000) / 10_000;
  const issues = 8;
  const plan: Plan = {
    schemaVersion: 1,
    id: 'large-illustrative',
    title: { th: 'แผนปฏิบัติการสมมติขนาดใหญ่', en: 'A large illustrative action plan' },
    agency: { name: { th: 'หน่วยงานสมมติ', en: 'Illustrative agency' } },
    fiscalYear: 2568,
    illustrative: {
      note: {
        th: 'แผนสมมติที่สร้างขึ้นเพื่อแสดงว่าแผนภาพรองรับแผนขนาดใหญ่ได้ ไม่ใช่ข้อมูลของหน่วยงานใด',
        en: 'A made-up plan to show how the chart scales; it is not any agency’s data',
      },
    },
    levels: [
      { id: 'issue', label: { th: 'ประเด็นการพัฒนา', en: 'Development issue' } },
      { id: 'program', label: { th: 'แผนงาน', en: 'Program' } },
      { id: 'sub-program', label: { th: 'แผนงานย่อย', en: 'Sub-program' } },
    ],
    fundingSources: [
      { id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' } },
      { id: 'own', label: { th: 'เงินรายได้', en: 'Own revenue' } },
    ],
    frameworks: [
      {
        id: 'ns',
        kind: 'national-strategy',
        tier: 1,
        label: { th: 'ยุทธศาสตร์ชาติ', en: 'National Strategy' },
        items: STRATEGIES.map(([th, en], i) => ({ id: `ns-${i + 1}`, code: String(i + 1), label: { th, en }, role: i === 3 ? ('primary' as const) : ('secondary' as const) })),
      },
      {
        id: 'mp',
        kind: 'master-plan',
        tier: 2,
        label: { th: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', en: 'Master plans' },
        items: Array.from({ length: 23 }, (_, i) => ({ id: `mp-${i + 1}`, code: String(i + 1), label: { th: `แผนแม่บทประเด็นที่ ${i + 1}`, en: `Master plan issue ${i + 1}` } })),
      },
    ],
    items: [],
    links: [],
    budget: { lines: [] },
  };
  const items = plan.items as NonNullable<Plan['items']>;
  const links = plan.links as NonNullable<Plan['links']>;
  const lines = (plan.budget as NonNullable<Plan['budget']>).lines;
  for (let i = 1; i <= issues; i++) {
    const [th, en] = TOPICS[i - 1] as [string, string];
    items.push({ id: `i${i}`, level: 'issue', code: String(i), label: { th: `การพัฒนา${th}อย่างยั่งยืน`, en: `Sustainable ${en}` }, shortLabel: { th, en: en.charAt(0).toUpperCase() + en.slice(1) } });
    lines.push({ id: `b-i${i}`, item: `i${i}` });
  }
  for (let p = 1; p <= programs; p++) {
    // Issues of very different sizes, as real plans have.
    const issue = 1 + Math.min(issues - 1, Math.floor(rnd() ** 1.6 * issues));
    const [a, aEn] = pick(ACTIONS);
    const [t, tEn] = pick(TOPICS);
    const [ar, arEn] = pick(AREAS);
    const id = `p${p}`;
    items.push({ id, level: 'program', parent: `i${issue}`, code: `${issue}.${p}`, label: { th: `${a}${t}${ar}`, en: `${aEn} ${tEn} ${arEn}` } });
    const subs = Math.floor(rnd() * 4);
    const big = rnd() < 0.05 ? 40 : 1;
    if (subs === 0) lines.push({ id: `b-${id}`, parent: `b-i${issue}`, item: id, amounts: { state: money(60 * big), own: money(5) } });
    else lines.push({ id: `b-${id}`, parent: `b-i${issue}`, item: id });
    for (let s = 1; s <= subs; s++) {
      const sid = `${id}-${s}`;
      items.push({ id: sid, level: 'sub-program', parent: id, code: `${issue}.${p}.${s}`, label: { th: `${t}${ar} ระยะที่ ${s}`, en: `${tEn} ${arEn}, phase ${s}` } });
      lines.push({ id: `b-${sid}`, parent: `b-${id}`, item: sid, amounts: { state: money(25 * big) } });
    }
    // Links: most programs serve one to three strategies; some are stated on a sub-program; some not at all.
    const r = rnd();
    if (r < 0.08) continue;
    const from = subs > 0 && r < 0.3 ? `${id}-1` : id;
    const n = 1 + Math.floor(rnd() * 3);
    const targets = new Set<number>();
    while (targets.size < n) targets.add(rnd() < 0.5 ? 4 : 1 + Math.floor(rnd() * 6));
    const weighted = n === 2 && rnd() < 0.3;
    [...targets].forEach((k, j) => links.push({ from, to: `ns-${k}`, role: k === 4 ? 'primary' : 'secondary', ...(weighted ? { weight: j === 0 ? 0.7 : 0.3 } : {}) }));
    links.push({ from, to: `mp-${1 + Math.floor(rnd() * 23)}` });
  }
  return plan;
}
