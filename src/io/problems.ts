/**
 * Problems found while reading a plan from spreadsheets, each located by
 * sheet (or CSV file), row and column, and by the JSON path of the plan
 * field the cell maps to. Messages exist in Thai and English (`--lang`).
 * Node only (src/io is never imported by the browser code).
 */
import type { Problem, ProblemRule } from '../schema/problems.js';

export type Lang = 'th' | 'en';

export type IoProblemCode =
  | 'unreadable'
  | 'unwritable'
  | 'no-tables'
  | 'unknown-sheet'
  | 'duplicate-sheet'
  | 'hidden-sheet'
  | 'empty-sheet'
  | 'merged-cells'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-column'
  | 'unknown-field'
  | 'duplicate-field'
  | 'duplicate-row'
  | 'not-a-number'
  | 'date-in-number'
  | 'not-an-integer'
  | 'not-a-boolean'
  | 'not-a-date'
  | 'cell-error'
  | 'unknown-owner'
  | 'ambiguous-owner'
  | 'plan'
  | 'message';

/** Where in a workbook (or folder of CSV files) a problem is. */
export interface CellLocation {
  /** Sheet name, or CSV file name. */
  sheet: string;
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  row?: number;
  /** 1-based column number. */
  col?: number;
  /** The column's key (e.g. `label_th`), when known. */
  field?: string;
}

export interface IoProblem extends Partial<CellLocation> {
  code: IoProblemCode;
  /** JSON path of the plan field the cell maps to, when there is one. */
  path?: string;
  /** Values named in the message. */
  params?: Record<string, string | number>;
  /** For `code: 'plan'`: the validator's problem (English detail and rule). */
  rule?: ProblemRule;
  detail?: string;
}

