// Export then import gives the same plan (deep-equal), through a CSV folder and
// through an XLSX workbook: the CODI plan, its illustrative sample (results,
// regions, a household breakdown), the second (fictional) plan and a plan that
// sets every field of the schema.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { exportTables, importBook } from '../../../src/io/import.js';
import { readCsvFolder, writeCsvFolder } from '../../../src/io/csv.js';
import { tablesToXlsx, xlsxToBook } from '../../../src/io/xlsx.js';
import { formatProblem } from '../../../src/io/problems.js';
import { TABLES } from '../../../src/io/tables.js';
import { everyFieldPlan, EVERY_FIELD_CATALOGUE } from './every-field.js';

const read = (f: string): Plan => JSON.parse(readFileSync(f, 'utf8'));
const plans: [string, () => Plan, Catalogue[]][] = [
  ['the CODI plan', () => read('data/codi-2567.plan.json'), []],
  ['the illustrative CODI sample', () => read('data/examples/codi-2567-illustrative.plan.json'), []],
  ['a plan with every field of the schema', everyFieldPlan, [EVERY_FIELD_CATALOGUE]],
  [
    'the second (fictional) plan, linked by catalogue id only',
    () => read('data/examples/sample-agency-2567.illustrative.plan.json'),
    [JSON.parse(readFileSync('data/frameworks/th-national.json', 'utf8')) as Catalogue],
  ],
];

function tablesOf(plan: Plan, catalogues: Catalogue[]) {
  const { tables, problems } = exportTables(plan, catalogues);
  assert.deepEqual(problems, []);
  return tables!;
}

function assertSame(got: ReturnType<typeof importBook>, plan: Plan) {
  assert.deepEqual(got.problems.map((p) => formatProblem(p, 'en')), []);
  assert.deepStrictEqual(got.plan, plan);
}

describe('round trip', () => {
  for (const [name, make, catalogues] of plans) {
    test(`${name}: CSV folder → plan is deep-equal`, () => {
      const plan = make();
      const dir = mkdtempSync(join(tmpdir(), 'codi-io-csv-'));
      writeCsvFolder(dir, tablesOf(plan, catalogues));
      assert.deepEqual(readdirSync(dir).sort(), TABLES.map((t) => `${t.key}.csv`).sort());
      assert.ok(readFileSync(join(dir, 'items.csv'), 'utf8').startsWith('\uFEFF'), 'UTF-8 with a BOM');
      assertSame(importBook(readCsvFolder(dir), catalogues), plan);
    });

    test(`${name}: XLSX workbook → plan is deep-equal`, async () => {
      const plan = make();
      const book = await xlsxToBook(await tablesToXlsx(tablesOf(plan, catalogues)), 'plan.xlsx');
      assert.equal(book.sheets.length, TABLES.length + 1, 'an instructions sheet and one sheet per table');
      assertSame(importBook(book, catalogues), plan);
    });
  }

  test('the every-field plan really sets every field: each table has rows and no column is always blank', async () => {
    const tables = tablesOf(everyFieldPlan(), [EVERY_FIELD_CATALOGUE]);
    for (const t of tables) {
      assert.ok(t.rows.length > 0, `${t.def.key} has rows`);
      if (t.def.key === 'plan') {
        const blank = t.rows.filter((r) => r[2] === null).map((r) => r[0]);
        assert.deepEqual(blank, [], 'every plan-sheet field is set');
        continue;
      }
      t.columns.forEach((c, i) => assert.ok(t.rows.some((r) => r[i] !== null), `${t.def.key}.${c.key} is set somewhere`));
    }
  });

  test('the same plan always gives the same workbook bytes', async () => {
    const tables = tablesOf(read('data/codi-2567.plan.json'), []);
    assert.deepEqual(await tablesToXlsx(tables), await tablesToXlsx(tables));
  });
});
