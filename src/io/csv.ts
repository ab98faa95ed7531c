/**
 * A folder of CSV files ↔ the plan's tables: one file per table, named by
 * the table's key (`items.csv`, `budget.csv`...), UTF-8 with a BOM (so
 * Excel opens Thai text correctly), CRLF line ends. Text that a spreadsheet
 * would run as a formula (= + - @) is written with a leading apostrophe,
 * which the reader drops again. Node only.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import type { CellValue } from './numbers.js';
import { headerText, type OutCell, type OutTable, type RawBook, type RawSheet } from './tables.js';

const BOM = '\uFEFF';

/** Numbers in plain notation (no exponent), exactly as JavaScript prints them otherwise. */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = s.match(/^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/);
  if (!m) return s;
  const [, sign, head, tail = '', expText] = m;
  const exp = Number(expText);
  const digits = head! + tail;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return `${sign}${digits.padEnd(exp + 1, '0')}`;
}

function csvCell(v: OutCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function tableToCsv(t: OutTable): string {
  const lines = [t.columns.map(headerText), ...t.rows.map((r) => r.map(csvCell))].map((r) => csvFormatRow(r));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Writes every table as FOLDER/<key>.csv (the folder is created when missing). */
export function writeCsvFolder(dir: string, tables: readonly OutTable[]): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const t of tables) {
    const file = join(dir, `${t.def.key}.csv`);
    writeFileSync(file, tableToCsv(t));
    written.push(file);
  }
  return written;
}

/** Parses one CSV text (BOM optional) into a sheet: blank cells are null. */
export function csvToSheet(name: string, text: string): RawSheet {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const rows = csvParseRows(body).map((r) => r.map((v): CellValue => (v === '' ? null : v)));
  // d3 returns [] for an empty text and [[null]] for a lone line break.
  return { name, rows: rows.filter((r, i) => !(i === rows.length - 1 && r.every((v) => v === null))) };
}

/** Reads every *.csv file of a folder. */
export function readCsvFolder(dir: string): RawBook {
  const files = readdirSync(dir)
    .filter((f) => /\.csv$/i.test(f) && statSync(join(dir, f)).isFile())
    .sort();
  return { where: dir, sheets: files.map((f) => csvToSheet(f, readFileSync(join(dir, f), 'utf8'))) };
}
