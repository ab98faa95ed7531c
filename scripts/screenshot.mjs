#!/usr/bin/env node
// Takes a screenshot of a page at an exact viewport width (the chromium CLI's
// --window-size has a minimum width, so narrow layouts need this):
//   node scripts/screenshot.mjs http://localhost:5173/ out.png [--width 390] [--height 900] [--full]
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--height N] [--full] [--wait MS]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const browser = await puppeteer.launch({
  executablePath: findChrome() ?? undefined,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: opt('width', 1280), height: opt('height', 900) });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, opt('wait', 800)));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
} finally {
  await browser.close();
}
