/**
 * A plan that sets every field of the schema at least once (on top of the
 * small test plan), and a catalogue for its `catalogues` and `ref`, so the
 * round-trip tests prove that the tables have a column for each field.
 */
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { tinyPlan } from '../../fixtures/plans.js';

export const EVERY_FIELD_CATALOGUE: Catalogue = {
  id: 'test-cat',
  title: { th: 'แคตตาล็อกทดสอบ' },
  frameworks: [{ id: 'cat-ns', kind: 'national-strategy', label: { th: 'ยุทธศาสตร์ชาติ' }, items: [{ id: 'cat-ns-4', code: '4', label: { th: 'ด้านที่ 4' } }] }],
};

const src = (n: number) => ({ section: `1.${n}`, table: `ตาราง ${n}`, page: n, quote: `"ข้อความ ${n}", with a comma` });
const notes = (s: string) => [{ th: `หมายเหตุ ${s}`, en: `Note ${s}` }, { th: `หมายเหตุที่สอง ${s}` }];

export function everyFieldPlan(): Plan {
  const p = tinyPlan();
  p.$schema = 'https://example.org/plan.schema.json';
  p.agency = { name: { th: 'หน่วยงานทดสอบ', en: 'Test agency' }, shortName: { th: 'หทส.', en: 'TA' }, parent: { th: 'กระทรวงทดสอบ', en: 'Ministry of Tests' } };
  p.document = { title: { th: 'เอกสารทดสอบ', en: 'Test document' }, approved: '26 ก.ค. 2565', url: 'https://example.org/plan.pdf', file: 'plan.pdf' };
  p.catalogues = ['test-cat'];
  p.illustrative = { note: { th: 'ข้อมูลสมมติทั้งแผน', en: 'A made-up plan' } };
  p.notes = notes('แผน');
  p.fundingSources![0]!.shortLabel = { th: 'งบแผ่นดิน', en: 'State' };
  p.units = [{ id: 'ratio-x', label: { th: 'เท่า (ทดสอบ)', en: 'times (test)' }, kind: 'ratio', decimals: 2 }];
  p.responsibleUnits = [{ id: 'u1', label: { th: 'สำนักหนึ่ง', en: 'Bureau one' }, kind: 'regional-office', count: 5, source: src(1), notes: notes('หน่วย') }];
  p.regions![0] = { ...p.regions![0]!, label: { th: 'ภาคกลาง', en: 'Central' }, source: src(2), notes: notes('ภาค') };
  const fw = p.frameworks![0]!;
  Object.assign(fw, { source: src(3), notes: notes('กรอบ'), label: { th: 'ยุทธศาสตร์ชาติ', en: 'National strategy' } });
  fw.items[0] = {
    ...fw.items[0]!,
    label: { th: 'ด้านการสร้างโอกาสและความเสมอภาคทางสังคม', en: 'Social opportunity and equality' },
    kind: 'strategy',
    ref: 'cat-ns-4',
    goals: [{ th: 'เป้าหมาย', en: 'Goal' }],
    indicators: [
      { label: { th: 'ตัวชี้วัด ก', en: 'Indicator A' }, target: { value: 80, unit: 'percent', comparator: 'at-least', qualifier: { th: 'ของครัวเรือน', en: 'of households' }, source: src(4) } },
      { label: { th: 'ตัวชี้วัดไม่มีเป้า' } },
      { label: { th: 'ตัวชี้วัด ข' }, target: { value: 3, unit: 'ratio-x' } },
    ],
    source: src(5),
    notes: notes('รายการกรอบ'),
  };
  fw.items[1]!.kind = 'strategy-issue';
  p.items![0] = { ...p.items![0]!, label: { th: 'ประเด็นที่ 1', en: 'Issue 1' }, shortLabel: { th: 'ประเด็น 1', en: 'Issue 1' }, goals: [{ th: 'เป้าประสงค์' }], isNew: true, source: src(6), notes: notes('รายการ') };
  p.items![1] = { ...p.items![1]!, targets: [{ value: 100, unit: 'household' }, { value: 1.5, unit: 'ratio-x', comparator: 'exactly', qualifier: { th: 'เท่า', en: 'times' }, source: src(7) }], isNew: false };
  p.links = [
    { from: 'p1', to: 'ns-4-1', role: 'primary', basis: 'stated', weight: 0.25, source: src(8) },
    { from: 'p2', to: 'cat-ns-4', role: 'secondary', basis: 'derived' },
  ];
  p.kpis![0] = { ...p.kpis![0]!, label: { th: 'ครัวเรือนมีที่อยู่อาศัย', en: 'Households housed' }, shortLabel: { th: 'มีบ้าน', en: 'Housed' }, code: '1.1', baseline: { value: 42.5, year: 2566 }, source: src(9), notes: notes('ตัวชี้วัด') };
  p.kpis![1] = { ...p.kpis![1]!, target: { value: 10, unit: 'percent', comparator: 'at-most', qualifier: { th: 'ของสินเชื่อ', en: 'of loans' }, source: src(10) }, baseline: { value: 12 } };
  p.results = [
    { kpi: 'k1', value: 80, asOf: '2024-03-31', illustrative: { note: { th: 'ตัวอย่าง', en: 'sample' } }, source: src(11), notes: notes('ผล') },
    { kpi: 'k2', value: -0.5, asOf: '2024-06-30' },
  ];
  p.budget = {
    lines: [
      {
        id: 'b-total', label: { th: 'รวม', en: 'Total' }, stated: { total: 3.5, bySource: { state: 3, own: 0.5 } },
        previousYear: { amount: 2, change: 1.5, changePercent: 75, source: src(12) }, source: src(13), notes: notes('งบ'),
      },
      { id: 'b-p1', parent: 'b-total', item: 'p1', amounts: { state: 1.2345, own: 0.5 }, parts: [{ th: 'ค่าใช้สอย', en: 'Operating costs' }, { th: 'ค่าวัสดุ' }] },
      { id: 'b-p2', parent: 'b-total', item: 'p2', amounts: { state: 1.7655, own: 0 } },
    ],
    shares: [{ id: 's-state', part: 'state', whole: 'b-total', percent: 85.71, source: src(14) }],
  };
  p.households = {
    projects: [
      { id: 'hh-a', item: 'p1', label: { th: 'บ้านมั่นคง', en: 'Baan Mankong' }, shortLabel: { th: 'มั่นคง', en: 'Mankong' }, target: 70, source: src(15), notes: notes('โครงการ') },
      { id: 'hh-b', label: { th: 'บ้านพอเพียง' }, target: 30 },
    ],
    total: 100,
    source: src(16),
    breakdown: {
      level: 'region',
      illustrative: { note: { th: 'การกระจายสมมติ', en: 'Made-up split' } },
      values: [
        { project: 'hh-a', area: 'r-central', value: 50 },
        { project: 'hh-a', area: 'r-north', value: 20 },
        { project: 'hh-b', area: 'r-north', value: 30 },
      ],
    },
  };
  p.discrepancies = [
    { id: 'd1', says: "=SUM(A1) 'quoted' ร้อยละ 80", reading: "'ร้อยละ 90 ตามตาราง", affects: ['k1', 'b-p1'], source: src(17) },
    { id: 'd2', says: '-5 ล้านบาท', reading: '+5, @ ตาราง' },
  ];
  return p;
}
