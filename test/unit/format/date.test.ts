import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatFiscalYear, formatYear } from '../../../src/format/index.js';

const th = { lang: 'th' } as const;
const en = { lang: 'en' } as const;

test('years: B.E. in Thai, C.E. in English, or as the site asks', () => {
  assert.equal(formatYear(2567, th), 'พ.ศ. 2567');
  assert.equal(formatYear(2567, en), '2024');
  assert.equal(formatYear(2567, { ...en, era: 'be' }), 'B.E. 2567');
  assert.equal(formatYear(2567, { ...th, era: 'ce' }), 'ค.ศ. 2024');
  assert.equal(formatYear(2567, { ...th, thaiDigits: true }), 'พ.ศ. ๒๕๖๗');
  assert.equal(formatYear(Number.NaN, th), '–');
});

test('fiscal years', () => {
  assert.equal(formatFiscalYear(2567, th), 'ปีงบประมาณ พ.ศ. 2567');
  assert.equal(formatFiscalYear(2567, en), 'fiscal year 2024 (B.E. 2567)');
  assert.equal(formatFiscalYear(2567, { ...en, era: 'ce' }), 'fiscal year 2024');
  assert.equal(formatFiscalYear(2567, { ...th, thaiDigits: true }), 'ปีงบประมาณ พ.ศ. ๒๕๖๗');
});

test('dates: Thai with a B.E. year, English with C.E.', () => {
  assert.equal(formatDate('2023-08-18', th), '18 ส.ค. 2566');
  assert.equal(formatDate('2023-08-18', en), '18 Aug 2023');
  assert.equal(formatDate('2023-08-18', { ...th, thaiDigits: true }), '๑๘ ส.ค. ๒๕๖๖');
  assert.equal(formatDate('2023-08-18', { ...th, era: 'ce' }), '18 ส.ค. ค.ศ. 2023');
});

test('a date-only value is the same day west of Greenwich', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Pacific/Honolulu';
  try {
    assert.equal(formatDate('2023-08-18', en), '18 Aug 2023');
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('an invalid date is shown as given, never "Invalid Date"', () => {
  assert.equal(formatDate('not a date', th), 'not a date');
  assert.equal(formatDate('2023-02-30', th), '2023-02-30');
  assert.equal(formatDate('2023-13-01', en), '2023-13-01');
  assert.equal(formatDate('', en), '');
});
