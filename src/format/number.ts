import type { Target, UnitDef } from '../schema/plan.js';
import { pickLabel, type Lang } from './label.js';
import { findUnit } from './units.js';

/** Options every formatter takes. */
export interface FormatOptions {
  lang: Lang;
  /**
   * Thai digits (๐-๙), as some government pages print them. Applies to Thai
   * text only: English readers do not read Thai digits.
   */
  thaiDigits?: boolean;
}

export interface NumberOptions extends FormatOptions {
  /** Most fraction digits shown (default 2; 1 when `compact`). */
  decimals?: number;
  /** Fewest fraction digits shown (default 0): set it equal to `decimals` for fixed precision. */
  minDecimals?: number;
  /** Short form for axis-like labels: "5.8 พันล้าน", "5.8B". */
  compact?: boolean;
  /** Thousands separators (default true; years turn them off). */
  grouping?: boolean;
}

export type Comparator = NonNullable<Target['comparator']>;

export interface ValueOptions extends FormatOptions {
  /** Overrides the unit's own decimals. */
  decimals?: number;
  planUnits?: readonly UnitDef[];
  comparator?: Comparator;
}

/** Shown instead of a number that is not one: never 'NaN' or 'Infinity' on screen. */
export const MISSING = '–';

/** The locale for numbers: en-US grouping for English, Thai digits through the `nu` extension. */
export function numberLocale(opts: FormatOptions): string {
  if (opts.lang === 'en') return 'en-US';
  return opts.thaiDigits ? 'th-TH-u-nu-thai' : 'th-TH';
}

/** A formatter and how it prints zero (to catch negatives that round to zero). */
interface Formatter {
  nf: Intl.NumberFormat;
  zero: string;
}

const cache = new Map<string, Formatter>();

/** Node 20's Intl accepts 0..20 fraction digits and throws outside; a bad option must not break a chart. */
function digits(n: number | undefined, fallback: number): number {
  if (n === undefined || !Number.isFinite(n)) return fallback;
  return Math.min(20, Math.max(0, Math.round(n)));
}

/**
 * Building an Intl.NumberFormat costs far more than using one, and charts format tens of
 * thousands of figures: one formatter per locale and options, keyed without allocating.
 */
