#!/usr/bin/env node
// Finds a Chrome or Chromium executable for the browser tests, screenshots and benchmarks.
// Nothing in this project downloads its own browser: it uses the one on the machine.
//
//   node scripts/find-chrome.mjs            prints the path, or one line saying what to install
//   node scripts/find-chrome.mjs --install  on Debian/Ubuntu as root, installs Chromium when missing
//
// Other scripts import { findChrome, ensureChrome } from this file.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_INSTALL =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium fonts-thai-tlwg) or set CHROME_PATH to its executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a usable browser, or null. Throws when CHROME_PATH names a missing file. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/os-release')) return false;
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return isDebianLike && hasApt;
}

function installWithApt() {
  console.error('Chromium not found: installing it with apt-get (chromium fonts-thai-tlwg)...');
  const result = spawnSync(
    'sh',
    ['-c', 'apt-get update && apt-get install -y chromium fonts-thai-tlwg'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
  );
  return result.status === 0;
}

/**
 * Returns the path of a usable browser, installing Chromium first when none is found
 * and `install` is true on a Debian/Ubuntu machine where we are root.
 * Throws an Error with a one-line message when no browser can be had.
 */
export function ensureChrome({ install = true } = {}) {
  const found = findChrome();
  if (found) return found;
  if (install && canInstallWithApt() && installWithApt()) {
    const installed = findChrome();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_INSTALL);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureChrome({ install: process.argv.includes('--install') }));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
