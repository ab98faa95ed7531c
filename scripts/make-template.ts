// Writes templates/plan-template.xlsx, the workbook planning staff start from: an
// instructions sheet (Thai first, then English), then one sheet per table of the plan
// with Thai and English column headers, filled in with the CODI FY2567 plan
// (data/codi-2567.plan.json). Generated, never edited by hand: run it again after the
// plan or the table design changes (`npx tsx scripts/make-template.ts`); a test checks
// that the template imports to a plan that validates and equals the CODI plan.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportTables } from '../src/io/import.js';
import { formatProblem } from '../src/io/problems.js';
import { tablesToXlsx } from '../src/io/xlsx.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATE = join(root, 'templates', 'plan-template.xlsx');
export const TEMPLATE_SOURCE = join(root, 'data', 'codi-2567.plan.json');

export async function makeTemplate(): Promise<Uint8Array> {
  const { tables, problems } = exportTables(JSON.parse(readFileSync(TEMPLATE_SOURCE, 'utf8')));
  if (!tables) throw new Error(`${TEMPLATE_SOURCE} is not a valid plan:\n${problems.map((p) => formatProblem(p, 'en')).join('\n')}`);
  return tablesToXlsx(tables);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const data = await makeTemplate();
  mkdirSync(dirname(TEMPLATE), { recursive: true });
  writeFileSync(TEMPLATE, data);
  console.log(`wrote ${TEMPLATE} (${data.byteLength} bytes)`);
}
