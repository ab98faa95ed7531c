/**
 * The plan of one ministry or budgetary unit, from the national budget as
 * the civic-tech community extracted it to CSV (kaogeek/thailand-budget-pdf2csv:
 * one row per budget line; columns MINISTRY, BUDGETARY_UNIT, BUDGET_PLAN,
 * OUTPUT, PROJECT, CATEGORY_LV1..LV6, ITEM_DESCRIPTION, FISCAL_YEAR (C.E.),
 * AMOUNT in baht as text with thousands separators...).
 *
 * - Hierarchy from the columns: budgetary unit → budget plan (แผนงาน) →
 *   output or project (ผลผลิต/โครงการ) as plan items; expense categories
 *   (งบรายจ่าย, up to 6 levels) and items as budget lines under them.
 * - Amounts: baht → million baht with 4 decimals. Sums are exact (BigInt in
 *   10⁻¹² baht); the plan's total is the sum of the rows of the fiscal year,
 *   stated on the root line so that the validator checks it.
 * - What the source gets wrong is kept and said: an amount whose separators
 *   are malformed ("4,840,0") is read as the digits printed and recorded as a
 *   discrepancy; an amount that is not whole hundreds of baht is rounded to
 *   0.0001 million baht and recorded as a discrepancy too.
 * - The source is named in `document`, with the credit line the data asks
 *   for, and the notes say which volumes the source lacks.
 * Node only.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import type { BudgetLine, Discrepancy, Label, Plan, PlanItem } from '../schema/plan.js';
import type { IoProblem } from './problems.js';

/** The credit line the data asks for wherever it is shown (data/README of the shared file), for the budget document's year (B.E.). */
export const thBudgetCredit = (fiscalYearBE: number) => `Thai budget FY${fiscalYearBE}, extracted by the kaogeek community (thailand-budget-pdf2csv)`;
export const TH_BUDGET_URL = 'https://github.com/kaogeek/thailand-budget-pdf2csv';

const REQUIRED = ['MINISTRY', 'BUDGETARY_UNIT', 'BUDGET_PLAN', 'OUTPUT', 'PROJECT', 'CATEGORY_LV1', 'ITEM_DESCRIPTION', 'FISCAL_YEAR', 'AMOUNT'] as const;
const CATEGORIES = ['CATEGORY_LV1', 'CATEGORY_LV2', 'CATEGORY_LV3', 'CATEGORY_LV4', 'CATEGORY_LV5', 'CATEGORY_LV6'] as const;

export interface ThBudgetOptions {
  /** Name of the ministry (a volume suffix such as "(1)" may be left off: all its volumes are taken). */
  ministry?: string;
  /** Name of the budgetary unit. */
  unit?: string;
  /** Fiscal year, C.E. (2022 = B.E. 2565); default: the year of the budget document. */
  year?: number;
  /** File name, for messages and `document.file`. */
  file?: string;
}

export interface ThBudgetResult {
  plan?: Plan;
  /** Fatal: nothing is written. */
  problems: IoProblem[];
  /** Kept in the plan (discrepancies, notes) and shown; not fatal. */
  warnings: IoProblem[];
  stats: {
    /** Rows of the fiscal year taken. */
    rows: number;
    /** Their sum in baht, exact, as text ("332052737500"). */
    sumBaht: string;
    /** The plan's total in million baht. */
    totalMillionBaht: number;
    /** Rows of the same ministry/unit for other years (multi-year commitments), left out. */
    otherYearRows: number;
  };
}

/** Reads FILE.csv or FILE.csv.gz as text. */
export function readThBudgetFile(path: string): string {
  const buf = readFileSync(path);
  const gz = buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  return (gz ? gunzipSync(buf) : buf).toString('utf8');
}

const SCALE = 12;
const ONE = 10n ** BigInt(SCALE);
/** 0.0001 million baht = 100 baht, in 10⁻¹² baht. */
const MONEY_UNIT = 100n * ONE;

interface Amount {
  /** Exact value in 10⁻¹² baht. */
  exact: bigint;
  /** The separators do not group by three; read as the digits printed. */
  malformed: boolean;
}

