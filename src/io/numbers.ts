/**
 * Reading numbers as people type them into spreadsheets. Accepted, and read
 * exactly as written:
 *   - numbers stored as numbers;
 *   - numbers stored as text: "1234.5678", with thousands separators
 *     "1,234.5678", with Thai digits "๑,๒๓๔.๕", with a sign, with a leading
 *     apostrophe ("'1234", Excel's "keep as text" mark) or spaces around;
 * Everything else is reported, never guessed: a date in a number cell (a
 * cell formatted as a date by mistake), "abc", "12.3.4", "1,23" (a
 * misplaced separator), "80%" (percent or fraction?), "1 234".
 */

/** A cell value as the readers hand it over (XLSX and CSV alike). */
export type CellValue = string | number | boolean | Date | { error: string } | null;

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-a-number' | 'date-in-number' | 'cell-error' | 'not-an-integer'; shown: string };

const THAI_ZERO = 0x0e50;

/** Thai digits ๐-๙ → 0-9; other characters unchanged. */
export function thaiToArabicDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Text as a cell shows it: trimmed, without Excel's leading "keep as text" apostrophe. */
export function cellText(raw: string): string {
  const t = raw.trim();
  return t.startsWith("'") ? t.slice(1).trim() : t;
}

// Whole number part: plain digits, or groups of three after a 1-3 digit head.
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const LOOKS_LIKE_DATE = /^(?:\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\d{4}-\d{2}-\d{2}T[\d:.]+Z?)$/;

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? String(d) : d.toISOString().slice(0, 10);
}

/** Reads one number cell. `integer` also rejects fractions. */
export function readNumber(value: CellValue | undefined, integer = false): NumberReading {
  let n: number;
  if (value === null || value === undefined) return { ok: false, reason: 'empty' };
  if (value instanceof Date) return { ok: false, reason: 'date-in-number', shown: isoDate(value) };
  if (typeof value === 'object') return { ok: false, reason: 'cell-error', shown: value.error };
  if (typeof value === 'boolean') return { ok: false, reason: 'not-a-number', shown: String(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number', shown: String(value) };
    n = value;
  } else {
    const text = thaiToArabicDigits(cellText(value)).replace(/\u2212/g, '-');
    if (text === '') return { ok: false, reason: 'empty' };
    if (!NUMBER.test(text)) {
      return { ok: false, reason: LOOKS_LIKE_DATE.test(text) ? 'date-in-number' : 'not-a-number', shown: value.trim() };
    }
    n = Number(text.replace(/,/g, ''));
    if (Object.is(n, -0)) n = 0;
  }
  if (integer && !Number.isInteger(n)) return { ok: false, reason: 'not-an-integer', shown: String(n) };
  return { ok: true, value: n };
}

/** Reads a yes/no cell. */
export function readBoolean(value: CellValue | undefined): { ok: true; value: boolean } | { ok: false; empty: boolean; shown: string } {
  if (value === null || value === undefined) return { ok: false, empty: true, shown: '' };
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number' && (value === 0 || value === 1)) return { ok: true, value: value === 1 };
  const t = typeof value === 'string' ? thaiToArabicDigits(cellText(value)).toLowerCase() : '';
  if (typeof value === 'string' && t === '') return { ok: false, empty: true, shown: '' };
  if (['true', 'yes', 'y', '1', 'ใช่', 'จริง'].includes(t)) return { ok: true, value: true };
  if (['false', 'no', 'n', '0', 'ไม่ใช่', 'ไม่', 'เท็จ'].includes(t)) return { ok: true, value: false };
  return { ok: false, empty: false, shown: value instanceof Date ? isoDate(value) : typeof value === 'object' ? value.error : String(value) };
}

/** Reads a YYYY-MM-DD date cell: a spreadsheet date or the text itself. */
export function readDate(value: CellValue | undefined): { ok: true; value: string } | { ok: false; empty: boolean; shown: string } {
  if (value === null || value === undefined) return { ok: false, empty: true, shown: '' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, empty: false, shown: String(value) };
    return { ok: true, value: isoDate(value) };
  }
  if (typeof value === 'string') {
    const t = thaiToArabicDigits(cellText(value));
    if (t === '') return { ok: false, empty: true, shown: '' };
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { ok: true, value: t };
    return { ok: false, empty: false, shown: value.trim() };
  }
  return { ok: false, empty: false, shown: typeof value === 'object' ? value.error : String(value) };
}
