/**
 * Import and export as the CLI runs them: a workbook or a CSV folder → a
 * validated plan with every problem located by sheet, row, column and JSON
 * path; a plan → a workbook or a CSV folder. Node only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalogue, type Plan } from '../schema/plan.js';
import { validatePlan } from '../schema/validate.js';
import { resolveCatalogues } from '../schema/catalogue.js';
import { checkIntegrity } from '../schema/integrity.js';
import type { Problem } from '../schema/problems.js';
import { readCsvFolder } from './csv.js';
import { fromPlanProblem, type IoProblem } from './problems.js';
import { planToTables, tablesToPlan, type OutTable, type RawBook } from './tables.js';
import { xlsxToBook } from './xlsx.js';

/** data/frameworks/ of this package (two levels above src/io and dist/io). */
const FRAMEWORKS_DIR = fileURLToPath(new URL('../../data/frameworks/', import.meta.url));

/** Loads the framework catalogues a plan names, from data/frameworks/<id>.json; missing ones are left for the validator to report. */
export function loadCatalogues(ids: readonly unknown[] | undefined, dir = FRAMEWORKS_DIR): Catalogue[] {
  const out: Catalogue[] = [];
  for (const id of ids ?? []) {
    if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id)) continue;
    const file = `${dir}${id}.json`;
    if (!existsSync(file)) continue;
    try {
      const parsed = Catalogue.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // an unreadable catalogue is reported by the validator as not loaded
    }
  }
  return out;
}

export interface ImportResult {
  /** The plan as the tables say it (catalogue links left as ids); set only when there is no problem. */
  plan?: Plan;
  problems: IoProblem[];
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** Validates a plan the way `validate` does, plus the integrity rules even when the shape is wrong (so every problem shows at once). */
export function checkPlan(plan: unknown, catalogues: readonly Catalogue[]): Problem[] {
  const result = validatePlan(plan, { catalogues });
  if (result.ok) return [];
  const problems = [...result.problems];
  if (problems.some((p) => p.rule === 'shape')) {
    try {
      const resolved = resolveCatalogues(plan as Plan, catalogues);
      problems.push(...resolved.problems, ...checkIntegrity(resolved.plan));
    } catch {
      // a plan too broken for the cross-checks: its shape problems say why
    }
  }
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\u0000${p.message}`;
    return !seen.has(k) && (seen.add(k), true);
  });
}

/** Tables → plan: reads, validates and locates every problem. */
export function importBook(book: RawBook, catalogues?: readonly Catalogue[]): ImportResult {
  const read = tablesToPlan(book);
  const problems = [...read.problems];
  const planProblems = checkPlan(read.plan, catalogues ?? loadCatalogues(read.plan.catalogues as unknown[] | undefined));
  const cellPaths = read.problems.map((p) => p.path).filter((p): p is string => p !== undefined);
  const duplicateRows = new Set(read.problems.filter((p) => p.code === 'duplicate-row').map((p) => `${p.sheet}\u0000${p.row}`));
  // Sums in a section are checked once every number in it can be read (a number the
  // reader could not read is absent, and a sum without it says nothing useful).
  const unreadSections = new Set(
    read.problems
      .filter((p) => p.path && ['not-a-number', 'date-in-number', 'not-an-integer', 'cell-error'].includes(p.code))
      .map((p) => p.path!.match(/^\$\.[A-Za-z]+/)?.[0] ?? '$'),
  );
  for (const pp of planProblems) {
    if ((pp.rule === 'sum' || pp.rule === 'percent') && [...unreadSections].some((s) => under(pp.path, s))) continue;
    const loc = read.locate(pp.path);
    const p: IoProblem = { ...fromPlanProblem(pp), ...loc };
    // Already said by the reader: the cell it could not read, a missing column, a duplicated row.
    if (cellPaths.some((c) => under(pp.path, c))) continue;
    if (loc?.field && read.missingColumns.get(loc.sheet)?.has(loc.field)) continue;
    if (pp.rule === 'unique-id' && loc && duplicateRows.has(`${loc.sheet}\u0000${loc.row}`)) continue;
    // A cell the reader reported maps to this problem's cell: keep both only when they differ.
    if (read.problems.some((r) => r.sheet === p.sheet && r.row === p.row && r.col !== undefined && r.col === p.col && r.code !== 'merged-cells')) continue;
    problems.push(p);
  }
  const order = new Map(book.sheets.map((s, i) => [s.name, i]));
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const sa = a.p.sheet === undefined ? -1 : (order.get(a.p.sheet) ?? 1e6);
      const sb = b.p.sheet === undefined ? -1 : (order.get(b.p.sheet) ?? 1e6);
      return sa - sb || (a.p.row ?? 0) - (b.p.row ?? 0) || (a.p.col ?? 0) - (b.p.col ?? 0) || a.i - b.i;
    })
    .map((x) => x.p);
  return sorted.length ? { problems: sorted } : { plan: read.plan as Plan, problems: [] };
}

/** Reads FILE.xlsx or a folder of CSV files. */
export async function readBook(input: string): Promise<RawBook> {
  if (statSync(input).isDirectory()) return readCsvFolder(input);
  return xlsxToBook(readFileSync(input), basename(input));
}

export async function importPath(input: string, catalogues?: readonly Catalogue[]): Promise<ImportResult> {
  let book: RawBook;
  try {
    book = await readBook(input);
  } catch (e) {
    return { problems: [{ code: 'unreadable', sheet: undefined, params: { reason: `${input}: ${(e as Error).message}` } }] };
  }
  return importBook(book, catalogues);
}

/** A validated plan → its tables; problems (by JSON path) when the plan is not valid. */
export function exportTables(planJson: unknown, catalogues?: readonly Catalogue[]): { tables?: OutTable[]; problems: IoProblem[] } {
  const cats = catalogues ?? loadCatalogues((planJson as { catalogues?: unknown[] } | null)?.catalogues);
  const problems = checkPlan(planJson, cats);
  if (problems.length) return { problems: problems.map(fromPlanProblem) };
  return { tables: planToTables(planJson as Plan), problems: [] };
}
