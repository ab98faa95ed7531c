/**
 * The `import` and `export` commands of the codi-plan CLI. Exit codes:
 * 0 done; 1 problems (every one listed, each by sheet, row, column and JSON
 * path, and nothing written); 2 bad usage. Node only.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plan } from '../schema/plan.js';
import { writeCsvFolder } from './csv.js';
import { checkPlan, exportTables, importPath } from './import.js';
import { formatProblem, fromPlanProblem, pickLang, type IoProblem, type Lang } from './problems.js';
import { importThBudget, readThBudgetFile } from './th-budget.js';
import { tablesToXlsx } from './xlsx.js';
import { gatherCatalogues } from '../cli/catalogues.js';
import type { Catalogue } from '../schema/plan.js';

export const IMPORT_USAGE = [
  'codi-plan import (FOLDER | FILE.xlsx) -o PLAN.json [--catalogue FILE]... [--lang th|en]',
  'codi-plan import --from th-budget FILE.csv[.gz] (--ministry NAME | --unit NAME) [--year CE] -o PLAN.json [--lang th|en]',
];
export const EXPORT_USAGE = ['codi-plan export PLAN.json (--csv FOLDER | --xlsx FILE) [--catalogue FILE]... [--lang th|en]'];

type Out = (line: string) => void;

class UsageError extends Error {}

const FLAGS = new Set(['-o', '--out', '--lang', '--from', '--ministry', '--unit', '--year', '--csv', '--xlsx', '--catalogue']);

/**
 * Positional arguments and `--flag value` pairs; a flag given twice or without a value is bad
 * usage, except `--catalogue FILE`, which may be repeated (collected in `catalogues`).
 */
export function parseArgs(argv: readonly string[]): { positional: string[]; flags: Map<string, string>; catalogues: string[] } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const catalogues: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-') && a !== '-') {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (!FLAGS.has(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (name === '--catalogue') {
        catalogues.push(value);
        continue;
      }
      const key = name === '--out' ? '-o' : name;
      if (flags.has(key)) throw new UsageError(`${name} is given twice`);
      flags.set(key, value);
    } else positional.push(a);
  }
  return { positional, flags, catalogues };
}

/** The catalogues given with --catalogue plus every shipped one (data/frameworks/ of the package); undefined when the plan's own are enough. */
function cataloguesOf(given: readonly string[], what: string, lang: Lang, err: Out): Catalogue[] | undefined | false {
  if (!given.length) return undefined;
  try {
    return gatherCatalogues(given).map((c) => c.catalogue);
  } catch (e) {
    listProblems(what, [{ code: 'unreadable', params: { reason: (e as Error).message } }], lang, err);
    return false;
  }
}

function langOf(flags: Map<string, string>): Lang {
  const l = flags.get('--lang');
  if (l !== undefined && l !== 'th' && l !== 'en') throw new UsageError('--lang is th or en');
  return pickLang(l);
}

function listProblems(what: string, problems: readonly IoProblem[], lang: Lang, err: Out): void {
  const n = problems.length;
  err(lang === 'th' ? `${what}: พบ ${n} ปัญหา ไม่ได้เขียนไฟล์ใด ๆ` : `${what}: ${n} problem${n === 1 ? '' : 's'}; nothing written`);
  for (const p of problems) err(`  ${formatProblem(p, lang)}`);
}