/** Parses "1,234,500" / "1,234,500.0" / "2535" exactly; undefined when it is not digits and separators. */
export function parseBaht(text: string): Amount | undefined {
  const t = text.trim();
  if (!/^\d[\d,]*(\.\d+)?$/.test(t) || t.replace(/\D/g, '') === '') return undefined;
  const [whole = '', frac = ''] = t.split('.');
  if (frac.length > SCALE) return undefined;
  const malformed = !/^(\d+|\d{1,3}(,\d{3})+)$/.test(whole);
  const digits = whole.replace(/,/g, '');
  return { exact: BigInt(digits) * ONE + BigInt(frac.padEnd(SCALE, '0') || '0'), malformed };
}

/** Exact 10⁻¹² baht → whole baht text with decimals only when there are some. */
export function bahtText(exact: bigint): string {
  const whole = exact / ONE;
  const frac = (exact % ONE).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

function grouped(exact: bigint): string {
  const [w, f] = bahtText(exact).split('.');
  return `${w!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f ? `.${f}` : ''}`;
}

/** 10⁻¹² baht → integer units of 0.0001 million baht, rounding half up. */
function toMoneyUnits(exact: bigint): { units: bigint; exact: boolean } {
  const q = exact / MONEY_UNIT;
  const r = exact % MONEY_UNIT;
  return { units: r * 2n >= MONEY_UNIT ? q + 1n : q, exact: r === 0n };
}

const millions = (units: bigint) => Number(units) / 10_000;

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
/** "กระทรวงการอุดมศึกษา ... (3)" → "กระทรวงการอุดมศึกษา ..." (the volume a ministry was split into). */
const withoutVolume = (s: string) => s.replace(/\s*\(\d+\)$/, '');

/** A stable short hash for ids made from Thai names. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function safeId(s: string): string {
  return s.replace(/\((\d+)\)/g, '-$1').replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
}

/** Volume numbers of budget document 3 that the file lacks (gaps in REF_DOC "2022.3.<n>"). */
function missingVolumes(rows: readonly Record<string, string | undefined>[]): { doc: string; missing: string[] } {
  const present = new Set<number>();
  let doc = '3';
  for (const r of rows) {
    const m = (r.REF_DOC ?? '').match(/^\d{4}\.(\d+)\.(\d+)/);
    if (m) {
      doc = m[1]!;
      present.add(Number(m[2]));
    }
  }
  const max = Math.max(0, ...present);
  const missing: string[] = [];
  for (let v = 1; v <= max; v++) if (!present.has(v)) missing.push(`${doc}.${v}`);
  return { doc, missing };
}

function mostCommon<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

export function importThBudget(text: string, options: ThBudgetOptions): ThBudgetResult {
  const file = options.file ?? 'th-budget.csv';
  const problems: IoProblem[] = [];
  const warnings: IoProblem[] = [];
  const stats = { rows: 0, sumBaht: '0', totalMillionBaht: 0, otherYearRows: 0 };
  const fail = (p: IoProblem): ThBudgetResult => ({ problems: [...problems, p], warnings, stats });

  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows = csvParse(body);
  const columns = rows.columns;
  const missingCols = REQUIRED.filter((c) => !columns.includes(c));
  if (missingCols.length) {
    return fail({ code: 'message', sheet: file, row: 1, params: { message: `not a budget CSV of thailand-budget-pdf2csv: missing column(s) ${missingCols.join(', ')}` } });
  }
  const colOf = (name: string) => columns.indexOf(name) + 1;

  const wantMinistry = options.ministry !== undefined ? norm(options.ministry) : undefined;
  const wantUnit = options.unit !== undefined ? norm(options.unit) : undefined;
  const selected = rows
    .map((r, i) => ({ r, line: i + 2 }))
    .filter(({ r }) =>
      wantUnit !== undefined
        ? norm(r.BUDGETARY_UNIT) === wantUnit
        : norm(r.MINISTRY) === wantMinistry || withoutVolume(norm(r.MINISTRY)) === wantMinistry,
    );
  if (!selected.length) {
    const names = [...new Set(rows.map((r) => (wantUnit !== undefined ? norm(r.BUDGETARY_UNIT) : withoutVolume(norm(r.MINISTRY)))))];
    const want = (wantUnit ?? wantMinistry ?? '').toLowerCase();
    const close = names.filter((n) => want && (n.toLowerCase().includes(want) || want.includes(n.toLowerCase()))).slice(0, 20);
    const what = wantUnit !== undefined ? 'budgetary unit' : 'ministry';
    return fail({
      code: 'message', sheet: file,
      params: { message: `no rows for the ${what} "${wantUnit ?? wantMinistry}"${close.length ? `; did you mean: ${close.join(' | ')}` : wantUnit === undefined ? `; ministries: ${names.join(' | ')}` : ''}` },
    });
  }

  const docYear = Number(mostCommon(selected.map(({ r }) => (r.REF_DOC ?? '').slice(0, 4)).filter((y) => /^\d{4}$/.test(y))) ?? NaN);
  const year = options.year ?? (Number.isFinite(docYear) ? docYear : Number(mostCommon(selected.map(({ r }) => r.FISCAL_YEAR))));
  const ofYear = selected.filter(({ r }) => Number(r.FISCAL_YEAR) === year);
  stats.otherYearRows = selected.length - ofYear.length;
  if (!ofYear.length) {
    const years = [...new Set(selected.map(({ r }) => r.FISCAL_YEAR))].sort();
    return fail({ code: 'message', sheet: file, params: { message: `no rows for fiscal year ${year} (C.E.); this selection has ${years.join(', ')}` } });
  }

  const ministries = [...new Set(ofYear.map(({ r }) => withoutVolume(norm(r.MINISTRY))))];
  const name = wantUnit !== undefined ? norm(ofYear[0]!.r.BUDGETARY_UNIT) : ministries[0]!;
  const fy = year + 543;
  const docFy = (Number.isFinite(docYear) ? docYear : year) + 543;
  const { doc, missing } = missingVolumes(rows);
  const credit = thBudgetCredit(docFy);

  // Plan items: budgetary unit (ministry mode) → budget plan → output or project.
  const levels = [
    ...(wantUnit === undefined ? [{ id: 'unit', label: { th: 'หน่วยรับงบประมาณ', en: 'Budgetary unit' } }] : []),
    { id: 'budget-plan', label: { th: 'แผนงาน', en: 'Budget plan' } },
    { id: 'output', label: { th: 'ผลผลิต/โครงการ', en: 'Output or project' } },
  ];
  const items: PlanItem[] = [];
  const lines: BudgetLine[] = [];
  const discrepancies: Discrepancy[] = [];
  const itemByKey = new Map<string, PlanItem>();
  const lineByKey = new Map<string, BudgetLine>();
  const childCount = new Map<string, number>();
  const crossFunc = new Set<string>();
  const root: BudgetLine = { id: 'total', label: { th: `งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}: ${name}`, en: `Budget, fiscal year B.E. ${fy} (${year}): ${name}` } };
  lines.push(root);
  const nextIndex = (parent: string, prefix: string) => {
    const k = `${parent}\u0000${prefix}`;
    const n = (childCount.get(k) ?? 0) + 1;
    childCount.set(k, n);
    return `${prefix}${n}`;
  };
  const item = (key: string, parent: PlanItem | undefined, level: string, prefix: string, label: string): PlanItem => {
    let it = itemByKey.get(key);
    if (!it) {
      const id = parent ? `${parent.id}.${nextIndex(parent.id, prefix)}` : nextIndex('', prefix);
      it = { id, level, label: { th: label }, ...(parent ? { parent: parent.id } : {}) };
      itemByKey.set(key, it);
      items.push(it);
      const line: BudgetLine = { id: `b.${id}`, parent: parent ? `b.${parent.id}` : root.id, item: id };
      lineByKey.set(key, line);
      lines.push(line);
    }
    return it;
  };
  const category = (key: string, parent: BudgetLine, label: string): BudgetLine => {
    let line = lineByKey.get(key);
    if (!line) {
      line = { id: `${parent.id}.${nextIndex(parent.id, 'c')}`, parent: parent.id, label: { th: label } };
      lineByKey.set(key, line);
      lines.push(line);
    }
    return line;
  };

  let exactSum = 0n;
  let unitsSum = 0n;
  let rounded = 0;
  let extractionNotes = 0;
  const usedIds = new Set<string>();
  const source = (r: Record<string, string | undefined>) => {
    const page = Number(r.REF_PAGE_NO);
    return {
      ...(r.REF_DOC ? { section: `REF_DOC ${r.REF_DOC}` } : {}),
      ...(r.ITEM_ID ? { table: `ITEM_ID ${r.ITEM_ID}` } : {}),
      ...(Number.isInteger(page) && page >= 1 ? { page } : {}),
    };
  };
  for (const { r, line: rowNo } of ofYear) {
    const amountText = r.AMOUNT ?? '';
    const amount = parseBaht(amountText);
    if (!amount) {
      problems.push({ code: 'not-a-number', sheet: file, row: rowNo, col: colOf('AMOUNT'), field: 'AMOUNT', params: { value: amountText } });
      continue;
    }
    stats.rows++;
    exactSum += amount.exact;
    const money = toMoneyUnits(amount.exact);
    unitsSum += money.units;

    let key = wantUnit === undefined ? `u\u0000${norm(r.BUDGETARY_UNIT)}` : '';
    let parentItem = wantUnit === undefined ? item(key, undefined, 'unit', 'u', norm(r.BUDGETARY_UNIT)) : undefined;
    key += `\u0000p\u0000${norm(r.BUDGET_PLAN)}`;
    parentItem = item(key, parentItem, 'budget-plan', 'p', norm(r.BUDGET_PLAN));
    if (/^true$/i.test(norm(r['CROSS_FUNC?']))) crossFunc.add(parentItem.id);
    const output = norm(r.OUTPUT);
    const project = norm(r.PROJECT);
    if (output || project) {
      key += `\u0000o\u0000${output}\u0000${project}`;
      parentItem = item(key, parentItem, 'output', output ? 'o' : 'j', [output, project].filter(Boolean).join(' / '));
    }
    let parentLine = lineByKey.get(key)!;
    for (const c of CATEGORIES) {
      const label = norm(r[c]);
      if (!label) continue;
      key += `\u0000c\u0000${label}`;
      parentLine = category(key, parentLine, label);
    }
    let id = `r${safeId(r.ITEM_ID ?? '') || String(rowNo)}`;
    for (let n = 2; usedIds.has(id); n++) id = `r${safeId(r.ITEM_ID ?? '')}-${n}`;
    usedIds.add(id);
    const notes: Label[] = [];
    if (/^true$/i.test(norm(r['OBLIGED?']))) notes.push({ th: 'รายการผูกพันงบประมาณ (OBLIGED? = True ในแหล่งข้อมูล)', en: 'Obliged item (OBLIGED? = True in the source)' });
    const debug = norm(r.DEBUG_LOG);
    if (debug) {
      extractionNotes++;
      notes.push({ th: `หมายเหตุจากการสกัดข้อมูล: ${debug}`, en: `Extraction note: ${debug}` });
    }
    const leaf: BudgetLine = {
      id,
      parent: parentLine.id,
      label: { th: norm(r.ITEM_DESCRIPTION) || parentLine.label?.th || 'ไม่ระบุรายการ' },
      amounts: { state: millions(money.units) },
      source: source(r),
      ...(notes.length ? { notes } : {}),
    };
    lines.push(leaf);
    const where = { sheet: file, row: rowNo, col: colOf('AMOUNT'), field: 'AMOUNT' };
    if (amount.malformed) {
      const said = `AMOUNT "${amountText}"${r.ITEM_ID ? ` (ITEM_ID ${r.ITEM_ID})` : ''}${debug ? `, DEBUG_LOG "${debug}"` : ''}`;
      discrepancies.push({
        id: `d${discrepancies.length + 1}`,
        says: said,
        reading: `อ่านตามตัวเลขที่พิมพ์ ${grouped(amount.exact)} บาท เพราะจุลภาคไม่แบ่งหลักพันถูกต้อง ค่าจริงอาจต่างออกไป / read as the digits printed, ${grouped(amount.exact)} baht: the separators do not group by thousands, so the true figure may differ`,
        affects: [id],
        source: source(r),
      });
      warnings.push({ ...where, code: 'message', params: { message: `${said}: malformed separators, read as ${grouped(amount.exact)} baht (recorded in discrepancies)` } });
    }
    if (!money.exact) {
      rounded++;
      discrepancies.push({
        id: `d${discrepancies.length + 1}`,
        says: `AMOUNT "${amountText}"${r.ITEM_ID ? ` (ITEM_ID ${r.ITEM_ID})` : ''}`,
        reading: `ปัดเป็น ${millions(money.units)} ล้านบาท (ทศนิยม 4 ตำแหน่ง) / rounded to ${millions(money.units)} million baht (4 decimals)`,
        affects: [id],
        source: source(r),
      });
      warnings.push({ ...where, code: 'message', params: { message: `AMOUNT "${amountText}" is not whole hundreds of baht: rounded to ${millions(money.units)} million baht (recorded in discrepancies)` } });
    }
  }
  if (problems.length) return { problems, warnings, stats };
  for (const id of crossFunc) {
    const it = items.find((x) => x.id === id);
    if (it) it.notes = [{ th: 'แผนงานบูรณาการ (CROSS_FUNC? = True ในแหล่งข้อมูล)', en: 'Cross-functional plan (CROSS_FUNC? = True in the source)' }];
  }
  root.stated = { total: millions(unitsSum) };
  stats.sumBaht = bahtText(exactSum);
  stats.totalMillionBaht = millions(unitsSum);

  const notes: Label[] = [
    { th: `ที่มา: ${credit}`, en: credit },
  ];
  if (missing.length) {
    notes.push({
      th: `แหล่งข้อมูลไม่มีเอกสารงบประมาณ ฉบับที่ ${doc} เล่ม ${missing.join(', ')} ยอดรวมทั้งประเทศจากแหล่งนี้จึงต่ำกว่างบประมาณที่ตราเป็นกฎหมาย`,
      en: `The source lacks budget document ${doc}, volume${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: national totals from it fall short of the enacted budget`,
    });
  }
  notes.push({
    th: `รวม ${stats.rows.toLocaleString('en-US')} รายการของปีงบประมาณ ${year} (ค.ศ.) เป็นเงิน ${grouped(exactSum)} บาท${stats.otherYearRows ? ` ไม่รวม ${stats.otherYearRows.toLocaleString('en-US')} รายการผูกพันของปีอื่น` : ''}`,
    en: `${stats.rows.toLocaleString('en-US')} rows of fiscal year ${year} (C.E.), ${grouped(exactSum)} baht${stats.otherYearRows ? `; ${stats.otherYearRows.toLocaleString('en-US')} rows of other years (multi-year commitments) left out` : ''}`,
  });
  if (rounded) {
    notes.push({
      th: `${rounded} รายการไม่ลงตัวที่หลักร้อยบาท จึงปัดเป็นทศนิยม 4 ตำแหน่งของล้านบาท ยอดรวมที่แท้จริงคือ ${grouped(exactSum)} บาท (ดูข้อคลาดเคลื่อน)`,
      en: `${rounded} amounts are not whole hundreds of baht and were rounded to 0.0001 million baht; the exact sum is ${grouped(exactSum)} baht (see discrepancies)`,
    });
  }
  if (extractionNotes) {
    notes.push({
      th: `${extractionNotes} รายการมีหมายเหตุจากการสกัดข้อมูล (DEBUG_LOG) อยู่ในหมายเหตุของรายการนั้น`,
      en: `${extractionNotes} rows carry an extraction note (DEBUG_LOG), kept in their lines' notes`,
    });
  }

  const parentMinistry = wantUnit !== undefined && ministries.length === 1 ? { parent: { th: ministries[0]! } } : {};
  const plan: Plan = {
    schemaVersion: 1,
    id: `th-budget-${fy}-${hash(name)}`,
    title: { th: `งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}: ${name}`, en: `Budget, fiscal year B.E. ${fy} (${year}): ${name}` },
    agency: { name: { th: name }, ...parentMinistry },
    fiscalYear: fy,
    document: {
      title: {
        th: `เอกสารงบประมาณ ฉบับที่ ${doc} ประจำปีงบประมาณ พ.ศ. ${docFy} สกัดเป็น CSV โดยชุมชน kaogeek (thailand-budget-pdf2csv)`,
        en: `${credit}: Budget Document No. ${doc}, fiscal year B.E. ${docFy}`,
      },
      url: TH_BUDGET_URL,
      file: basename(file),
    },
    notes,
    levels,
    fundingSources: [{ id: 'state', label: { th: 'งบประมาณแผ่นดิน', en: 'State budget' } }],
    items,
    budget: { lines },
    ...(discrepancies.length ? { discrepancies } : {}),
  };
  return { plan, problems, warnings, stats };
}

