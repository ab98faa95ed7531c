// The national budget CSV importer (`codi-plan import --from th-budget`): on a small
// CSV made here (always), and on the FY2565 budget of กระทรวงศึกษาธิการ from the shared
// file (skipped, with a message, where ../shared is absent, as in a user's clone).
// Neither the shared file nor a plan made from it is written into the project.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { validatePlan } from '../../../src/schema/validate.js';
import { budgetTotals } from '../../../src/schema/integrity.js';
import { importThBudget, parseBaht, readThBudgetFile, thBudgetCredit } from '../../../src/io/th-budget.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = join(root, '..', 'shared', 'data', 'th-budget-fy2565.csv.gz');
const MINISTRY = 'กระทรวงศึกษาธิการ';

const HEADER = ['ITEM_ID', 'REF_DOC', 'REF_PAGE_NO', 'MINISTRY', 'BUDGETARY_UNIT', 'CROSS_FUNC?', 'BUDGET_PLAN', 'OUTPUT', 'PROJECT', 'CATEGORY_LV1', 'CATEGORY_LV2', 'CATEGORY_LV3', 'CATEGORY_LV4', 'CATEGORY_LV5', 'CATEGORY_LV6', 'ITEM_DESCRIPTION', 'FISCAL_YEAR', 'AMOUNT', 'OBLIGED?', 'DEBUG_LOG'];
function csv(rows: Partial<Record<(typeof HEADER)[number], string>>[]): string {
  return csvFormatRows([HEADER, ...rows.map((r) => HEADER.map((h) => r[h] ?? ''))]);
}
const row = (over: Partial<Record<(typeof HEADER)[number], string>>) => ({
  REF_DOC: '2022.3.1', REF_PAGE_NO: '5', MINISTRY: 'กระทรวงทดสอบ', BUDGETARY_UNIT: 'กรมหนึ่ง', 'CROSS_FUNC?': 'False', BUDGET_PLAN: 'แผนงานพื้นฐาน',
  CATEGORY_LV1: 'งบดำเนินงาน', FISCAL_YEAR: '2022', 'OBLIGED?': 'False', ...over,
});

