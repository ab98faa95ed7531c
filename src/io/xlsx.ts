/**
 * An Excel workbook ↔ the plan's tables, with @cj-tech-master/excelts (no
 * dependencies, no open advisory). The reader hands over what a person
 * could not see in the cells too: hidden sheets and merged cells, which the
 * importer reports. Node only: never imported by the browser code.
 */
import { Workbook } from '@cj-tech-master/excelts';
import type { CellValue } from './numbers.js';
import { headerText, INSTRUCTIONS_TH, PLAN_FIELDS, sheetName, TABLES, type OutTable, type RawBook, type RawSheet } from './tables.js';

/** Fixed so that the same plan always gives the same workbook. */
const STAMP = new Date(Date.UTC(2024, 0, 1));

/** An excelts cell value as the importer's plain value. */
export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if ('error' in o) return { error: String(o.error) };
  if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? { error: `=${String(o.formula ?? o.sharedFormula)} (no computed value)` } : plainCell(o.result);
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('text' in o) return plainCell(o.text);
  if ('checkbox' in o) return Boolean(o.checkbox);
  return String(v);
}

function widthOf(header: string, rows: readonly (readonly unknown[])[], c: number): number {
  let w = Math.min(header.length, 40);
  for (const r of rows.slice(0, 200)) {
    const v = r[c];
    if (v !== null && v !== undefined) w = Math.max(w, Math.min(String(v).length, 60));
  }
  return Math.max(8, w + 2);
}

function instructionRows(): string[][] {
  const rows: string[][] = [
    ['คำอธิบาย: แผนปฏิบัติการในรูปแบบตาราง (codi-plan-viz)'],
    ['1. แต่ละแผ่นงานคือหนึ่งตาราง แถวที่ 1 คือหัวคอลัมน์ "ภาษาไทย | key" ห้ามเปลี่ยนชื่อหัวคอลัมน์ ลบคอลัมน์ที่ไม่ใช้ได้ ยกเว้นคอลัมน์ที่ต้องมี'],
    ['2. หนึ่งแถวต่อหนึ่งรายการ ไม่ผสานเซลล์ ไม่ซ่อนแผ่นงาน เซลล์ว่างคือไม่มีค่า'],
    ['3. ตัวเลขพิมพ์ได้ทั้ง 1234.5678, 1,234.5678 และเลขไทย ๑,๒๓๔ เงินเป็นล้านบาท ทศนิยมไม่เกิน 4 ตำแหน่ง ตัวเลขที่อ่านไม่ได้ (เช่น วันที่ในเซลล์ตัวเลข) จะถูกรายงาน ไม่ถูกเดา'],
    ['4. รหัส (id) ใช้ตัวอักษรอังกฤษ ตัวเลข . _ : - และต้องไม่ซ้ำกันทั้งแผน รายการอ้างถึงกันด้วยรหัส หลายรหัสในเซลล์เดียวคั่นด้วยจุลภาค'],
    ['5. หมายเหตุ เป้าประสงค์ และส่วนประกอบ อยู่ในแผ่นงาน "ข้อความประกอบ" หนึ่งข้อความต่อแถว'],
    ['6. แปลงเป็นไฟล์แผน: codi-plan import FILE.xlsx -o PLAN.json --lang th (หากมีปัญหา จะแสดงทุกปัญหาพร้อมแผ่นงาน แถว คอลัมน์ และไม่เขียนไฟล์)'],
    [''],
    ['Instructions: an action plan as tables (codi-plan-viz)'],
    ['1. Each sheet is one table. Row 1 holds the headers "Thai | key": do not rename them; unused columns may be deleted, except required ones.'],
    ['2. One row per record; no merged cells, no hidden sheets. A blank cell is an absent value.'],
    ['3. Numbers may be typed 1234.5678, 1,234.5678 or in Thai digits ๑,๒๓๔. Money is million baht, at most 4 decimals. A number that cannot be read (a date in a number cell...) is reported, never guessed.'],
    ['4. Ids use letters, digits, . _ : - and are unique in the whole plan; rows refer to each other by id; several ids in one cell are comma-separated.'],
    ['5. Notes, goals and parts go in the "texts" sheet, one text per row.'],
    ['6. To make the plan file: codi-plan import FILE.xlsx -o PLAN.json --lang en (every problem is listed with its sheet, row and column, and nothing is written).'],
    [''],
    ['แผ่นงาน / sheet', 'คอลัมน์ / column', 'ต้องมี / required', 'คำอธิบาย', 'Description'],
  ];
  for (const t of TABLES) {
    rows.push([sheetName(t), '', '', t.about.th, t.about.en ?? '']);
    const cols = t.key === 'plan' ? PLAN_FIELDS : t.columns();
    for (const c of cols) {
      const allowed = c.values ? ` (${c.values.join(', ')})` : '';
      rows.push(['', t.key === 'plan' ? c.key : headerText(c), c.required ? '✓' : '', c.th, `${c.en}${allowed}`]);
    }
    if (t.key === 'budget') rows.push(['', 'amount:<id> / stated:<id>', '', 'หนึ่งคอลัมน์ต่อแหล่งเงิน (รหัสจากแผ่นงานแหล่งเงิน)', 'One column per funding source (id from the funding sheet)']);
  }
  return rows;
}

/** Builds the workbook: an instructions sheet (Thai first), then one sheet per table. */
export async function tablesToXlsx(tables: readonly OutTable[]): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'codi-plan-viz';
  wb.created = STAMP;
  wb.modified = STAMP;

  const info = wb.addWorksheet(`${INSTRUCTIONS_TH} (instructions)`);
  const infoRows = instructionRows();
  infoRows.forEach((r) => info.addRow(r));
  info.getRow(1).font = { bold: true, size: 14 };
  info.getRow(9).font = { bold: true, size: 14 };
  info.getRow(17).font = { bold: true };
  [24, 34, 10, 70, 70].forEach((w, i) => (info.getColumn(i + 1).width = w));

  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.def), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = t.columns.map(headerText);
    ws.addRow(header);
    for (const r of t.rows) ws.addRow(r);
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    t.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = widthOf(header[i]!, t.rows, i);
      if (c.money) column.numFmt = '#,##0.0000';
      else if (c.type === 'text' || c.type === 'ids') column.numFmt = '@';
      if (c.values && t.rows.length < 5000) {
        const last = Math.max(t.rows.length + 200, 500);
        const letter = ws.getColumn(i + 1).letter;
        ws.dataValidations.add(`${letter}2:${letter}${last}`, {
          type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${c.values.join(',')}"`],
        });
      }
    });
    head.eachCell((cell) => (cell.numFmt = 'General'));
  }
  return wb.xlsx.writeBuffer();
}

/** Reads every sheet of a workbook: values, hidden state and merged ranges. */
export async function xlsxToBook(data: Uint8Array, where: string): Promise<RawBook> {
  const wb = new Workbook();
  await wb.xlsx.load(data);
  const sheets: RawSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const values = ws.getSheetValues() as unknown[][];
    for (let r = 1; r < values.length; r++) {
      const row = values[r];
      const out: CellValue[] = [];
      if (Array.isArray(row)) for (let c = 1; c < row.length; c++) out.push(plainCell(row[c]));
      rows.push(out);
    }
    while (rows.length && rows[rows.length - 1]!.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) rows.pop();
    const merges = (ws.model.merges ?? []).slice();
    sheets.push({ name: ws.name, hidden: ws.state !== undefined && ws.state !== 'visible', merges, rows });
  });
  return { where, sheets };
}
