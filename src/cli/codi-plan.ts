#!/usr/bin/env node
/**
 * `codi-plan validate FILE [--catalogue FILE]...`: exit 0 when the plan is
 * valid; 1 with every problem listed by JSON path when it is not (unreadable
 * JSON included); 2 on bad usage. The framework catalogues the plan names in
 * `catalogues` are read from the package's data/frameworks/<id>.json (found
 * from the package root, whatever the working directory); `--catalogue FILE`
 * adds one (or replaces a shipped one with the same id). The output says which
 * catalogues were used.
 *
 * `codi-plan import` / `codi-plan export`: a plan from or to a workbook or a
 * folder of CSV files, or from the national budget CSV (see src/io/commands.ts).
 * Same exit codes; when there is any problem, nothing is written.
 */
import { readFileSync } from 'node:fs';
import { validatePlanText } from '../schema/validate.js';
import { declaredCatalogues, describeCatalogues, gatherCatalogues, type CatalogueFile } from './catalogues.js';

const USAGE = [
  'usage: codi-plan validate FILE [--catalogue FILE]...',
  '       codi-plan import (FOLDER | FILE.xlsx) -o PLAN.json [--catalogue FILE]... [--lang th|en]',
  '       codi-plan import --from th-budget FILE.csv[.gz] (--ministry NAME | --unit NAME) [--year CE] -o PLAN.json [--lang th|en]',
  '       codi-plan export PLAN.json (--csv FOLDER | --xlsx FILE) [--catalogue FILE]... [--lang th|en]',
].join('\n');

/** `validate` arguments: one FILE and any number of `--catalogue FILE`; undefined on bad usage. */
function validateArgs(argv: readonly string[]): { file: string; catalogues: string[] } | undefined {
  const files: string[] = [];
  const catalogues: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--catalogue' || a.startsWith('--catalogue=')) {
      const value = a === '--catalogue' ? argv[++i] : a.slice('--catalogue='.length);
      if (!value) return undefined;
      catalogues.push(value);
    } else if (a.startsWith('-') && a !== '-') return undefined;
    else files.push(a);
  }
  return files.length === 1 ? { file: files[0]!, catalogues } : undefined;
}

function validate(file: string, given: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err(`${file}: cannot read: ${(e as Error).message}`);
    return 1;
  }
  let declared: string[] = [];
  try {
    declared = declaredCatalogues(JSON.parse(text));
  } catch {
    // not JSON: the validator reports it
  }
  let available: CatalogueFile[];
  try {
    available = gatherCatalogues(given, declared);
  } catch (e) {
    err((e as Error).message);
    return 1;
  }
  const result = validatePlanText(text, { catalogues: available.map((c) => c.catalogue) });
  const says = describeCatalogues(declared, available, result.ok ? result.plan.links : undefined);
  if (result.ok) {
    out(`${file}: valid plan "${result.plan.id}"`);
    for (const line of says) out(`  ${line}`);
    return 0;
  }
  err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  for (const p of result.problems) err(`  ${p.path}: ${p.message} [${p.rule}]`);
  for (const line of says) err(`  ${line}`);
  return 1;
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number | Promise<number> {
  const [command] = argv;
  if (command === '--help' || command === '-h') {
    out(USAGE);
    return 0;
  }
  if (command === 'import' || command === 'export') {
    // Loaded only here: `validate` stays as quick as it was.
    return import('../io/commands.js').then((m) => m.runIoCommand(command, argv.slice(1), out, err));
  }
  const args = command === 'validate' ? validateArgs(argv.slice(1)) : undefined;
  if (!args) {
    err(USAGE);
    return 2;
  }
  return validate(args.file, args.catalogues, out, err);
}

const invokedDirectly = process.argv[1] && /codi-plan(\.[cm]?[jt]s)?$/.test(process.argv[1]);
if (invokedDirectly) {
  Promise.resolve(main(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l))).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exitCode = 1;
    },
  );
}
