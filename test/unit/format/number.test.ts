import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney, formatNumber, formatPercent, formatValue, shares } from '../../../src/format/index.js';

const th = { lang: 'th' } as const;
const en = { lang: 'en' } as const;

/** Sum in integer tenths (or hundredths), so float noise cannot hide a drift. */
const sumUnits = (xs: number[], decimals: number): number => xs.reduce((a, x) => a + Math.round(x * 10 ** decimals), 0);

test('money prints 4 decimals as the budget document does', () => {
  assert.equal(formatMoney(5834.1047, th), '5,834.1047 ล้านบาท');
  assert.equal(formatMoney(5834.1047, en), '5,834.1047 million baht');
  assert.equal(formatMoney(100, th), '100.0000 ล้านบาท');
  assert.equal(formatMoney(5834.1047, { ...th, decimals: 1 }), '5,834.1 ล้านบาท');
});

test('Thai digits', () => {
  assert.equal(formatMoney(5834.1047, { ...th, thaiDigits: true }), '๕,๘๓๔.๑๐๔๗ ล้านบาท');
  assert.equal(formatNumber(53870, { ...th, thaiDigits: true }), '๕๓,๘๗๐');
  assert.equal(formatNumber(53870, { ...en, thaiDigits: true }), '53,870', 'English text keeps Western digits');
});

test('compact money picks the tier after rounding', () => {
  assert.equal(formatMoney(5834.1047, { ...th, compact: true }), '5.8 พันล้านบาท');
  assert.equal(formatMoney(5834.1047, { ...en, compact: true }), '5.8 billion baht');
  assert.equal(formatMoney(999.96, { ...en, compact: true }), '1 billion baht');
  assert.equal(formatMoney(178.4387, { ...th, compact: true }), '178.4 ล้านบาท');
});

test('percent: the word comes first in Thai, the sign last in English', () => {
  assert.equal(formatValue(80, 'percent', th), 'ร้อยละ 80');
  assert.equal(formatValue(80, 'percent', en), '80%');
  assert.equal(formatPercent(0.1234, th), 'ร้อยละ 12.34');
  assert.equal(formatPercent(0.1234, en), '12.34%');
  assert.equal(formatPercent(0.5, { ...en, decimals: 1 }), '50.0%');
});

test('comparator prefix reads as the plan prints it', () => {
  assert.equal(formatValue(80, 'percent', { ...th, comparator: 'at-least' }), 'ไม่น้อยกว่าร้อยละ 80');
  assert.equal(formatValue(80, 'percent', { ...en, comparator: 'at-least' }), 'at least 80%');
  assert.equal(formatValue(10, 'percent', { ...th, comparator: 'at-most' }), 'ไม่เกินร้อยละ 10');
  assert.equal(formatValue(10, 'percent', { ...en, comparator: 'at-most' }), 'at most 10%');
  assert.equal(formatValue(7100, 'household', { ...th, comparator: 'at-least' }), 'ไม่น้อยกว่า 7,100 ครัวเรือน');
  assert.equal(formatValue(1.5, 'times', { ...th, comparator: 'exactly' }), '1.5 เท่า');
});

test('units: counts, ratios, money, plan units and unknown ids', () => {
  assert.equal(formatValue(7100, 'household', th), '7,100 ครัวเรือน');
  assert.equal(formatValue(7100, 'household', en), '7,100 households');
  assert.equal(formatValue(1.5, 'times', en), '1.5 times');
  assert.equal(formatValue(12.345, 'person', th), '12.35 คน');
  assert.equal(formatValue(5834.1047, 'million-baht', en), '5,834.1047 million baht');
  const planUnits = [{ id: 'km', label: { th: 'กิโลเมตร', en: 'km' }, kind: 'count' as const, decimals: 1 }];
  assert.equal(formatValue(3, 'km', { ...en, planUnits }), '3.0 km');
  assert.equal(formatValue(3, 'widgets', th), '3 widgets');
});

test('never NaN, Infinity or -0 on screen', () => {
  assert.equal(formatNumber(Number.NaN, th), '–');
  assert.equal(formatNumber(Infinity, en), '–');
  assert.equal(formatMoney(Number.NaN, th), '–');
  assert.equal(formatValue(Number.NaN, 'percent', th), '–');
  assert.equal(formatPercent(-Infinity, en), '–');
  assert.equal(formatNumber(-0, en), '0');
  assert.equal(formatNumber(-0.001, en), '0');
  assert.equal(formatNumber(1.5, { ...en, decimals: 50 }), '1.5', 'out-of-range decimals are clamped, not thrown');
});

test('shares of three equal parts add up to exactly 100.0', () => {
  const s = shares([1, 1, 1]);
  assert.equal(sumUnits(s, 1), 1000);
  assert.deepEqual([...s].sort(), [33.3, 33.3, 33.4]);
  assert.equal(sumUnits(shares([1, 1, 1], 2), 2), 10000);
});

test("shares of CODI's development-issue budgets add up to 100.0", () => {
  const s = shares([4957.0178, 178.4387, 671.1074, 27.5408]);
  assert.equal(sumUnits(s, 1), 1000);
  // Rounded one by one they print 85.0 + 3.1 + 11.5 + 0.5 = 100.1.
  assert.deepEqual(s, [85, 3, 11.5, 0.5]);
});

test('shares of nothing are zeros', () => {
  assert.deepEqual(shares([0, 0, 0]), [0, 0, 0]);
  assert.deepEqual(shares([]), []);
});
