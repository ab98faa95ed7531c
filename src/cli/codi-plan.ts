#!/usr/bin/env node
/**
 * `codi-plan validate FILE`: exit 0 when the plan is valid; 1 with every
 * problem listed by JSON path when it is not (unreadable JSON included);
 * 2 on bad usage.
 *
 * `codi-plan import` / `codi-plan export`: a plan from or to a workbook or a
 * folder of CSV files, or from the national budget CSV (see src/io/commands.ts).
 * Same exit codes; when there is any problem, nothing is written.
 */
import { readFileSync } from 'node:fs';
import { validatePlanText } from '../schema/validate.js';

const USAGE = [
  'usage: codi-plan validate FILE',
  '       codi-plan import (FOLDER | FILE.xlsx) -o PLAN.json [--lang th|en]',
  '       codi-plan import --from th-budget FILE.csv[.gz] (--ministry NAME | --unit NAME) [--year CE] -o PLAN.json [--lang th|en]',
  '       codi-plan export PLAN.json (--csv FOLDER | --xlsx FILE) [--lang th|en]',
].join('\n');

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number | Promise<number> {
  const [command, file, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    out(USAGE);
    return 0;
  }
  if (command === 'import' || command === 'export') {
    // Loaded only here: `validate` stays as quick as it was.
    return import('../io/commands.js').then((m) => m.runIoCommand(command, argv.slice(1), out, err));
  }
  if (command !== 'validate' || !file || rest.length) {
    err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err(`${file}: cannot read: ${(e as Error).message}`);
    return 1;
  }
  const result = validatePlanText(text);
  if (result.ok) {
    out(`${file}: valid plan "${result.plan.id}"`);
    return 0;
  }
  err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  for (const p of result.problems) err(`  ${p.path}: ${p.message} [${p.rule}]`);
  return 1;
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
