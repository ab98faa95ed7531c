// A workbook with ten kinds of mistakes, made here with the XLSX library from the
// CODI plan: each mistake gets a message located by sheet, row and column (and JSON
// path where the cell maps to one), in English and in Thai; and `codi-plan import`
// exits 1 and writes nothing.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from '@cj-tech-master/excelts';
import { exportTables, importBook } from '../../../src/io/import.js';
import { tablesToXlsx, xlsxToBook } from '../../../src/io/xlsx.js';
import { formatProblem, type IoProblem } from '../../../src/io/problems.js';
import { sheetName, TABLE_BY_KEY, type TableKey } from '../../../src/io/tables.js';

const dir = mkdtempSync(join(tmpdir(), 'codi-io-mistakes-'));
const file = join(dir, 'mistakes.xlsx');
const name = (key: TableKey) => sheetName(TABLE_BY_KEY.get(key)!);

/** Column number of a header key, row number of a row id. */
function colOf(ws: Worksheet, key: string): number {
  const header = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
  const c = header.findIndex((h) => h.endsWith(`| ${key}`));
  assert.ok(c > 0, `${ws.name}: column ${key}`);
  return c;
}
function rowOf(ws: Worksheet, id: string): number {
  let r = 0;
  ws.eachRow((row, n) => {
    if (r === 0 && String(row.getCell(1).value) === id) r = n;
  });
  assert.ok(r > 1, `${ws.name}: row ${id}`);
  return r;
}

interface Expected {
  mistake: string;
  match: Partial<IoProblem>;
}
const expected: Expected[] = [];
let problems: IoProblem[] = [];

before(async () => {
  const plan = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8'));
  const wb = new Workbook();
  await wb.xlsx.load(await tablesToXlsx(exportTables(plan).tables!));
  const sheet = (key: TableKey) => wb.getWorksheet(name(key))!;

  // 1. A total that does not add up.
  let ws = sheet('budget');
  let r = rowOf(ws, 'budget-total');
  let c = colOf(ws, 'stated_total');
  ws.getRow(r).getCell(c).value = 6088.9;
  expected.push({ mistake: 'a total that does not add up', match: { code: 'plan', rule: 'sum', sheet: name('budget'), row: r, col: c, path: '$.budget.lines[0].stated.total' } });

  // 2. A mistyped id.
  ws = sheet('items');
  r = rowOf(ws, 'sub-1-1');
  c = colOf(ws, 'parent');
  ws.getRow(r).getCell(c).value = 'progam-1';
  expected.push({ mistake: 'a mistyped id', match: { code: 'plan', rule: 'reference', sheet: name('items'), row: r, col: c, path: '$.items[5].parent' } });

  // 3. A negative budget.
  ws = sheet('budget');
  r = rowOf(ws, 'budget-reserve');
  c = colOf(ws, 'amount:codi-fund');
  ws.getRow(r).getCell(c).value = -10;
  expected.push({ mistake: 'a negative budget', match: { code: 'plan', rule: 'shape', sheet: name('budget'), row: r, col: c, path: '$.budget.lines[8].amounts["codi-fund"]' } });

  // 4. Text in a number cell.
  ws = sheet('kpis');
  r = rowOf(ws, 'kpi-1-1');
  c = colOf(ws, 'target_value');
  ws.getRow(r).getCell(c).value = 'หนึ่งพันห้าสิบ';
  expected.push({ mistake: 'text in a number cell', match: { code: 'not-a-number', sheet: name('kpis'), row: r, col: c, path: '$.kpis[0].target.value' } });

  // 5. A date in a number cell.
  ws = sheet('households');
  r = rowOf(ws, 'hh-rail');
  c = colOf(ws, 'target');
  ws.getRow(r).getCell(c).value = new Date(Date.UTC(2024, 0, 5));
  ws.getRow(r).getCell(c).numFmt = 'yyyy-mm-dd';
  expected.push({ mistake: 'a date in a number cell', match: { code: 'date-in-number', sheet: name('households'), row: r, col: c, path: '$.households.projects[4].target' } });

  // 6. A duplicated row.
  ws = sheet('links');
  const copy = Array.from(ws.getRow(2).values as unknown[]).slice(1);
  ws.addRow(copy as never[]);
  expected.push({ mistake: 'a duplicated row', match: { code: 'duplicate-row', sheet: name('links'), row: ws.rowCount, path: `$.links[${ws.rowCount - 2}]` } });

  // 7. A merged cell.
  ws = sheet('discrepancies');
  ws.mergeCells('B2:C2');
  expected.push({ mistake: 'a merged cell', match: { code: 'merged-cells', sheet: name('discrepancies'), row: 2, col: 2 } });

  // 8. A hidden sheet.
  sheet('regions').state = 'hidden';
  expected.push({ mistake: 'a hidden sheet', match: { code: 'hidden-sheet', sheet: name('regions') } });

  // 9. An empty sheet (not even a header row).
  sheet('units').spliceRows(1, 1);
  expected.push({ mistake: 'an empty sheet', match: { code: 'empty-sheet', sheet: name('units') } });

  // 10. A wrong header.
  ws = sheet('funding');
  c = colOf(ws, 'label_th');
  ws.getRow(1).getCell(c).value = 'ชื่อแหล่งเงิน (ไทย) | lable_th';
  expected.push({ mistake: 'a wrong header', match: { code: 'unknown-column', sheet: name('funding'), row: 1, col: c } });

  writeFileSync(file, await wb.xlsx.writeBuffer());
  problems = importBook(await xlsxToBook(readFileSync(file), 'mistakes.xlsx')).problems;
});

