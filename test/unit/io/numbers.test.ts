// Numbers as people type them: thousands separators, Thai digits, numbers stored as
// text, a leading apostrophe are read exactly; anything else is reported, never guessed.
// And a whole workbook typed that way imports with the right numbers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Workbook } from '@cj-tech-master/excelts';
import type { Plan } from '../../../src/schema/plan.js';
import { readBoolean, readDate, readNumber, thaiToArabicDigits } from '../../../src/io/numbers.js';
import { exportTables, importBook } from '../../../src/io/import.js';
import { csvToSheet, tableToCsv } from '../../../src/io/csv.js';
import { tablesToXlsx, xlsxToBook } from '../../../src/io/xlsx.js';
import { formatProblem } from '../../../src/io/problems.js';
import { headerText, sheetName, TABLE_BY_KEY } from '../../../src/io/tables.js';
import { tinyPlan } from '../../fixtures/plans.js';

describe('readNumber', () => {
  const ok = (input: Parameters<typeof readNumber>[0], value: number, integer = false) => assert.deepEqual(readNumber(input, integer), { ok: true, value }, String(input));
  const bad = (input: Parameters<typeof readNumber>[0], reason: string, integer = false) => {
    const r = readNumber(input, integer);
    assert.equal(r.ok, false, String(input));
    assert.equal(!r.ok && r.reason, reason, String(input));
  };

  test('reads numbers, separators, Thai digits, text and apostrophes exactly', () => {
    ok(1234.5678, 1234.5678);
    ok('1234.5678', 1234.5678);
    ok('1,234.5678', 1234.5678);
    ok('12,345,678', 12345678);
    ok('๑,๒๓๔', 1234);
    ok('๑,๒๓๔.๕๖๗๘', 1234.5678);
    ok("'1,234.5", 1234.5);
    ok("  '๒๕๖๗ ", 2567, true);
    ok('-4,420.3572', -4420.3572);
    ok('+0.5', 0.5);
    ok('−3', -3);
    ok('0', 0);
    assert.equal(thaiToArabicDigits('ปี ๒๕๖๗'), 'ปี 2567');
  });

  test('reports what it cannot read, with the reason', () => {
    bad(new Date(Date.UTC(2024, 0, 5)), 'date-in-number');
    bad('5/1/2567', 'date-in-number');
    bad('2024-01-05', 'date-in-number');
    bad('abc', 'not-a-number');
    bad('12.3.4', 'not-a-number');
    bad('1,23', 'not-a-number');
    bad('1,2345.6', 'not-a-number');
    bad('80%', 'not-a-number');
    bad('1 234', 'not-a-number');
    bad('1,234 ล้านบาท', 'not-a-number');
    bad(true, 'not-a-number');
    bad({ error: '#REF!' }, 'cell-error');
    bad(12.5, 'not-an-integer', true);
    bad('๑๒.๕', 'not-an-integer', true);
    assert.deepEqual(readNumber(null), { ok: false, reason: 'empty' });
    assert.deepEqual(readNumber('  '), { ok: false, reason: 'empty' });
  });

  test('yes/no and dates', () => {
    assert.deepEqual(readBoolean('ใช่'), { ok: true, value: true });
    assert.deepEqual(readBoolean('FALSE'), { ok: true, value: false });
    assert.equal(readBoolean('maybe').ok, false);
    assert.deepEqual(readDate(new Date(Date.UTC(2024, 2, 31))), { ok: true, value: '2024-03-31' });
    assert.deepEqual(readDate('๒๐๒๔-๐๓-๓๑'), { ok: true, value: '2024-03-31' });
    assert.equal(readDate('31/3/2567').ok, false);
  });
});