function formatter(opts: NumberOptions): Formatter {
  const max = digits(opts.decimals, opts.compact ? 1 : 2);
  const min = Math.min(max, digits(opts.minDecimals, 0));
  const locale = numberLocale(opts);
  const grouping = opts.grouping ?? true;
  const key = `${locale}|${min}|${max}|${grouping}|${opts.compact === true}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping };
    if (opts.compact) {
      options.notation = 'compact';
      // Thai's short compact form is Latin ("5.8B"); the long one reads as Thai ("5.8 พันล้าน").
      options.compactDisplay = opts.lang === 'th' ? 'long' : 'short';
    }
    const nf = new Intl.NumberFormat(locale, options);
    f = { nf, zero: nf.format(0) };
    cache.set(key, f);
  }
  return f;
}

/**
 * Makes the first formatter of a page ahead of need: the first Intl.NumberFormat costs
 * 15-22 ms in Chromium (whatever the locale), the next ones a fraction of a millisecond.
 */
export function warmNumbers(opts: FormatOptions): void {
  formatter(opts);
}

/** A number in the reader's language. Non-finite input gives '–'; a value that rounds to zero prints as 0, never -0. */
export function formatNumber(value: number, opts: NumberOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const { nf, zero } = formatter(opts);
  if (value < 0 && nf.format(-value) === zero) return zero;
  return nf.format(value === 0 ? 0 : value);
}

const MONEY_TIERS = [
  { factor: 1e6, th: 'ล้านล้านบาท', en: 'trillion baht' },
  { factor: 1e3, th: 'พันล้านบาท', en: 'billion baht' },
  { factor: 1, th: 'ล้านบาท', en: 'million baht' },
] as const;

/**
 * A figure in million baht. By default as budget documents print it: 4 fixed
 * decimals ("5,834.1047 ล้านบาท"), so a shown total visibly matches its parts.
 * `compact` picks million, billion or trillion baht with 1 decimal for axis-like
 * labels ("5.8 พันล้านบาท"); the tier is chosen after rounding, so 999.96 gives
 * "1 พันล้านบาท", not "1,000 ล้านบาท".
 */
export function formatMoney(millionBaht: number, opts: Omit<NumberOptions, 'grouping'>): string {
  if (typeof millionBaht !== 'number' || !Number.isFinite(millionBaht)) return MISSING;
  const base = { lang: opts.lang, thaiDigits: opts.thaiDigits };
  if (!opts.compact) {
    const decimals = digits(opts.decimals, 4);
    const n = formatNumber(millionBaht, { ...base, decimals, minDecimals: opts.minDecimals ?? decimals });
    return `${n} ${MONEY_TIERS[2][opts.lang]}`;
  }
  const decimals = digits(opts.decimals, 1);
  const abs = Math.abs(millionBaht);
  const tier = MONEY_TIERS.find((t) => Number((abs / t.factor).toFixed(decimals)) >= 1) ?? MONEY_TIERS[2];
  const n = formatNumber(millionBaht / tier.factor, { ...base, decimals, minDecimals: opts.minDecimals ?? 0 });
  return `${n} ${tier[opts.lang]}`;
}

/** "ร้อยละ 80" in Thai (the word comes first), "80%" in English. */
function percentText(n: string, lang: Lang, label = '%'): string {
  if (lang === 'th') return `ร้อยละ ${n}`;
  return label === '%' ? `${n}%` : `${n} ${label}`;
}

/**
 * A share (0..1) as a percentage. With `decimals` the precision is fixed
 * (a column of shares lines up); without, up to 2 decimals.
 */
export function formatPercent(share: number, opts: FormatOptions & { decimals?: number }): string {
  if (typeof share !== 'number' || !Number.isFinite(share)) return MISSING;
  const decimals = opts.decimals === undefined ? undefined : digits(opts.decimals, 2);
  const n = formatNumber(share * 100, { ...opts, decimals: decimals ?? 2, minDecimals: decimals ?? 0 });
  return percentText(n, opts.lang);
}

/** Units written before their number in both languages: "ระดับ 5", "level 5". */
const PREFIX_UNITS = new Set(['level']);

const COMPARATOR_WORDS: Record<Comparator, Record<Lang, string>> = {
  'at-least': { th: 'ไม่น้อยกว่า', en: 'at least' },
  'at-most': { th: 'ไม่เกิน', en: 'at most' },
  exactly: { th: '', en: '' },
};

function defaultDecimals(value: number, unit: UnitDef | undefined): { max: number; min: number } {
  if (unit?.decimals !== undefined) return { max: unit.decimals, min: unit.decimals };
  if ((unit?.kind === 'count' || unit?.kind === 'score') && Number.isInteger(value)) return { max: 0, min: 0 };
  return { max: 2, min: 0 };
}

/**
 * A value with its unit in the reader's word order: "ร้อยละ 80" / "80%",
 * "1.5 เท่า" / "1.5 times", "7,100 ครัวเรือน" / "7,100 households", money in
 * million baht as `formatMoney`. A comparator reads as the documents print it:
 * "ไม่น้อยกว่าร้อยละ 80" / "at least 80%". A unit id that is neither built in
 * nor in `planUnits` is printed after the number as is (rendering never throws).
 * Decimals come from the unit's `decimals` (fixed), else up to 2 (0 for whole counts).
 */
export function formatValue(value: number, unitId: string, opts: ValueOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const { lang } = opts;
  const unit = findUnit(unitId, opts.planUnits);
  const fixed = opts.decimals === undefined ? undefined : digits(opts.decimals, 2);
  const dec = fixed === undefined ? defaultDecimals(value, unit) : { max: fixed, min: fixed };
  const label = unit ? pickLabel(unit.label, lang) : unitId;
  let text: string;
  if (unit?.id === 'million-baht') {
    text = formatMoney(value, { lang, thaiDigits: opts.thaiDigits, decimals: dec.max, minDecimals: dec.min });
  } else {
    const n = formatNumber(value, { lang, thaiDigits: opts.thaiDigits, decimals: dec.max, minDecimals: dec.min });
    if (unit?.kind === 'percent') text = lang === 'th' ? `${label} ${n}` : percentText(n, lang, label);
    else if (unit && PREFIX_UNITS.has(unit.id)) text = `${label} ${n}`;
    else text = label ? `${n} ${label}` : n;
  }
  const word = opts.comparator ? COMPARATOR_WORDS[opts.comparator]?.[lang] : '';
  if (!word) return text;
  // Thai writes "ไม่น้อยกว่าร้อยละ 80" (no space before a Thai word) but "ไม่น้อยกว่า 7,100".
  return /^[\u0E01-\u0E4F]/.test(text) ? `${word}${text}` : `${word} ${text}`;
}

/**
 * Percentages (0..100) of each value in the total, rounded to `decimals` with
 * the largest-remainder method, so that they add up to exactly 100 at that
 * precision. Rounding each share on its own can print 33.3 + 33.3 + 33.3 =
 * 99.9, and a reader checking a legend or a table against "100 %" then doubts
 * every figure. Negative or non-finite values count as 0; when the total is
 * not positive every share is 0.
 */
export function shares(values: readonly number[], decimals = 1): number[] {
  const d = digits(decimals, 1);
  const scale = 10 ** d;
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  if (!(total > 0) || !Number.isFinite(total)) return clean.map(() => 0);
  const units = 100 * scale;
  const exact = clean.map((v) => (v / total) * units);
  // The epsilon keeps 2999.9999999 (float noise for an exact 3000) from losing a unit.
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - floors[i] }))
    .sort((a, b) => b.rem - a.rem || clean[b.i] - clean[a.i] || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  // Only if the epsilon rounded a share up: take the excess back from the smallest remainders.
  for (const { i } of order.reverse()) {
    if (left >= 0) break;
    if (floors[i] > 0) {
      floors[i] -= 1;
      left += 1;
    }
  }
  return floors.map((f) => f / scale);
}
