// templates/plan-template.xlsx, the workbook the package ships: it imports to a plan
// that validates (the CODI plan, deep-equal), it has an instructions sheet first (Thai
// before English) and Thai and English headers, and it is what
// scripts/make-template.ts makes today (never edited by hand).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validatePlan } from '../../../src/schema/validate.js';
import { importPath } from '../../../src/io/import.js';
import { formatProblem } from '../../../src/io/problems.js';
import { xlsxToBook } from '../../../src/io/xlsx.js';
import { headerText, TABLES } from '../../../src/io/tables.js';
import { makeTemplate, TEMPLATE, TEMPLATE_SOURCE } from '../../../scripts/make-template.js';

describe('templates/plan-template.xlsx', () => {
  test('imports to a plan that validates, and that plan is the CODI plan', async () => {
    const r = await importPath(TEMPLATE);
    assert.deepEqual(r.problems.map((p) => formatProblem(p, 'en')), []);
    const v = validatePlan(r.plan);
    assert.ok(v.ok, JSON.stringify(v.problems));
    assert.deepStrictEqual(r.plan, JSON.parse(readFileSync(TEMPLATE_SOURCE, 'utf8')));
  });

  test('an instructions sheet first, Thai before English; then every table with "Thai | key" headers', async () => {
    const book = await xlsxToBook(readFileSync(TEMPLATE), 'plan-template.xlsx');
    const [info, ...sheets] = book.sheets;
    assert.match(info!.name, /คำอธิบาย/);
    const lines = info!.rows.map((r) => String(r[0] ?? ''));
    const th = lines.findIndex((l) => /คำอธิบาย/.test(l));
    const en = lines.findIndex((l) => /^Instructions/.test(l));
    assert.ok(th >= 0 && en > th, 'Thai instructions come before the English ones');
    assert.equal(sheets.length, TABLES.length);
    for (const [i, t] of TABLES.entries()) {
      const header = sheets[i]!.rows[0]!.map(String);
      for (const c of t.columns().filter((c) => c.required)) assert.ok(header.includes(headerText(c)), `${t.key}: ${headerText(c)}`);
      for (const h of header) assert.match(h, /[\u0E00-\u0E7F].* \| [A-Za-z_$]/, `${t.key}: "${h}" has a Thai and an English part`);
    }
  });

  test('is exactly what scripts/make-template.ts makes (run `npx tsx scripts/make-template.ts` after changing the plan or the tables)', async () => {
    assert.ok(Buffer.from(await makeTemplate()).equals(readFileSync(TEMPLATE)), 'templates/plan-template.xlsx is stale');
  });
});