/** Column number → letters (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Template = (p: Record<string, string | number>) => string;

const MESSAGES: Record<Exclude<IoProblemCode, 'plan'>, { th: Template; en: Template }> = {
  unreadable: {
    th: (p) => `อ่านไฟล์ไม่ได้: ${p.reason}`,
    en: (p) => `cannot read the file: ${p.reason}`,
  },
  unwritable: {
    th: (p) => `เขียนไฟล์ไม่ได้: ${p.reason}`,
    en: (p) => `cannot write: ${p.reason}`,
  },
  'no-tables': {
    th: (p) => `ไม่พบตารางของแผนใน ${p.where} (ต้องมีอย่างน้อยแผ่นงาน/ไฟล์ "plan")`,
    en: (p) => `no plan tables found in ${p.where} (at least the "plan" sheet or file is needed)`,
  },
  'unknown-sheet': {
    th: (p) => `ไม่รู้จักแผ่นงาน "${p.name}" (แผ่นงานที่ใช้ได้: ${p.expected})`,
    en: (p) => `unknown sheet "${p.name}" (known sheets: ${p.expected})`,
  },
  'duplicate-sheet': {
    th: (p) => `แผ่นงาน "${p.name}" ซ้ำกับแผ่นงาน "${p.first}" (ตารางเดียวกัน)`,
    en: (p) => `sheet "${p.name}" is the same table as sheet "${p.first}"`,
  },
  'hidden-sheet': {
    th: (p) => `แผ่นงาน "${p.name}" ถูกซ่อนไว้: ให้เลิกซ่อนหรือลบออก เพื่อไม่ให้ข้อมูลที่มองไม่เห็นเข้าไปในแผน`,
    en: (p) => `sheet "${p.name}" is hidden: unhide or delete it, so that no unseen data goes into the plan`,
  },
  'empty-sheet': {
    th: (p) => `แผ่นงาน "${p.name}" ว่างเปล่า: ต้องมีแถวหัวตารางในแถวที่ 1 (${p.expected})`,
    en: (p) => `sheet "${p.name}" is empty: row 1 must hold the column headers (${p.expected})`,
  },
  'merged-cells': {
    th: (p) => `เซลล์ ${p.range} ถูกผสานไว้: ให้ยกเลิกการผสานเซลล์ และใส่ค่าในทุกเซลล์ที่ต้องการ`,
    en: (p) => `cells ${p.range} are merged: unmerge them and type the value into every cell that needs it`,
  },
  'unknown-column': {
    th: (p) => `ไม่รู้จักหัวคอลัมน์ "${p.header}" (หัวคอลัมน์ที่ใช้ได้: ${p.expected})`,
    en: (p) => `unknown column header "${p.header}" (known columns: ${p.expected})`,
  },
  'duplicate-column': {
    th: (p) => `หัวคอลัมน์ "${p.header}" ซ้ำกับคอลัมน์ ${p.first}`,
    en: (p) => `column header "${p.header}" repeats column ${p.first}`,
  },
  'missing-column': {
    th: (p) => `ไม่มีคอลัมน์ที่ต้องมี "${p.header}"`,
    en: (p) => `required column "${p.header}" is missing`,
  },
  'unknown-field': {
    th: (p) => `ไม่รู้จักช่อง "${p.name}" (ช่องที่ใช้ได้: ${p.expected})`,
    en: (p) => `unknown field "${p.name}" (known fields: ${p.expected})`,
  },
  'duplicate-field': {
    th: (p) => `ช่อง "${p.name}" ซ้ำกับแถว ${p.first}`,
    en: (p) => `field "${p.name}" is given again (first in row ${p.first})`,
  },
  'duplicate-row': {
    th: (p) => `แถวนี้ซ้ำกับแถว ${p.first} ทุกช่อง: ให้ลบแถวที่ซ้ำออก`,
    en: (p) => `this row repeats row ${p.first} exactly: delete the duplicate`,
  },
  'not-a-number': {
    th: (p) => `"${p.value}" ไม่ใช่ตัวเลข (ใช้ได้ เช่น 1234.5678, 1,234.5678 หรือเลขไทย ๑,๒๓๔)`,
    en: (p) => `"${p.value}" is not a number (write e.g. 1234.5678, 1,234.5678 or Thai digits ๑,๒๓๔)`,
  },
  'date-in-number': {
    th: (p) => `เซลล์ตัวเลขนี้มีวันที่ (${p.value}): อาจถูกจัดรูปแบบเป็นวันที่โดยไม่ตั้งใจ ให้พิมพ์ตัวเลขใหม่ในรูปแบบตัวเลข`,
    en: (p) => `a date (${p.value}) in a number cell: the cell was probably formatted as a date by mistake; retype the number with a number format`,
  },
  'not-an-integer': {
    th: (p) => `${p.value} ต้องเป็นจำนวนเต็ม`,
    en: (p) => `${p.value} must be a whole number`,
  },
  'not-a-boolean': {
    th: (p) => `"${p.value}" ไม่ใช่ค่า ใช่/ไม่ใช่ (ใช้ TRUE/FALSE, ใช่/ไม่ใช่ หรือ yes/no)`,
    en: (p) => `"${p.value}" is not a yes/no value (write TRUE/FALSE, yes/no or ใช่/ไม่ใช่)`,
  },
  'not-a-date': {
    th: (p) => `"${p.value}" ไม่ใช่วันที่แบบ ค.ศ. ปปปป-ดด-วว (เช่น 2024-03-31)`,
    en: (p) => `"${p.value}" is not a date written YYYY-MM-DD (e.g. 2024-03-31)`,
  },
  'cell-error': {
    th: (p) => `เซลล์มีค่าผิดพลาด ${p.value} (สูตรคำนวณไม่ได้)`,
    en: (p) => `the cell holds the error ${p.value} (a formula that does not compute)`,
  },
  'unknown-owner': {
    th: (p) => `ไม่พบ "${p.owner}" ในแผ่นงาน "${p.table}" ที่แถวนี้อ้างถึง`,
    en: (p) => `"${p.owner}" is not in the "${p.table}" sheet this row refers to`,
  },
  'ambiguous-owner': {
    th: (p) => `"${p.owner}" ตรงกับหลายแถวในแผ่นงาน "${p.table}"`,
    en: (p) => `"${p.owner}" matches several rows of the "${p.table}" sheet`,
  },
  message: {
    th: (p) => `${p.message}`,
    en: (p) => `${p.message}`,
  },
};

/** Thai for the validator's rules (its detail stays in English, naming the values). */
const RULE_TH: Record<ProblemRule, string> = {
  json: 'JSON ไม่ถูกต้อง',
  shape: 'ค่าไม่ตรงตามรูปแบบของแผน',
  'unique-id': 'รหัสซ้ำ',
  reference: 'อ้างถึงรหัสที่ไม่มีอยู่',
  cycle: 'ลำดับชั้นวนกลับมาที่ตัวเอง',
  'level-order': 'ระดับของรายการไม่เรียงจากบนลงล่าง',
  sum: 'ยอดรวมไม่ตรงกับผลรวมของรายการย่อย',
  percent: 'ร้อยละไม่ตรงกับตัวเลข',
  precision: 'ทศนิยมเกิน 4 ตำแหน่ง',
  unit: 'ไม่รู้จักหน่วยนับ',
  region: 'รหัสจังหวัดหรือภาคไม่ถูกต้อง',
};

