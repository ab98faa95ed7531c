#!/usr/bin/env node
// `npm test`: Node unit tests (test/unit), then browser tests (test/browser) in Chromium,
// then one summary line for both: `N passed, N failed[, N skipped]`.
//
//   npm test                                 everything
//   npm test -- --unit-only | --browser-only  one runner
//   npm test -- test/unit/schema*.test.ts     only the matching files (globs work unquoted or quoted)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChrome } from './find-chrome.mjs';
import { globToRegExp, listFiles } from './list-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const browserOnly = args.includes('--browser-only');
const patterns = args
  .filter((arg) => !arg.startsWith('--'))
  .map((arg) => globToRegExp(relative(root, resolve(arg)).split('\\').join('/')));
const selected = (path) => patterns.length === 0 || patterns.some((pattern) => pattern.test(path));

const isTestFile = (path) => path.endsWith('.test.ts');
const unitFiles = browserOnly ? [] : listFiles('test/unit', isTestFile).filter(selected);
const browserFiles = unitOnly ? [] : listFiles('test/browser', isTestFile).filter(selected);

const scratch = mkdtempSync(join(tmpdir(), 'codi-plan-viz-test-'));
const total = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

/** Adds a runner's counts; a runner that failed without reporting a failure counts as one. */
function addResults(runner, resultsFile, exitStatus) {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    notes.push(`${runner}: no results were reported`);
    counts.failed = Math.max(counts.failed, 1);
  }
  if (exitStatus !== 0 && counts.failed === 0) {
    notes.push(`${runner}: exited with status ${exitStatus} without a failing test`);
    counts.failed = 1;
  }
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
}

function runUnitTests() {
  if (unitFiles.length === 0) return;
  const resultsFile = join(scratch, 'unit.json');
  const countsReporter = join(root, 'scripts', 'node-test-counts.mjs');
  const { status } = spawnSync(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${countsReporter}`, `--test-reporter-destination=${resultsFile}`,
      ...unitFiles,
    ],
    { stdio: 'inherit' },
  );
  addResults('unit tests', resultsFile, status);
}

function runBrowserTests() {
  if (browserFiles.length === 0) return;
  let chromePath;
  try {
    chromePath = ensureChrome({ install: true });
  } catch (error) {
    console.error(error.message);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  }
  const resultsFile = join(scratch, 'browser.json');
  const require = createRequire(import.meta.url);
  // The package exports only its API; its `wtr` bin is dist/bin.js beside dist/index.js.
  const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
  const { status } = spawnSync(
    process.execPath,
    [wtrBin, '--config', 'web-test-runner.config.mjs', '--files', ...browserFiles],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath, WTR_RESULTS_FILE: resultsFile } },
  );
  addResults('browser tests', resultsFile, status);
}

try {
  runUnitTests();
  runBrowserTests();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const note of notes) console.log(note);
if (total.passed + total.failed === 0) console.log('No tests ran.');
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 || total.passed + total.failed === 0 ? 1 : 0);