describe('a workbook with ten kinds of mistakes', () => {
  test('has ten mistakes to find', () => assert.equal(expected.length, 10));

  for (const i of Array.from({ length: 10 }, (_, k) => k)) {
    test(`mistake ${i + 1} gets a located message`, () => {
      const { mistake, match } = expected[i]!;
      const hit = problems.find((p) => Object.entries(match).every(([k, v]) => p[k as keyof IoProblem] === v));
      assert.ok(hit, `${mistake}: no problem matching ${JSON.stringify(match)} in:\n${problems.map((p) => formatProblem(p, 'en')).join('\n')}`);
      assert.ok(hit.sheet, `${mistake}: names the sheet`);
      if (hit.code === 'duplicate-row') assert.ok(hit.row && hit.path, `${mistake}: names the row and its JSON path`);
      else if (hit.code !== 'hidden-sheet' && hit.code !== 'empty-sheet') assert.ok(hit.row && hit.col, `${mistake}: names row and column`);
      assert.match(formatProblem(hit, 'en'), /sheet ".+"/);
      assert.match(formatProblem(hit, 'th'), /แผ่นงาน ".+"/);
    });
  }

  test('codi-plan import lists every mistake, in the chosen language, exits 1 and writes nothing', () => {
    for (const lang of ['en', 'th']) {
      const out = join(dir, `plan-${lang}.json`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/codi-plan.ts', 'import', file, '-o', out, '--lang', lang], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(existsSync(out), false, 'nothing written');
      for (const p of problems) assert.ok(r.stderr.includes(formatProblem(p, lang as 'en' | 'th')), `${lang}: ${formatProblem(p, lang as 'en' | 'th')}`);
      if (lang === 'th') {
        assert.match(r.stderr, /ไม่ได้เขียนไฟล์/);
        assert.match(r.stderr, /"หนึ่งพันห้าสิบ" ไม่ใช่ตัวเลข/);
        assert.match(r.stderr, /ถูกซ่อนไว้/);
      } else {
        assert.match(r.stderr, /nothing written/);
        assert.match(r.stderr, /is not a number/);
      }
    }
  });
});