/** Common validator details, in Thai. */
const DETAIL_TH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must not be negative$/, () => 'ต้องไม่ติดลบ'],
  [/^must not be empty$/, () => 'ต้องไม่ว่าง'],
  [/^required: expected (\w+)$/, () => 'ต้องกรอก'],
];

export function problemMessage(p: IoProblem, lang: Lang): string {
  if (p.code === 'plan') {
    const detail = p.detail ?? '';
    if (lang === 'en') return detail;
    const rule = p.rule ? RULE_TH[p.rule] : 'ปัญหาในแผน';
    for (const [re, th] of DETAIL_TH) {
      const m = detail.match(re);
      if (m) return `${rule}: ${th(m)}`;
    }
    return `${rule}: ${detail}`;
  }
  return MESSAGES[p.code][lang](p.params ?? {});
}

/** 'sheet "budget", row 5, column F (stated_total)' (a CSV file is named as a file) in the chosen language. */
export function locationText(p: IoProblem, lang: Lang): string {
  const parts: string[] = [];
  if (p.sheet !== undefined) {
    const file = /\.(csv|gz)$/i.test(p.sheet);
    parts.push(lang === 'th' ? `${file ? 'ไฟล์' : 'แผ่นงาน'} "${p.sheet}"` : `${file ? 'file' : 'sheet'} "${p.sheet}"`);
  }
  if (p.row !== undefined) parts.push(lang === 'th' ? `แถว ${p.row}` : `row ${p.row}`);
  if (p.col !== undefined || p.field !== undefined) {
    const col = p.col !== undefined ? columnLetter(p.col) : '';
    const field = p.field !== undefined ? (col ? ` (${p.field})` : p.field) : '';
    parts.push(`${lang === 'th' ? 'คอลัมน์' : 'column'} ${col}${field}`);
  }
  return parts.join(lang === 'th' ? ' ' : ', ');
}

/** One line per problem: location, JSON path, message. */
export function formatProblem(p: IoProblem, lang: Lang): string {
  const where = locationText(p, lang);
  const path = p.path ? `${where ? ' → ' : ''}${p.path}` : '';
  const head = `${where}${path}`;
  return `${head ? `${head}: ` : ''}${problemMessage(p, lang)}${p.rule ? ` [${p.rule}]` : ''}`;
}

/** A validator problem as an IoProblem (located later). */
export function fromPlanProblem(p: Problem): IoProblem {
  return { code: 'plan', path: p.path, rule: p.rule, detail: p.message };
}

export function pickLang(arg: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (arg === 'th' || arg === 'en') return arg;
  return /^th/i.test(env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '') ? 'th' : 'en';
}