describe('th-budget importer on a small CSV', () => {
  const text = csv([
    row({ ITEM_ID: '2022.3.1.0', OUTPUT: 'ผลผลิต ก', CATEGORY_LV2: 'ค่าตอบแทน ใช้สอยและวัสดุ', ITEM_DESCRIPTION: 'ค่าเช่าบ้าน', AMOUNT: '117,227,700' }),
    row({ ITEM_ID: '2022.3.1.1', OUTPUT: 'ผลผลิต ก', CATEGORY_LV2: 'ค่าตอบแทน ใช้สอยและวัสดุ', ITEM_DESCRIPTION: 'ค่าวัสดุ', AMOUNT: '4,559,200.0' }),
    row({ ITEM_ID: '2022.3.1.2', PROJECT: 'โครงการ ข', CATEGORY_LV1: 'งบลงทุน', ITEM_DESCRIPTION: 'อาคาร', AMOUNT: '4,840,0', DEBUG_LOG: 'AMOUNT FORMAT IS WORONG' }),
    row({ ITEM_ID: '2022.3.3(1).7', REF_DOC: '2022.3.3(1)', MINISTRY: 'กระทรวงทดสอบ (2)', BUDGETARY_UNIT: 'กรมสอง', BUDGET_PLAN: 'แผนงานบูรณาการ', 'CROSS_FUNC?': 'True', ITEM_DESCRIPTION: 'เงินอุดหนุน', AMOUNT: '5,103,960.0', 'OBLIGED?': 'True' }),
    row({ ITEM_ID: '2022.3.1.3', ITEM_DESCRIPTION: 'ผูกพันปีหน้า', FISCAL_YEAR: '2023', AMOUNT: '19,360,000.0' }),
    row({ ITEM_ID: '2022.3.4.0', REF_DOC: '2022.3.4', MINISTRY: 'กระทรวงอื่น', ITEM_DESCRIPTION: 'อื่น', AMOUNT: '1,000' }),
  ]);

  test('hierarchy from the columns, amounts in million baht, exact total, source and notes', () => {
    const r = importThBudget(text, { ministry: 'กระทรวงทดสอบ', file: 'small.csv' });
    assert.deepEqual(r.problems, []);
    const plan = r.plan!;
    const v = validatePlan(plan);
    assert.ok(v.ok, JSON.stringify(v.problems));
    assert.equal(plan.fiscalYear, 2565);
    assert.deepEqual(plan.levels!.map((l) => l.id), ['unit', 'budget-plan', 'output']);
    assert.deepEqual(plan.items!.map((i) => [i.id, i.level, i.label.th]), [
      ['u1', 'unit', 'กรมหนึ่ง'], ['u1.p1', 'budget-plan', 'แผนงานพื้นฐาน'], ['u1.p1.o1', 'output', 'ผลผลิต ก'], ['u1.p1.j1', 'output', 'โครงการ ข'],
      ['u2', 'unit', 'กรมสอง'], ['u2.p1', 'budget-plan', 'แผนงานบูรณาการ'],
    ], 'both volumes of the ministry ("(2)") are taken');
    const lines = new Map(plan.budget!.lines.map((l) => [l.id, l]));
    assert.deepEqual(lines.get('r2022.3.1.0')!.amounts, { state: 117.2277 });
    assert.equal(lines.get('r2022.3.1.0')!.parent, lines.get('r2022.3.1.1')!.parent, 'same categories, same parent line');
    assert.equal(lines.get(lines.get('r2022.3.1.0')!.parent!)!.label!.th, 'ค่าตอบแทน ใช้สอยและวัสดุ');
    assert.deepEqual(lines.get('r2022.3.3-1.7')!.source, { section: 'REF_DOC 2022.3.3(1)', table: 'ITEM_ID 2022.3.3(1).7', page: 5 });
    assert.ok(lines.get('r2022.3.3-1.7')!.notes?.some((n) => /OBLIGED/.test(n.en ?? '')));
    // 117,227,700 + 4,559,200 + 48,400 (digits as printed) + 5,104,000 (5,103,960 rounded to 100 baht)
    assert.equal(plan.budget!.lines[0]!.stated!.total, 126.9393);
    assert.equal(budgetTotals(plan.budget!.lines).get('total')!.total, 1269393);
    assert.equal(r.stats.rows, 4);
    assert.equal(r.stats.otherYearRows, 1);
    assert.equal(r.stats.sumBaht, String(117227700 + 4559200 + 48400 + 5103960));
    assert.equal(plan.document!.url, 'https://github.com/kaogeek/thailand-budget-pdf2csv');
    assert.ok(plan.document!.title.en!.includes(thBudgetCredit(2565)));
    assert.ok(plan.notes!.some((n) => n.en === thBudgetCredit(2565)));
    assert.ok(plan.notes!.some((n) => /lacks budget document 3, volume 3\.2:/.test(n.en ?? '')), 'names the volume the file lacks');
    // What the source gets wrong is kept and said.
    assert.deepEqual(plan.discrepancies!.map((d) => d.affects), [['r2022.3.1.2'], ['r2022.3.3-1.7']]);
    assert.match(plan.discrepancies![0]!.says, /4,840,0/);
    assert.match(plan.discrepancies![1]!.reading, /rounded to 5\.104 million baht/);
    assert.equal(r.warnings.length, 2);
  });

  test('one budgetary unit, and another fiscal year', () => {
    const r = importThBudget(text, { unit: 'กรมหนึ่ง', year: 2023 });
    assert.ok(validatePlan(r.plan).ok);
    assert.deepEqual(r.plan!.levels!.map((l) => l.id), ['budget-plan', 'output']);
    assert.deepEqual(r.plan!.agency, { name: { th: 'กรมหนึ่ง' }, parent: { th: 'กระทรวงทดสอบ' } });
    assert.equal(r.plan!.fiscalYear, 2566);
    assert.equal(r.plan!.budget!.lines[0]!.stated!.total, 19.36);
  });

  test('an unknown ministry, a missing column or an unreadable amount is a problem, and no plan', () => {
    const none = importThBudget(text, { ministry: 'กระทรวงที่ไม่มี' });
    assert.equal(none.plan, undefined);
    assert.match(none.problems[0]!.params!.message as string, /no rows for the ministry/);
    const close = importThBudget(text, { ministry: 'ทดสอบ' });
    assert.match(close.problems[0]!.params!.message as string, /did you mean: กระทรวงทดสอบ/);
    assert.equal(importThBudget('MINISTRY,AMOUNT\nx,1\n', { ministry: 'x' }).problems.length, 1);
    const bad = importThBudget(csv([row({ ITEM_DESCRIPTION: 'x', AMOUNT: 'หนึ่งร้อย' })]), { ministry: 'กระทรวงทดสอบ', file: 'bad.csv' });
    assert.equal(bad.plan, undefined);
    assert.deepEqual({ ...bad.problems[0], params: undefined }, { code: 'not-a-number', sheet: 'bad.csv', row: 2, col: 18, field: 'AMOUNT', params: undefined });
  });

  test('parseBaht is exact and says when the separators are malformed', () => {
    assert.deepEqual(parseBaht('1,234,500'), { exact: 1234500n * 10n ** 12n, malformed: false });
    assert.deepEqual(parseBaht('2535'), { exact: 2535n * 10n ** 12n, malformed: false });
    assert.equal(parseBaht('1,234.132075472')!.exact, 1234132075472000n);
    assert.equal(parseBaht('18,250,00')!.malformed, true);
    assert.equal(parseBaht('25,')!.malformed, true);
    assert.equal(parseBaht('-5'), undefined);
    assert.equal(parseBaht('abc'), undefined);
  });
});

