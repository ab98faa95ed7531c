/** The data shown, as CSV: what a chart's table view holds, ready for a spreadsheet. */
import type { TableData, TableRow } from './table.js';

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV: UTF-8 with a byte-order mark (so Excel reads Thai), CRLF
 * line ends (RFC 4180), raw numbers (not formatted) where the table has them.
 */
export function tableToCsv(data: TableData): string {
  const row = (r: TableRow) => (r.values ?? r.cells).map(csvField).join(',');
  const lines = [data.columns.map((c) => csvField(c.label)).join(','), ...data.rows.map(row)];
  if (data.footer) lines.push(row(data.footer));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