/** Writes through a temporary file in the same folder, so a failed write leaves nothing half-written. */
function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = mkdtempSync(join(dirname(file), `.${basename(file)}.`));
  try {
    const part = join(tmp, 'part');
    writeFileSync(part, data);
    renameSync(part, file);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function planJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

function summary(plan: Plan, lang: Lang): string {
  const items = plan.items?.length ?? 0;
  const lines = plan.budget?.lines.length ?? 0;
  const kpis = plan.kpis?.length ?? 0;
  return lang === 'th'
    ? `แผน "${plan.id}": ${items} รายการ, ${lines} รายการงบประมาณ, ${kpis} ตัวชี้วัด`
    : `plan "${plan.id}": ${items} items, ${lines} budget lines, ${kpis} KPIs`;
}

async function runImport(argv: readonly string[], out: Out, err: Out): Promise<number> {
  const { positional, flags, catalogues: given } = parseArgs(argv);
  const lang = langOf(flags);
  const output = flags.get('-o');
  if (!output || positional.length !== 1) throw new UsageError('import needs one input and -o PLAN.json');
  const input = positional[0]!;
  const from = flags.get('--from');
  let plan: Plan;
  if (from !== undefined) {
    if (from !== 'th-budget') throw new UsageError(`--from ${from}: the only known source is th-budget`);
    const ministry = flags.get('--ministry');
    const unit = flags.get('--unit');
    if ((ministry === undefined) === (unit === undefined)) throw new UsageError('--from th-budget needs --ministry NAME or --unit NAME (one of them)');
    const yearText = flags.get('--year');
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2300)) throw new UsageError('--year is a Christian Era year, e.g. 2022');
    for (const f of ['--csv', '--xlsx']) if (flags.has(f)) throw new UsageError(`${f} belongs to export`);
    if (given.length) throw new UsageError('--catalogue is not an option of --from th-budget (a budget plan links to no framework)');
    let text: string;
    try {
      text = readThBudgetFile(input);
    } catch (e) {
      listProblems(input, [{ code: 'unreadable', params: { reason: (e as Error).message } }], lang, err);
      return 1;
    }
    const r = importThBudget(text, { ministry, unit, year, file: input });
    for (const w of r.warnings) err(`${lang === 'th' ? 'คำเตือน' : 'warning'}: ${formatProblem(w, lang)}`);
    if (!r.plan || r.problems.length) {
      listProblems(input, r.problems, lang, err);
      return 1;
    }
    const problems = checkPlan(r.plan, []);
    if (problems.length) {
      listProblems(input, problems.map(fromPlanProblem), lang, err);
      return 1;
    }
    plan = r.plan;
    out(
      lang === 'th'
        ? `${r.stats.rows} แถวของปีงบประมาณ รวม ${r.stats.sumBaht} บาท = ${r.stats.totalMillionBaht} ล้านบาท (ไม่รวม ${r.stats.otherYearRows} แถวของปีอื่น)`
        : `${r.stats.rows} rows of the fiscal year, ${r.stats.sumBaht} baht = ${r.stats.totalMillionBaht} million baht (${r.stats.otherYearRows} rows of other years left out)`,
    );
  } else {
    for (const f of ['--ministry', '--unit', '--year', '--csv', '--xlsx']) if (flags.has(f)) throw new UsageError(`${f} is not an option of this import`);
    const catalogues = cataloguesOf(given, input, lang, err);
    if (catalogues === false) return 1;
    const r = await importPath(input, catalogues);
    if (!r.plan) {
      listProblems(input, r.problems, lang, err);
      return 1;
    }
    plan = r.plan;
  }
  try {
    writeAtomic(output, planJson(plan));
  } catch (e) {
    listProblems(output, [{ code: 'unwritable', params: { reason: (e as Error).message } }], lang, err);
    return 1;
  }
  out(`${lang === 'th' ? 'เขียน' : 'wrote'} ${output}: ${summary(plan, lang)}`);
  return 0;
}

async function runExport(argv: readonly string[], out: Out, err: Out): Promise<number> {
  const { positional, flags, catalogues: given } = parseArgs(argv);
  const lang = langOf(flags);
  const csv = flags.get('--csv');
  const xlsx = flags.get('--xlsx');
  if (positional.length !== 1 || (csv === undefined) === (xlsx === undefined)) throw new UsageError('export needs one PLAN.json and --csv FOLDER or --xlsx FILE');
  for (const f of ['-o', '--from', '--ministry', '--unit', '--year']) if (flags.has(f)) throw new UsageError(`${f} is not an option of export`);
  const input = positional[0]!;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(input, 'utf8'));
  } catch (e) {
    listProblems(input, [{ code: 'unreadable', params: { reason: (e as Error).message } }], lang, err);
    return 1;
  }
  const catalogues = cataloguesOf(given, input, lang, err);
  if (catalogues === false) return 1;
  const { tables, problems } = exportTables(json, catalogues);
  if (!tables) {
    listProblems(input, problems, lang, err);
    return 1;
  }
  try {
    if (csv !== undefined) {
      const files = writeCsvFolder(csv, tables);
      out(`${lang === 'th' ? 'เขียน' : 'wrote'} ${files.length} ${lang === 'th' ? 'ไฟล์ CSV ใน' : 'CSV files to'} ${csv}: ${summary(json as Plan, lang)}`);
    } else {
      writeAtomic(xlsx!, await tablesToXlsx(tables));
      out(`${lang === 'th' ? 'เขียน' : 'wrote'} ${xlsx}: ${summary(json as Plan, lang)}`);
    }
  } catch (e) {
    listProblems(csv ?? xlsx!, [{ code: 'unwritable', params: { reason: (e as Error).message } }], lang, err);
    return 1;
  }
  return 0;
}

/** Runs `import` or `export`; returns the exit code. */
export async function runIoCommand(command: 'import' | 'export', argv: readonly string[], out: Out, err: Out): Promise<number> {
  try {
    return await (command === 'import' ? runImport(argv, out, err) : runExport(argv, out, err));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`codi-plan ${command}: ${e.message}`);
    for (const u of command === 'import' ? IMPORT_USAGE : EXPORT_USAGE) err(`usage: ${u}`);
    return 2;
  }
}
