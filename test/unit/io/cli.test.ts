// `codi-plan import` and `codi-plan export`: exit 0 when done, 1 with every problem
// listed (and nothing written), 2 on bad usage; `validate` keeps its contract.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = mkdtempSync(join(tmpdir(), 'codi-io-cli-'));
const CODI = 'data/codi-2567.plan.json';
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/codi-plan.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('codi-plan export and import', () => {
  test('export --csv, then import the folder: exit 0 and the same plan', () => {
    const folder = join(dir, 'csv');
    const e = run('export', CODI, '--csv', folder);
    assert.equal(e.code, 0, e.err);
    assert.ok(readdirSync(folder).includes('budget.csv'));
    const out = join(dir, 'from-csv.json');
    const i = run('import', folder, '-o', out);
    assert.equal(i.code, 0, i.err);
    assert.match(i.out, /wrote .*from-csv\.json: plan "codi-2567"/);
    assert.deepStrictEqual(json(out), json(CODI));
  });

  test('export --xlsx, then import the workbook: exit 0 and the same plan; Thai messages with --lang th', () => {
    const book = join(dir, 'plan.xlsx');
    assert.equal(run('export', CODI, '--xlsx', book, '--lang', 'th').code, 0);
    const out = join(dir, 'from-xlsx.json');
    const i = run('import', book, '-o', out, '--lang', 'th');
    assert.equal(i.code, 0, i.err);
    assert.match(i.out, /เขียน .*: แผน "codi-2567"/);
    assert.deepStrictEqual(json(out), json(CODI));
  });

  test('import of a folder with problems: exit 1, every problem by sheet, row, column and JSON path, nothing written', () => {
    const folder = join(dir, 'broken');
    assert.equal(run('export', CODI, '--csv', folder).code, 0);
    const items = join(folder, 'items.csv');
    writeFileSync(items, readFileSync(items, 'utf8').replace('sub-1-1,sub-program,program-1,', 'sub-1-1,sub-program,progam-1,'));
    const kpis = join(folder, 'kpis.csv');
    writeFileSync(kpis, readFileSync(kpis, 'utf8').replace(/^(kpi-1-1,issue-1,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)1050,/m, '$1"1,05O",'));
    const out = join(dir, 'never.json');
    const r = run('import', folder, '-o', out);
    assert.equal(r.code, 1, r.err);
    assert.equal(existsSync(out), false);
    assert.match(r.err, /2 problems; nothing written/);
    assert.match(r.err, /file "items\.csv", row \d+, column C \(parent\) → \$\.items\[5\]\.parent: "progam-1" is not the id of any plan item/);
    assert.match(r.err, /file "kpis\.csv", row 2, column H \(target_value\) → \$\.kpis\[0\]\.target\.value: "1,05O" is not a number/);
  });

  test('export of an invalid plan: exit 1 with the problems, nothing written', () => {
    const plan = json(CODI);
    plan.items[5].parent = 'ghost';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(plan));
    const r = run('export', bad, '--xlsx', join(dir, 'never.xlsx'));
    assert.equal(r.code, 1);
    assert.match(r.err, /\$\.items\[5\]\.parent: "ghost"/);
    assert.equal(existsSync(join(dir, 'never.xlsx')), false);
    assert.equal(run('export', join(dir, 'missing.json'), '--csv', join(dir, 'never')).code, 1);
    assert.equal(existsSync(join(dir, 'never')), false);
    assert.equal(run('import', join(dir, 'missing.xlsx'), '-o', join(dir, 'never.json')).code, 1);
  });

  test('import --from th-budget: exit 0 with the plan; 1 and nothing written for an unknown ministry', () => {
    const csv = [
      'ITEM_ID,REF_DOC,REF_PAGE_NO,MINISTRY,BUDGETARY_UNIT,CROSS_FUNC?,BUDGET_PLAN,OUTPUT,PROJECT,CATEGORY_LV1,CATEGORY_LV2,CATEGORY_LV3,CATEGORY_LV4,CATEGORY_LV5,CATEGORY_LV6,ITEM_DESCRIPTION,FISCAL_YEAR,AMOUNT,OBLIGED?,DEBUG_LOG',
      '2022.3.1.0,2022.3.1,5,กระทรวงทดสอบ,กรมหนึ่ง,False,แผนงานพื้นฐาน,ผลผลิต ก,,งบดำเนินงาน,,,,,,ค่าเช่าบ้าน,2022,"117,227,700",False,',
    ].join('\n');
    const file = join(dir, 'budget.csv.gz');
    writeFileSync(file, gzipSync(csv));
    const out = join(dir, 'ministry.json');
    const r = run('import', '--from', 'th-budget', file, '--ministry', 'กระทรวงทดสอบ', '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 rows of the fiscal year, 117227700 baht = 117\.2277 million baht/);
    assert.equal(json(out).budget.lines[0].stated.total, 117.2277);
    const none = join(dir, 'none.json');
    const n = run('import', '--from', 'th-budget', file, '--ministry', 'ไม่มี', '-o', none);
    assert.equal(n.code, 1);
    assert.match(n.err, /no rows for the ministry "ไม่มี"/);
    assert.equal(existsSync(none), false);
  });

  test('bad usage: exit 2', () => {
    const out = join(dir, 'x.json');
    mkdirSync(join(dir, 'empty'), { recursive: true });
    for (const args of [
      ['import'],
      ['import', join(dir, 'empty')],
      ['import', 'a', 'b', '-o', out],
      ['import', join(dir, 'empty'), '-o', out, '--lang', 'fr'],
      ['import', join(dir, 'empty'), '-o', out, '--bogus', '1'],
      ['import', join(dir, 'empty'), '-o', out, '-o', out],
      ['import', '--from', 'th-budget', 'f.csv', '-o', out],
      ['import', '--from', 'th-budget', 'f.csv', '--ministry', 'a', '--unit', 'b', '-o', out],
      ['import', '--from', 'th-budget', 'f.csv', '--ministry', 'a', '--year', '2565x', '-o', out],
      ['import', '--from', 'elsewhere', 'f.csv', '-o', out],
      ['import', join(dir, 'empty'), '--ministry', 'a', '-o', out],
      ['export', CODI],
      ['export', CODI, '--csv', 'a', '--xlsx', 'b'],
      ['export', CODI, '--csv'],
      ['nonsense'],
    ]) {
      const r = run(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /usage/);
    }
    assert.equal(existsSync(out), false);
  });

  test('validate still exits 0 for a valid plan', () => {
    assert.equal(run('validate', CODI).code, 0);
  });
});
