import { formatNumber, MISSING, type FormatOptions } from './number.js';

/** `auto`: B.E. in Thai, C.E. in English (what each reader expects); `be`/`ce` when the site asks. */
export type Era = 'auto' | 'be' | 'ce';

export interface DateOptions extends FormatOptions {
  era?: Era;
}

/** B.E. = C.E. + 543 (calendar years since 1941 start on 1 January in both). */
export const BE_OFFSET = 543;

function resolveEra(opts: DateOptions): 'be' | 'ce' {
  return !opts.era || opts.era === 'auto' ? (opts.lang === 'th' ? 'be' : 'ce') : opts.era;
}

/** A year without thousands separators ("2567", not "2,567"), in Thai digits when asked. */
function yearNumber(year: number, opts: FormatOptions): string {
  return formatNumber(year, { ...opts, decimals: 0, grouping: false });
}

/** A calendar year given in B.E.: "พ.ศ. 2567" in Thai, "2024" in English, or "B.E. 2567" / "ค.ศ. 2024" when `era` says. */
export function formatYear(yearBE: number, opts: DateOptions): string {
  if (typeof yearBE !== 'number' || !Number.isFinite(yearBE)) return MISSING;
  const th = opts.lang === 'th';
  if (resolveEra(opts) === 'be') return `${th ? 'พ.ศ.' : 'B.E.'} ${yearNumber(yearBE, opts)}`;
  const ce = yearNumber(yearBE - BE_OFFSET, opts);
  return th ? `ค.ศ. ${ce}` : ce;
}

/**
 * A Thai fiscal year given in B.E. (FY 2567 runs Oct 2023 - Sep 2024 and is
 * named after the year it ends in, as is C.E. 2024): "ปีงบประมาณ พ.ศ. 2567",
 * in English "fiscal year 2024 (B.E. 2567)", so a reader can match the
 * document's own number.
 */
export function formatFiscalYear(yearBE: number, opts: DateOptions): string {
  if (typeof yearBE !== 'number' || !Number.isFinite(yearBE)) return MISSING;
  if (opts.lang === 'th') return `ปีงบประมาณ ${formatYear(yearBE, opts)}`;
  const ce = formatYear(yearBE, { ...opts, era: 'ce' });
  const be = formatYear(yearBE, { ...opts, era: 'be' });
  if (opts.era === 'ce') return `fiscal year ${ce}`;
  if (opts.era === 'be') return `fiscal year ${be}`;
  return `fiscal year ${ce} (${be})`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(opts: DateOptions, utc: boolean): Intl.DateTimeFormat {
  const be = resolveEra(opts) === 'be';
  const calendar = be ? 'buddhist' : 'gregory';
  const digits = opts.lang === 'th' && opts.thaiDigits ? '-nu-thai' : '';
  const locale = `${opts.lang === 'th' ? 'th-TH' : 'en-GB'}-u-ca-${calendar}${digits}`;
  // A bare year in a Thai text is read as B.E., so a C.E. date in Thai says "ค.ศ.".
  const era = opts.lang === 'th' && !be ? 'short' : undefined;
  const key = `${locale}|${era}|${utc}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', era, timeZone: utc ? 'UTC' : undefined });
    dateFormats.set(key, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD) as UTC midnight, or undefined when it is not one (2023-02-30 included). */
function parseIsoDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * An ISO date as a reader writes it: "18 ส.ค. 2566" (B.E., as Thai documents
 * do), "18 Aug 2023". A date-only string is formatted in UTC so that it never
 * shows as the day before west of Greenwich. Anything that is not a valid date
 * is returned as given: the reader sees what the data says, never "Invalid Date".
 */
export function formatDate(iso: string, opts: DateOptions): string {
  if (typeof iso !== 'string') return MISSING;
  const s = iso.trim();
  const day = parseIsoDate(s);
  if (day) return dateFormat(opts, true).format(day);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return iso;
  const t = Date.parse(s);
  return Number.isNaN(t) ? iso : dateFormat(opts, false).format(t);
}