/** A plan with figures in the thousands, so that typing them needs separators. */
function bigPlan(): Plan {
  const p = tinyPlan();
  p.budget = {
    lines: [
      { id: 'b-total', label: { th: 'รวม' }, stated: { total: 12345.6789, bySource: { state: 11111.1111, own: 1234.5678 } } },
      { id: 'b-p1', parent: 'b-total', item: 'p1', amounts: { state: 10000.0001, own: 1234.5678 } },
      { id: 'b-p2', parent: 'b-total', item: 'p2', amounts: { state: 1111.111 } },
    ],
  };
  p.households = { projects: [{ id: 'hh-a', label: { th: 'บ้านมั่นคง' }, target: 12500 }, { id: 'hh-b', label: { th: 'บ้านพอเพียง' }, target: 41370 }], total: 53870 };
  return p;
}

/** What a person typed into each cell, by sheet key, row id and column key. */
const TYPED: [string, string, string, string][] = [
  ['plan', 'fiscalYear', 'value', '๒๕๖๗'],
  ['plan', 'households_total', 'value', '๕๓,๘๗๐'],
  ['budget', 'b-total', 'stated_total', '๑๒,๓๔๕.๖๗๘๙'],
  ['budget', 'b-total', 'stated:state', '11,111.1111'],
  ['budget', 'b-total', 'stated:own', "'1,234.5678"],
  ['budget', 'b-p1', 'amount:state', '๑๐,๐๐๐.๐๐๐๑'],
  ['budget', 'b-p1', 'amount:own', ' 1,234.5678 '],
  ['budget', 'b-p2', 'amount:state', '1111.111'],
  ['households', 'hh-a', 'target', '๑๒,๕๐๐'],
  ['households', 'hh-b', 'target', "'41,370"],
  ['kpis', 'k1', 'target_value', '๑๐๐'],
];

describe('a workbook typed with Thai digits and thousands separators', () => {
  test('XLSX: every typed number (stored as text) imports as the number it says', async () => {
    const plan = bigPlan();
    const wb = new Workbook();
    await wb.xlsx.load(await tablesToXlsx(exportTables(plan).tables!));
    for (const [table, row, column, typed] of TYPED) {
      const ws = wb.getWorksheet(sheetName(TABLE_BY_KEY.get(table as 'plan')!))!;
      const header = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
      const c = table === 'plan' ? header.findIndex((h) => h.endsWith('| value')) : header.findIndex((h) => h.endsWith(`| ${column}`));
      let r = 0;
      ws.eachRow((x, n) => {
        if (String(x.getCell(1).value) === row) r = n;
      });
      assert.ok(c > 0 && r > 1, `${table} ${row} ${column}`);
      ws.getRow(r).getCell(c).value = typed;
      assert.equal(typeof ws.getRow(r).getCell(c).value, 'string');
    }
    const got = importBook(await xlsxToBook(await wb.xlsx.writeBuffer(), 'typed.xlsx'));
    assert.deepEqual(got.problems.map((p) => formatProblem(p, 'en')), []);
    assert.deepStrictEqual(got.plan, plan);
    assert.equal(got.plan!.fiscalYear, 2567);
    assert.equal(got.plan!.budget!.lines[0]!.stated!.total, 12345.6789);
    assert.equal(got.plan!.households!.projects[1]!.target, 41370);
  });

  test('CSV: the same typing in a CSV file', () => {
    const plan = bigPlan();
    const tables = exportTables(plan).tables!;
    const book = { where: 'typed', sheets: tables.map((t) => csvToSheet(`${t.def.key}.csv`, tableToCsv(t))) };
    for (const [table, row, column, typed] of TYPED) {
      const sheet = book.sheets.find((s) => s.name === `${table}.csv`)!;
      const header = sheet.rows[0]!.map(String);
      const c = table === 'plan' ? 2 : header.indexOf(headerText(tables.find((t) => t.def.key === table)!.columns.find((x) => x.key === column)!));
      const r = sheet.rows.findIndex((x) => x[0] === row);
      assert.ok(c >= 0 && r > 0, `${table} ${row} ${column}`);
      sheet.rows[r]![c] = typed;
    }
    const got = importBook(book);
    assert.deepEqual(got.problems.map((p) => formatProblem(p, 'en')), []);
    assert.deepStrictEqual(got.plan, plan);
  });
});