const sharedAbsent = existsSync(SHARED) ? false : `${SHARED} is absent (a clone without ../shared): the FY2565 budget import is not tested here`;

describe('the FY2565 budget of กระทรวงศึกษาธิการ from the shared file', () => {
  test('validates, and its total equals the sum of its FY2022 rows', { skip: sharedAbsent }, async () => {
    // The sum, computed independently: stream the file, parse each line, add integer satang.
    let header: string[] | undefined;
    let satang = 0n;
    let rows = 0;
    for await (const line of createInterface({ input: createReadStream(SHARED).pipe(createGunzip()), crlfDelay: Infinity })) {
      const cells = csvParseRows(line)[0] ?? [];
      if (!header) {
        header = cells.map((c) => c.replace(/^\uFEFF/, ''));
        continue;
      }
      const get = (name: string) => cells[header!.indexOf(name)] ?? '';
      if (get('MINISTRY') !== MINISTRY || get('FISCAL_YEAR') !== '2022') continue;
      const [baht = '0', frac = ''] = get('AMOUNT').replace(/,/g, '').split('.');
      assert.ok(/^\d+$/.test(baht) && /^0*$/.test(frac.slice(2)), `whole satang: ${get('AMOUNT')}`);
      satang += BigInt(baht) * 100n + BigInt((frac + '00').slice(0, 2));
      rows++;
    }
    assert.ok(rows > 1000, `${rows} rows`);

    const r = importThBudget(readThBudgetFile(SHARED), { ministry: MINISTRY, year: 2022, file: SHARED });
    assert.deepEqual(r.problems, []);
    const v = validatePlan(r.plan);
    assert.ok(v.ok, JSON.stringify(v.ok ? [] : v.problems.slice(0, 5)));
    const plan = r.plan!;
    const leaves = plan.budget!.lines.filter((l) => l.amounts);
    assert.equal(leaves.length, rows, 'one budget line per row');
    assert.equal(r.stats.rows, rows);
    // Units of 0.0001 million baht = 100 baht = 10,000 satang.
    const total = budgetTotals(plan.budget!.lines).get('total')!.total;
    assert.equal(BigInt(total) * 10_000n, satang, 'the plan total is the sum of the rows');
    assert.equal(BigInt(Math.round(plan.budget!.lines[0]!.stated!.total! * 10_000)) * 10_000n, satang, 'and the stated total says so');
    assert.equal(BigInt(r.stats.sumBaht) * 100n, satang);
    assert.equal(plan.agency.name.th, MINISTRY);
    assert.equal(plan.fiscalYear, 2565);
    assert.ok(plan.notes!.some((n) => /volumes 3\.5, 3\.8/.test(n.en ?? '')), 'says the two missing volumes');
    assert.ok(plan.notes!.some((n) => n.en === thBudgetCredit(2565)), 'credits the source');
    console.log(`# กระทรวงศึกษาธิการ FY2022: ${rows} rows, ${r.stats.sumBaht} baht = ${r.stats.totalMillionBaht} million baht; ${plan.items!.length} plan items, ${plan.budget!.lines.length} budget lines`);
  });
});
