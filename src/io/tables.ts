/**
 * A plan as a set of tables, one per sheet of a workbook or per CSV file,
 * the way planning staff keep plans in spreadsheets; and back. Every field
 * of the plan schema has a column, so exporting a plan and importing it
 * again gives the same plan (deep-equal).
 *
 * - Column headers are "Thai | key" (e.g. "ชื่อภาษาไทย | label_th"); on
 *   import a header matches by its Thai part or by its key.
 * - Nested fields are flattened into columns (`label_th`, `source_page`,
 *   `target_value`...); lists of ids are one cell, comma-separated.
 * - Lists of texts (notes, goals, parts) live in the `texts` table; lists of
 *   records (targets, indicators, framework items, household areas) in their
 *   own tables, each row naming its owner by id.
 * - A blank cell is an absent field; a table with a header and no rows is an
 *   absent section (an empty list and an absent one are the same plan).
 *
 * Node only: src/io is never imported by the browser code.
 */
import type { Label, Plan } from '../schema/plan.js';
import { jsonPath, type PathPart } from '../schema/problems.js';
import { cellText, readBoolean, readDate, readNumber, type CellValue } from './numbers.js';
import { columnLetter, type CellLocation, type IoProblem } from './problems.js';

// ---------------------------------------------------------------------------
// Table and column definitions

export type ColumnType = 'text' | 'ids' | 'number' | 'int' | 'bool' | 'date';

export interface Column {
  /** Stable key, the English half of the header (e.g. `label_th`). */
  key: string;
  /** Thai header text. */
  th: string;
  /** English description (instructions sheet). */
  en: string;
  type: ColumnType;
  /** Where the value goes inside the row's object. */
  path: readonly string[];
  /** Allowed values, when the field is an enumeration. */
  values?: readonly string[];
  /** The row needs a value here (the header must exist). */
  required?: boolean;
  /** Million baht: shown with 4 decimals. */
  money?: boolean;
  /** Not stored in the row object: names the row's owner (framework, item...). */
  owner?: boolean;
}

export type TableKey =
  | 'plan' | 'levels' | 'funding' | 'units' | 'responsible' | 'regions' | 'frameworks' | 'framework-items'
  | 'indicators' | 'items' | 'targets' | 'links' | 'kpis' | 'results' | 'budget' | 'shares' | 'households'
  | 'areas' | 'discrepancies' | 'texts';

export interface TableDef {
  key: TableKey;
  th: string;
  en: string;
  /** What one row is, Thai and English (instructions sheet). */
  about: Label;
  /** Columns; `plan` gives the budget table one column per funding source. */
  columns: (plan?: Plan) => Column[];
}

const col = (key: string, th: string, en: string, type: ColumnType, path: readonly string[], extra: Partial<Column> = {}): Column => ({ key, th, en, type, path, ...extra });
const text = (key: string, th: string, en: string, path: readonly string[] = [key], extra: Partial<Column> = {}) => col(key, th, en, 'text', path, extra);

function label(prefix: string, th: string, en: string, path: readonly string[], required = false): Column[] {
  return [
    text(`${prefix}_th`, `${th} (ไทย)`, `${en}, Thai`, [...path, 'th'], { required }),
    text(`${prefix}_en`, `${th} (อังกฤษ)`, `${en}, English`, [...path, 'en']),
  ];
}

function source(prefix = 'source', th = 'ที่มา', path: readonly string[] = ['source']): Column[] {
  return [
    text(`${prefix}_section`, `${th}: หัวข้อ`, 'Source: section number as printed', [...path, 'section']),
    text(`${prefix}_table`, `${th}: ตาราง`, 'Source: table or figure as printed', [...path, 'table']),
    col(`${prefix}_page`, `${th}: หน้า`, 'Source: page', 'int', [...path, 'page']),
    text(`${prefix}_quote`, `${th}: ข้อความอ้างอิง`, 'Source: a short quotation that locates the figure', [...path, 'quote']),
  ];
}

function target(prefix: string, path: readonly string[], required: boolean): Column[] {
  return [
    col(`${prefix}value`, 'ค่าเป้าหมาย', 'Target value', 'number', [...path, 'value'], { required }),
    text(`${prefix}unit`, 'หน่วยนับ', 'Unit id (built in, e.g. percent, household, or from the units sheet)', [...path, 'unit'], { required }),
    text(`${prefix}comparator`, 'เงื่อนไข', 'at-least (not less than), at-most, exactly', [...path, 'comparator'], { values: ['at-least', 'at-most', 'exactly'] }),
    ...label(`${prefix}qualifier`, 'คำขยายเป้าหมาย', 'Qualifier printed with the target', [...path, 'qualifier']),
    ...source(`${prefix}source`, 'ที่มาของเป้าหมาย', [...path, 'source']),
  ];
}

const id = (th = 'รหัส', en = 'Id: letters, digits, . _ : -, unique in the whole plan') => text('id', th, en, ['id'], { required: true });
const ROLE = ['primary', 'secondary'] as const;

/** Fields of the plan sheet (one field per row: field | description | value). */
export const PLAN_FIELDS: readonly Column[] = [
  col('schemaVersion', 'รุ่นของรูปแบบข้อมูล', 'Schema version (1)', 'int', ['schemaVersion'], { required: true }),
  text('id', 'รหัสแผน', 'Plan id', ['id'], { required: true }),
  ...label('title', 'ชื่อแผน', 'Plan title', ['title'], true),
  ...label('agency', 'ชื่อหน่วยงาน', 'Agency name', ['agency', 'name'], true),
  ...label('agency_short', 'ชื่อย่อหน่วยงาน', 'Agency short name', ['agency', 'shortName']),
  ...label('agency_parent', 'กระทรวงหรือหน่วยงานต้นสังกัด', 'Ministry or parent body', ['agency', 'parent']),
  col('fiscalYear', 'ปีงบประมาณ (พ.ศ.)', 'Fiscal year, Buddhist Era (e.g. 2567)', 'int', ['fiscalYear'], { required: true }),
  ...label('document_title', 'ชื่อเอกสารต้นฉบับ', 'Source document title', ['document', 'title']),
  text('document_approved', 'วันที่อนุมัติ', 'Approved (as printed)', ['document', 'approved']),
  text('document_url', 'ที่อยู่เอกสาร (URL)', 'Document URL (http/https)', ['document', 'url']),
  text('document_file', 'ชื่อไฟล์เอกสาร', 'Document file name', ['document', 'file']),
  col('catalogues', 'แคตตาล็อกกรอบแผนที่อ้างถึง', 'Framework catalogues linked to (ids, comma-separated, e.g. th-national)', 'ids', ['catalogues']),
  ...label('illustrative', 'หมายเหตุข้อมูลสมมติ (ทั้งแผน)', 'Set when the whole plan is sample data: the note shown', ['illustrative', 'note']),
  col('households_total', 'ครัวเรือนเป้าหมายรวมที่ระบุ', 'Total households the source states', 'int', ['households', 'total']),
  ...source('households_source', 'ที่มาของเป้าหมายครัวเรือน', ['households', 'source']),
  text('breakdown_level', 'ระดับพื้นที่ของครัวเรือน', 'Household breakdown by: province or region', ['households', 'breakdown', 'level'], { values: ['province', 'region'] }),
  ...label('breakdown_illustrative', 'หมายเหตุข้อมูลสมมติ (ครัวเรือนรายพื้นที่)', 'Set when the breakdown is sample data: the note shown', ['households', 'breakdown', 'illustrative', 'note']),
  text('$schema', 'ที่อยู่ JSON Schema', 'JSON Schema URL (optional)', ['$schema']),
];

export const TABLES: readonly TableDef[] = [
  {
    key: 'plan', th: 'แผน', en: 'Plan',
    about: { th: 'ข้อมูลหลักของแผน หนึ่งช่องต่อหนึ่งแถว: ชื่อช่อง คำอธิบาย และค่า', en: 'The plan\'s identity, one field per row: field, description, value' },
    columns: () => [
      text('field', 'ช่อง', 'Field', ['field'], { required: true }),
      text('description', 'คำอธิบาย', 'Description (not read)', ['description']),
      text('value', 'ค่า', 'Value', ['value'], { required: true }),
    ],
  },
  {
    key: 'levels', th: 'ระดับของแผน', en: 'Levels',
    about: { th: 'ชื่อระดับของลำดับชั้นแผน จากบนลงล่าง (1 ถึง 5 ระดับ เช่น ประเด็นการพัฒนา แผนงาน โครงการ)', en: 'Names of the plan\'s hierarchy levels, top to bottom (1 to 5, e.g. development issue, program, project)' },
    columns: () => [id(), ...label('label', 'ชื่อระดับ', 'Level name', ['label'], true)],
  },
  {
    key: 'funding', th: 'แหล่งเงิน', en: 'Funding sources',
    about: { th: 'แหล่งเงิน (งบประมาณแผ่นดิน เงินรายได้...) ตามลำดับที่ใช้ระบายสี', en: 'Funding sources (state budget, own revenue...), in colour order' },
    columns: () => [id(), ...label('label', 'ชื่อแหล่งเงิน', 'Name', ['label'], true), ...label('short', 'ชื่อย่อ', 'Short name', ['shortLabel'])],
  },
  {
    key: 'units', th: 'หน่วยนับ', en: 'Units',
    about: { th: 'หน่วยนับที่แผนใช้เพิ่มจากหน่วยในตัว (ร้อยละ ครัวเรือน ล้านบาท...)', en: 'Units the plan uses besides the built-in ones (percent, household, million-baht...)' },
    columns: () => [
      id(), ...label('label', 'ชื่อหน่วย', 'Unit name', ['label'], true),
      text('kind', 'ชนิด', 'count, percent, ratio, money or score', ['kind'], { required: true, values: ['count', 'percent', 'ratio', 'money', 'score'] }),
      col('decimals', 'ทศนิยม', 'Decimals shown (0-6)', 'int', ['decimals']),
    ],
  },
  {
    key: 'responsible', th: 'หน่วยรับผิดชอบ', en: 'Responsible units',
    about: { th: 'หน่วยงานที่รับผิดชอบ (สำนักงานภาค สำนัก...)', en: 'Responsible units (regional offices, bureaus...)' },
    columns: () => [
      id(), ...label('label', 'ชื่อหน่วย', 'Name', ['label'], true),
      text('kind', 'ชนิด', 'regional-office, bureau, agency or other', ['kind'], { values: ['regional-office', 'bureau', 'agency', 'other'] }),
      col('count', 'จำนวน', 'Several offices printed as one', 'int', ['count']),
      ...source(),
    ],
  },
  {
    key: 'regions', th: 'ภาค', en: 'Regions',
    about: { th: 'ภาคตามที่แผนจัดกลุ่มจังหวัด', en: 'Regions as the plan groups provinces' },
    columns: () => [
      id(), ...label('label', 'ชื่อภาค', 'Name', ['label'], true),
      col('provinces', 'จังหวัด (รหัส ISO เช่น TH-10)', 'Province codes (ISO 3166-2:TH), comma-separated', 'ids', ['provinces'], { required: true }),
      ...source(),
    ],
  },
  {
    key: 'frameworks', th: 'กรอบแผน', en: 'Frameworks',
    about: { th: 'แผนระดับบนที่แผนนี้เชื่อมโยง (ยุทธศาสตร์ชาติ แผนแม่บท แผนพัฒนาฯ SDGs แผนของหน่วยงาน)', en: 'Plans above the agency that this plan links to (national strategy, master plans, NESDP, SDGs, agency plans)' },
    columns: () => [
      id(), ...label('label', 'ชื่อกรอบแผน', 'Name', ['label'], true),
      text('kind', 'ชนิด', 'national-strategy, master-plan, national-plan, level-3-plan, sdg, agency-plan, board-policy, reform-plan, security-policy, other', ['kind'], {
        required: true, values: ['national-strategy', 'master-plan', 'national-plan', 'level-3-plan', 'sdg', 'agency-plan', 'board-policy', 'reform-plan', 'security-policy', 'other'],
      }),
      col('tier', 'ระดับในระบบแผน 3 ระดับ', 'Tier in the three-level plan system (1-3)', 'int', ['tier']),
      ...source(),
    ],
  },
  {
    key: 'framework-items', th: 'รายการกรอบแผน', en: 'Framework items',
    about: { th: 'รายการในกรอบแผน (ยุทธศาสตร์ ประเด็น แผนย่อย หมุดหมาย เป้าหมาย)', en: 'Items of a framework (strategies, issues, sub-plans, milestones, targets)' },
    columns: () => [
      text('framework', 'รหัสกรอบแผน', 'Framework id', ['framework'], { required: true, owner: true }),
      id(), ...label('label', 'ชื่อ', 'Name', ['label'], true),
      text('code', 'เลขที่ตามต้นฉบับ', 'Number as printed', ['code']),
      text('parent', 'รหัสรายการแม่', 'Parent item id', ['parent']),
      text('kind', 'ชนิด', 'strategy, strategy-issue, issue, sub-plan, milestone, goal, target, plan, policy, area, other', ['kind'], {
        values: ['strategy', 'strategy-issue', 'issue', 'sub-plan', 'milestone', 'goal', 'target', 'plan', 'policy', 'area', 'other'],
      }),
      text('role', 'ความสอดคล้อง (หลัก/รอง)', 'primary or secondary', ['role'], { values: ROLE }),
      text('ref', 'รหัสในแคตตาล็อก', 'Id of the same item in a shared catalogue', ['ref']),
      ...source(),
    ],
  },
  {
    key: 'indicators', th: 'ตัวชี้วัดกรอบแผน', en: 'Framework indicators',
    about: { th: 'ตัวชี้วัดของรายการกรอบแผน พร้อมค่าเป้าหมายตามต้นฉบับ', en: 'Indicators of framework items, with their targets as printed' },
    columns: () => [
      text('item', 'รหัสรายการกรอบแผน', 'Framework item id', ['item'], { required: true, owner: true }),
      ...label('label', 'ตัวชี้วัด', 'Indicator', ['label'], true),
      ...target('target_', ['target'], false),
    ],
  },
  {
    key: 'items', th: 'รายการในแผน', en: 'Plan items',
    about: { th: 'รายการในลำดับชั้นของแผน (ประเด็นการพัฒนา แผนงาน แผนงานย่อย โครงการ)', en: 'Items of the plan\'s hierarchy (development issues, programs, sub-programs, projects)' },
    columns: () => [
      id(),
      text('level', 'ระดับ', 'Level id (levels sheet)', ['level'], { required: true }),
      text('parent', 'รหัสรายการแม่', 'Parent item id', ['parent']),
      text('code', 'เลขที่ตามต้นฉบับ', 'Number as printed', ['code']),
      ...label('label', 'ชื่อ', 'Name', ['label'], true),
      ...label('short', 'ชื่อสั้น', 'Short name for charts', ['shortLabel']),
      col('responsible', 'หน่วยรับผิดชอบ', 'Responsible unit ids, comma-separated', 'ids', ['responsible']),
      col('isNew', 'รายการใหม่', 'New this year (TRUE/FALSE)', 'bool', ['isNew']),
      ...source(),
    ],
  },
  {
    key: 'targets', th: 'เป้าหมายรายการ', en: 'Item targets',
    about: { th: 'ค่าเป้าหมายของรายการในแผน', en: 'Targets of plan items' },
    columns: () => [text('item', 'รหัสรายการ', 'Plan item id', ['item'], { required: true, owner: true }), ...target('', [], true)],
  },
  {
    key: 'links', th: 'ความเชื่อมโยง', en: 'Links',
    about: { th: 'ความเชื่อมโยงจากรายการในแผน (หรือรายการกรอบแผน) ไปยังรายการกรอบแผนที่สนับสนุน', en: 'Links from a plan item (or framework item) to the framework item it serves' },
    columns: () => [
      text('from', 'จากรหัส', 'From (plan item or framework item id)', ['from'], { required: true }),
      text('to', 'ไปยังรหัส', 'To (framework or framework item id, or a catalogue id)', ['to'], { required: true }),
      text('role', 'ความสอดคล้อง (หลัก/รอง)', 'primary or secondary', ['role'], { values: ROLE }),
      text('basis', 'ที่มาของความเชื่อมโยง', 'stated (the source says so) or derived', ['basis'], { values: ['stated', 'derived'] }),
      col('weight', 'สัดส่วนงบประมาณ (0-1)', 'Share of the item\'s budget, 0 to 1', 'number', ['weight']),
      ...source(),
    ],
  },
  {
    key: 'kpis', th: 'ตัวชี้วัด', en: 'KPIs',
    about: { th: 'ตัวชี้วัดของแผนพร้อมค่าเป้าหมาย', en: 'Key performance indicators with their targets' },
    columns: () => [
      id(),
      text('item', 'รหัสรายการที่วัด', 'Plan item measured', ['item']),
      text('code', 'เลขที่ตามต้นฉบับ', 'Number as printed', ['code']),
      ...label('label', 'ตัวชี้วัด', 'Indicator', ['label'], true),
      ...label('short', 'ชื่อสั้น', 'Short name', ['shortLabel']),
      ...target('target_', ['target'], true),
      text('direction', 'ทิศทางที่ดี', 'higher or lower is better', ['direction'], { required: true, values: ['higher', 'lower'] }),
      col('baseline_value', 'ค่าฐาน', 'Baseline value', 'number', ['baseline', 'value']),
      col('baseline_year', 'ปีของค่าฐาน', 'Baseline year', 'int', ['baseline', 'year']),
      ...source(),
    ],
  },
  {
    key: 'results', th: 'ผลการดำเนินงาน', en: 'Results',
    about: { th: 'ผลที่รายงานของตัวชี้วัด (แยกจากเป้าหมาย)', en: 'Reported KPI results, kept apart from the targets' },
    columns: () => [
      text('kpi', 'รหัสตัวชี้วัด', 'KPI id', ['kpi'], { required: true }),
      col('value', 'ผล', 'Reported value', 'number', ['value'], { required: true }),
      col('asOf', 'ณ วันที่ (ค.ศ.)', 'As of (YYYY-MM-DD)', 'date', ['asOf'], { required: true }),
      ...label('illustrative', 'หมายเหตุข้อมูลสมมติ', 'Set when the result is sample data: the note shown', ['illustrative', 'note']),
      ...source(),
    ],
  },
  {
    key: 'budget', th: 'งบประมาณ', en: 'Budget lines',
    about: {
      th: 'รายการงบประมาณเป็นลำดับชั้น (ตามรหัสรายการแม่) ยอดของรายการ = เงินที่ไม่แยกย่อยต่อ + ยอดรายการลูก; ยอดที่ระบุจะถูกตรวจกับผลรวม (ล้านบาท ทศนิยมไม่เกิน 4 ตำแหน่ง)',
      en: 'Budget lines as a tree (by parent): a line is its own amounts plus its children; stated totals are checked against that sum (million baht, at most 4 decimals)',
    },
    columns: (plan) => {
      const sources = fundingColumns(plan);
      return [
        id(),
        text('parent', 'รหัสรายการแม่', 'Parent line id', ['parent']),
        text('item', 'รหัสรายการในแผน', 'Plan item this line funds', ['item']),
        ...label('label', 'ชื่อรายการ', 'Label (when no item)', ['label']),
        ...sources.map((s) => col(`amount:${s.id}`, `${s.th} (ล้านบาท)`, `Amount from ${s.en} not split further (million baht)`, 'number', ['amounts', s.id], { money: true })),
        col('stated_total', 'ยอดรวมที่ระบุ (ล้านบาท)', 'Total the source states (million baht)', 'number', ['stated', 'total'], { money: true }),
        ...sources.map((s) => col(`stated:${s.id}`, `ยอดที่ระบุ: ${s.th} (ล้านบาท)`, `Total from ${s.en} the source states (million baht)`, 'number', ['stated', 'bySource', s.id], { money: true })),
        col('prev_amount', 'ปีก่อน: ยอด (ล้านบาท)', 'Previous year: amount (million baht)', 'number', ['previousYear', 'amount'], { money: true }),
        col('prev_change', 'ปีก่อน: เปลี่ยนแปลง (ล้านบาท)', 'Change from the previous year (million baht)', 'number', ['previousYear', 'change'], { money: true }),
        col('prev_change_percent', 'ปีก่อน: เปลี่ยนแปลง (ร้อยละ)', 'Change from the previous year (percent)', 'number', ['previousYear', 'changePercent']),
        ...source('prev_source', 'ที่มาของตัวเลขปีก่อน', ['previousYear', 'source']),
        ...source(),
      ];
    },
  },
  {
    key: 'shares', th: 'สัดส่วนที่ระบุ', en: 'Stated shares',
    about: { th: 'ร้อยละที่ต้นฉบับระบุ: ส่วน (รายการงบประมาณหรือแหล่งเงิน) เป็นร้อยละเท่าไรของทั้งหมด', en: 'Percentages the source states: part (budget line or funding source) as a percent of whole' },
    columns: () => [
      id(),
      text('part', 'ส่วน', 'Part: budget line or funding source id', ['part'], { required: true }),
      text('whole', 'ทั้งหมด', 'Whole: budget line id', ['whole'], { required: true }),
      col('percent', 'ร้อยละ', 'Percent', 'number', ['percent'], { required: true }),
      ...source(),
    ],
  },
  {
    key: 'households', th: 'ครัวเรือนเป้าหมาย', en: 'Household targets',
    about: { th: 'โครงการที่มีเป้าหมายครัวเรือน', en: 'Projects with a household target' },
    columns: () => [
      id(),
      text('item', 'รหัสรายการในแผน', 'Plan item', ['item']),
      ...label('label', 'ชื่อโครงการ', 'Project name', ['label'], true),
      ...label('short', 'ชื่อสั้น', 'Short name', ['shortLabel']),
      col('target', 'ครัวเรือนเป้าหมาย', 'Households targeted', 'int', ['target'], { required: true }),
      ...source(),
    ],
  },
  {
    key: 'areas', th: 'ครัวเรือนรายพื้นที่', en: 'Households by area',
    about: { th: 'ครัวเรือนเป้าหมายแยกตามโครงการและพื้นที่ (รหัสจังหวัดหรือรหัสภาค ตามระดับในแผ่นงานแผน)', en: 'Households per project per area (province code or region id, by the plan sheet\'s breakdown level)' },
    columns: () => [
      text('project', 'รหัสโครงการ', 'Household project id', ['project'], { required: true }),
      text('area', 'พื้นที่', 'Province code (TH-10) or region id', ['area'], { required: true }),
      col('value', 'ครัวเรือน', 'Households', 'int', ['value'], { required: true }),
    ],
  },
  {
    key: 'discrepancies', th: 'ข้อคลาดเคลื่อน', en: 'Discrepancies',
    about: { th: 'จุดที่ต้นฉบับขัดกันเองหรือพิมพ์ผิด และการอ่านที่ชุดข้อมูลนี้ใช้', en: 'Places where the source contradicts itself or was misprinted, and the reading used' },
    columns: () => [
      id(),
      text('says', 'ต้นฉบับระบุว่า', 'What the source says, quoted', ['says'], { required: true }),
      text('reading', 'การอ่านที่ใช้', 'The reading used, and why', ['reading'], { required: true }),
      col('affects', 'รหัสที่เกี่ยวข้อง', 'Ids it touches, comma-separated', 'ids', ['affects']),
      ...source(),
    ],
  },
  {
    key: 'texts', th: 'ข้อความประกอบ', en: 'Texts',
    about: {
      th: 'หมายเหตุ (notes) เป้าประสงค์ (goals) และส่วนประกอบ (parts) ของแถวในแผ่นงานอื่น ตามลำดับ: ระบุแผ่นงานและรหัสของแถวนั้น (ผลการดำเนินงาน: รหัสตัวชี้วัด@วันที่)',
      en: 'Notes, goals and parts of rows of other sheets, in order: name the sheet and the row\'s id (results: kpi@date)',
    },
    columns: () => [
      text('table', 'แผ่นงาน', 'Sheet key: plan, responsible, regions, frameworks, framework-items, items, kpis, results, budget, households', ['table'], {
        required: true, owner: true, values: ['plan', 'responsible', 'regions', 'frameworks', 'framework-items', 'items', 'kpis', 'results', 'budget', 'households'],
      }),
      text('owner', 'รหัสของแถว', 'Id of the row (blank for the plan)', ['owner'], { owner: true }),
      text('field', 'ชนิดข้อความ', 'notes, goals (items and framework items) or parts (budget lines)', ['field'], { required: true, owner: true, values: ['notes', 'goals', 'parts'] }),
      ...label('text', 'ข้อความ', 'Text', [], true),
    ],
  },
];

export const TABLE_BY_KEY = new Map(TABLES.map((t) => [t.key, t]));

/** Which text lists each table's rows may carry. */
const TEXT_FIELDS: Partial<Record<TableKey, readonly string[]>> = {
  plan: ['notes'], responsible: ['notes'], regions: ['notes'], frameworks: ['notes'], 'framework-items': ['notes', 'goals'],
  items: ['notes', 'goals'], kpis: ['notes'], results: ['notes'], budget: ['notes', 'parts'], households: ['notes'],
};

interface SourceCol {
  id: string;
  th: string;
  en: string;
}

function fundingColumns(plan?: Plan): SourceCol[] {
  const out: SourceCol[] = (plan?.fundingSources ?? []).map((s) => ({ id: s.id, th: s.label.th, en: s.label.en ?? s.label.th }));
  const known = new Set(out.map((s) => s.id));
  for (const l of plan?.budget?.lines ?? []) {
    for (const k of [...Object.keys(l.amounts ?? {}), ...Object.keys(l.stated?.bySource ?? {})]) {
      if (!known.has(k)) {
        known.add(k);
        out.push({ id: k, th: k, en: k });
      }
    }
  }
  return out;
}

/** The header text of a column: "Thai | key". */
export function headerText(c: Pick<Column, 'th' | 'key'>): string {
  return `${c.th} | ${c.key}`;
}

/** Sheet name of a table: "Thai (key)" (at most 31 characters, as Excel allows). */
export function sheetName(t: Pick<TableDef, 'th' | 'key'>): string {
  const full = `${t.th} (${t.key})`;
  return full.length <= 31 ? full : t.key;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Finds the table a sheet (or CSV file, without .csv) stands for. */
export function tableForName(name: string): TableDef | 'instructions' | undefined {
  const n = norm(name.replace(/\.csv$/i, ''));
  const inParens = n.match(/\(([^()]+)\)\s*$/)?.[1]?.trim();
  if (n === 'instructions' || inParens === 'instructions' || n === norm(INSTRUCTIONS_TH)) return 'instructions';
  return TABLES.find((t) => n === t.key || inParens === t.key || n === norm(t.th) || n === norm(sheetName(t)));
}

export const INSTRUCTIONS_TH = 'คำอธิบาย';

// ---------------------------------------------------------------------------
// Plan → tables

export type OutCell = string | number | boolean | null;

export interface OutTable {
  def: TableDef;
  columns: Column[];
  rows: OutCell[][];
}

function getAt(obj: unknown, path: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** A text that starts with an apostrophe gets a second one: readers drop one (Excel's "keep as text" mark). */
function protectText(s: string): string {
  return s.startsWith("'") ? `'${s}` : s;
}

function outCell(value: unknown, c: Column): OutCell {
  if (value === undefined || value === null) return null;
  if (c.type === 'ids') return Array.isArray(value) ? value.join(', ') : String(value);
  if (c.type === 'number' || c.type === 'int') return typeof value === 'number' ? value : String(value);
  if (c.type === 'bool') return typeof value === 'boolean' ? value : String(value);
  return typeof value === 'string' ? protectText(value) : String(value);
}

function rowOf(obj: unknown, columns: readonly Column[], owner: Record<string, string> = {}): OutCell[] {
  return columns.map((c) => (c.owner ? (owner[c.key] ?? null) : outCell(getAt(obj, c.path), c)));
}

/** The owner key of a KPI result in the texts table. */
export function resultKey(r: { kpi: string; asOf: string }): string {
  return `${r.kpi}@${r.asOf}`;
}

export function planToTables(plan: Plan): OutTable[] {
  const out: OutTable[] = [];
  for (const def of TABLES) {
    const columns = def.columns(plan);
    const rows: OutCell[][] = [];
    const add = (obj: unknown, owner?: Record<string, string>) => rows.push(rowOf(obj, columns, owner));
    switch (def.key) {
      case 'plan':
        for (const f of PLAN_FIELDS) {
          const v = getAt(plan, f.path);
          rows.push([f.key, `${f.th} / ${f.en}`, outCell(v, f)]);
        }
        break;
      case 'levels': plan.levels?.forEach((x) => add(x)); break;
      case 'funding': plan.fundingSources?.forEach((x) => add(x)); break;
      case 'units': plan.units?.forEach((x) => add(x)); break;
      case 'responsible': plan.responsibleUnits?.forEach((x) => add(x)); break;
      case 'regions': plan.regions?.forEach((x) => add(x)); break;
      case 'frameworks': plan.frameworks?.forEach((x) => add(x)); break;
      case 'framework-items': plan.frameworks?.forEach((f) => f.items.forEach((x) => add(x, { framework: f.id }))); break;
      case 'indicators':
        plan.frameworks?.forEach((f) => f.items.forEach((it) => it.indicators?.forEach((x) => add(x, { item: it.id }))));
        break;
      case 'items': plan.items?.forEach((x) => add(x)); break;
      case 'targets': plan.items?.forEach((it) => it.targets?.forEach((x) => add(x, { item: it.id }))); break;
      case 'links': plan.links?.forEach((x) => add(x)); break;
      case 'kpis': plan.kpis?.forEach((x) => add(x)); break;
      case 'results': plan.results?.forEach((x) => add(x)); break;
      case 'budget': plan.budget?.lines.forEach((x) => add(x)); break;
      case 'shares': plan.budget?.shares?.forEach((x) => add(x)); break;
      case 'households': plan.households?.projects.forEach((x) => add(x)); break;
      case 'areas': plan.households?.breakdown?.values.forEach((x) => add(x)); break;
      case 'discrepancies': plan.discrepancies?.forEach((x) => add(x)); break;
      case 'texts':
        for (const [table, owner, obj] of textOwners(plan)) {
          for (const field of TEXT_FIELDS[table] ?? []) {
            const list = (obj as Record<string, unknown>)[field];
            if (Array.isArray(list)) for (const x of list as Label[]) add(x, { table, owner, field });
          }
        }
        break;
    }
    out.push({ def, columns: def.key === 'plan' ? def.columns() : columns, rows });
  }
  return out;
}

/** Every object that may carry notes, goals or parts, with its table and owner key. */
function* textOwners(plan: Plan): Generator<[TableKey, string, object]> {
  yield ['plan', plan.id, plan];
  for (const x of plan.responsibleUnits ?? []) yield ['responsible', x.id, x];
  for (const x of plan.regions ?? []) yield ['regions', x.id, x];
  for (const x of plan.frameworks ?? []) yield ['frameworks', x.id, x];
  for (const f of plan.frameworks ?? []) for (const x of f.items) yield ['framework-items', x.id, x];
  for (const x of plan.items ?? []) yield ['items', x.id, x];
  for (const x of plan.kpis ?? []) yield ['kpis', x.id, x];
  for (const x of plan.results ?? []) yield ['results', resultKey(x), x];
  for (const x of plan.budget?.lines ?? []) yield ['budget', x.id, x];
  for (const x of plan.households?.projects ?? []) yield ['households', x.id, x];
}

// ---------------------------------------------------------------------------
// Tables → plan

/** A sheet as read from a workbook or a CSV file. */
export interface RawSheet {
  name: string;
  hidden?: boolean;
  /** Merged ranges, A1 style ("A5:B5"). */
  merges?: string[];
  /** rows[0] is the header row; cells are 0-based. */
  rows: CellValue[][];
}

export interface RawBook {
  /** What was read, for messages ("plan.xlsx", "folder plan-csv"). */
  where: string;
  sheets: RawSheet[];
}

type Obj = Record<string, unknown>;

interface ReadRow {
  /** 1-based row number. */
  row: number;
  obj: Obj;
  /** Owner-column values (framework, item, table, owner, field). */
  owner: Record<string, string>;
  /** Where each column of this row maps: suffix path inside `obj`, column. */
  cells: { path: readonly string[]; col?: number; key: string }[];
  /** The row's cells hold a problem already reported (by field key). */
  bad: Set<string>;
}

interface SheetRead {
  def: TableDef;
  sheet: RawSheet;
  rows: ReadRow[];
}

export interface TablesReadResult {
  /** The plan as built from the cells (not validated; unresolved catalogues). */
  plan: Obj;
  problems: IoProblem[];
  /** Cell of the plan field at a JSON path (or of the nearest enclosing row or sheet). */
  locate(path: string): CellLocation | undefined;
  /** Column keys that are missing from a sheet's header, by sheet name. */
  missingColumns: Map<string, Set<string>>;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function setAt(obj: Obj, path: readonly string[], value: unknown): void {
  let cur = obj;
  path.forEach((p, i) => {
    if (i === path.length - 1) cur[p] = value;
    else {
      if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
      cur = cur[p] as Obj;
    }
  });
}

function shownValue(v: CellValue): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  if (v !== null && typeof v === 'object') return v.error;
  return String(v ?? '');
}

/** Reads one cell by its column type; reports what cannot be read. */
function readCell(v: CellValue, c: Column, report: (p: Omit<IoProblem, 'sheet' | 'row' | 'col' | 'field' | 'path'>) => void): { ok: boolean; value?: unknown } {
  if (isBlank(v)) return { ok: true };
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    report({ code: 'cell-error', params: { value: v.error } });
    return { ok: false };
  }
  switch (c.type) {
    case 'text': {
      if (v instanceof Date) return { ok: true, value: shownValue(v) };
      const t = typeof v === 'string' ? cellText(v) : String(v);
      return { ok: true, value: t === '' ? undefined : t };
    }
    case 'ids': {
      const t = typeof v === 'string' ? cellText(v) : shownValue(v);
      const list = t.split(/[\s,;]+/).filter(Boolean);
      return { ok: true, value: list.length ? list : undefined };
    }
    case 'number':
    case 'int': {
      const r = readNumber(v, c.type === 'int');
      if (r.ok) return { ok: true, value: r.value };
      if (r.reason === 'empty') return { ok: true };
      report({ code: r.reason, params: { value: r.shown } });
      return { ok: false };
    }
    case 'bool': {
      const r = readBoolean(v);
      if (r.ok) return { ok: true, value: r.value };
      if (r.empty) return { ok: true };
      report({ code: 'not-a-boolean', params: { value: r.shown } });
      return { ok: false };
    }
    case 'date': {
      const r = readDate(v);
      if (r.ok) return { ok: true, value: r.value };
      if (r.empty) return { ok: true };
      report({ code: 'not-a-date', params: { value: r.shown } });
      return { ok: false };
    }
  }
}

/**
 * Matches a header cell to a column. "Thai | key": the key decides (a typo in it is
 * a wrong header even when the Thai half is right); a header of one part may be
 * the key or the Thai text.
 */
function matchHeader(header: string, columns: readonly Column[]): Column | undefined {
  const parts = header.split('|').map((p) => p.trim()).filter(Boolean);
  const key = parts.length > 1 ? parts[parts.length - 1]! : undefined;
  const found = key !== undefined
    ? columns.find((c) => norm(c.key) === norm(key))
    : columns.find((c) => norm(c.key) === norm(header) || norm(c.th) === norm(header));
  if (found) return found;
  // A budget column for a funding source the plan does not declare (the validator names it).
  const dyn = (key ?? header.trim()).match(/^(amount|stated):([A-Za-z0-9][A-Za-z0-9._:-]*)$/i);
  if (!dyn || !columns.some((c) => c.key === 'stated_total')) return undefined;
  const sourceId = dyn[2]!;
  return dyn[1]!.toLowerCase() === 'amount'
    ? col(`amount:${sourceId}`, sourceId, sourceId, 'number', ['amounts', sourceId], { money: true })
    : col(`stated:${sourceId}`, sourceId, sourceId, 'number', ['stated', 'bySource', sourceId], { money: true });
}

function rangeText(r: string): string {
  return r.replace(/\$/g, '');
}

/** "B5" → {row: 5, col: 2}. */
function parseA1(a1: string): { row: number; col: number } | undefined {
  const m = a1.match(/^\$?([A-Z]+)\$?(\d+)$/i);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: c };
}

function readSheet(def: TableDef, sheet: RawSheet, problems: IoProblem[]): SheetRead {
  const read: SheetRead = { def, sheet, rows: [] };
  const push = (p: IoProblem) => problems.push({ sheet: sheet.name, ...p });
  if (sheet.hidden) push({ code: 'hidden-sheet', params: { name: sheet.name } });
  for (const m of sheet.merges ?? []) {
    const at = parseA1(m.split(':')[0] ?? '');
    push({ code: 'merged-cells', row: at?.row, col: at?.col, params: { range: rangeText(m) } });
  }
  const columns = def.columns();
  const firstNonBlank = sheet.rows.findIndex((r) => r.some((v) => !isBlank(v)));
  if (firstNonBlank < 0) {
    push({ code: 'empty-sheet', params: { name: sheet.name, expected: columns.filter((c) => c.required).map(headerText).join(', ') || headerText(columns[0]!) } });
    return read;
  }
  // Header: row 1.
  const header = sheet.rows[0] ?? [];
  const byCol = new Map<number, Column>();
  const seen = new Map<string, number>();
  const width = Math.max(header.length, ...sheet.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const h = header[c];
    const hasData = sheet.rows.slice(1).some((r) => !isBlank(r[c]));
    if (isBlank(h)) {
      if (hasData) push({ code: 'unknown-column', row: 1, col: c + 1, params: { header: '', expected: columns.map((x) => x.key).join(', ') } });
      continue;
    }
    const text = shownValue(h!);
    const column = matchHeader(text, columns);
    if (!column) {
      push({ code: 'unknown-column', row: 1, col: c + 1, params: { header: text, expected: columns.map((x) => x.key).join(', ') } });
      continue;
    }
    const first = seen.get(column.key);
    if (first !== undefined) {
      push({ code: 'duplicate-column', row: 1, col: c + 1, field: column.key, params: { header: text, first: columnLetter(first + 1) } });
      continue;
    }
    seen.set(column.key, c);
    byCol.set(c, column);
  }
  const missing = columns.filter((c) => c.required && !seen.has(c.key));
  for (const c of missing) push({ code: 'missing-column', row: 1, field: c.key, params: { header: headerText(c) } });
  if (def.key === 'plan') return read; // read by readPlanSheet

  const present = [...byCol.entries()];
  const absent = columns.filter((c) => !seen.has(c.key));
  const firstRowOf = new Map<string, number>();
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const row = r + 1;
    const fingerprint = JSON.stringify(present.map(([c]) => (isBlank(cells[c]) ? null : shownValue(cells[c]!).trim())));
    const first = firstRowOf.get(fingerprint);
    if (first !== undefined) push({ code: 'duplicate-row', row, params: { first } });
    else firstRowOf.set(fingerprint, row);
    const rr: ReadRow = { row, obj: {}, owner: {}, cells: [], bad: new Set() };
    if (first !== undefined) rr.bad.add('*duplicate');
    for (const [c, column] of present) {
      const got = readCell(cells[c] ?? null, column, (p) => {
        push({ ...p, row, col: c + 1, field: column.key });
        rr.bad.add(column.key);
      });
      if (column.owner) {
        if (got.value !== undefined) rr.owner[column.key] = String(got.value);
        continue;
      }
      rr.cells.push({ path: column.path, col: c + 1, key: column.key });
      if (got.value !== undefined) setAt(rr.obj, column.path, got.value);
    }
    for (const column of absent) if (!column.owner) rr.cells.push({ path: column.path, key: column.key });
    read.rows.push(rr);
  }
  return read;
}

interface PlanSheetRead {
  values: Obj;
  cells: { path: readonly string[]; row?: number; col?: number; key: string }[];
  bad: Set<string>;
}

function readPlanSheet(sheet: RawSheet, problems: IoProblem[]): PlanSheetRead {
  const out: PlanSheetRead = { values: {}, cells: [], bad: new Set() };
  const push = (p: IoProblem) => problems.push({ sheet: sheet.name, ...p });
  const header = sheet.rows[0] ?? [];
  const cols = TABLE_BY_KEY.get('plan')!.columns();
  let fieldCol = -1;
  let valueCol = -1;
  header.forEach((h, c) => {
    if (isBlank(h)) return;
    const m = matchHeader(shownValue(h), cols);
    if (m?.key === 'field' && fieldCol < 0) fieldCol = c;
    if (m?.key === 'value' && valueCol < 0) valueCol = c;
  });
  const seenField = new Map<string, number>();
  if (fieldCol >= 0 && valueCol >= 0) {
    for (let r = 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (cells.every(isBlank)) continue;
      const row = r + 1;
      const name = isBlank(cells[fieldCol]) ? '' : shownValue(cells[fieldCol]!).trim();
      const f = PLAN_FIELDS.find((x) => norm(x.key) === norm(name) || norm(x.th) === norm(name) || norm(headerText(x)) === norm(name));
      if (!f) {
        push({ code: 'unknown-field', row, col: fieldCol + 1, params: { name, expected: PLAN_FIELDS.map((x) => x.key).join(', ') } });
        continue;
      }
      const first = seenField.get(f.key);
      if (first !== undefined) {
        push({ code: 'duplicate-field', row, col: fieldCol + 1, field: f.key, params: { name, first } });
        continue;
      }
      seenField.set(f.key, row);
      const got = readCell(cells[valueCol] ?? null, f, (p) => {
        push({ ...p, row, col: valueCol + 1, field: f.key });
        out.bad.add(f.key);
      });
      out.cells.push({ path: f.path, row, col: valueCol + 1, key: f.key });
      if (got.value !== undefined) setAt(out.values, f.path, got.value);
    }
  }
  for (const f of PLAN_FIELDS) if (!seenField.has(f.key)) out.cells.push({ path: f.path, key: f.key });
  return out;
}

/** Builds the plan from the tables of a workbook or CSV folder, reporting every cell it cannot read. */
export function tablesToPlan(book: RawBook): TablesReadResult {
  const problems: IoProblem[] = [];
  const locs = new Map<string, CellLocation>();
  const missingColumns = new Map<string, Set<string>>();
  const reads = new Map<TableKey, SheetRead>();
  const sheetOf = new Map<TableKey, string>();
  const known = TABLES.map((t) => sheetName(t));

  for (const sheet of book.sheets) {
    const def = tableForName(sheet.name);
    if (def === 'instructions') {
      if (sheet.hidden) problems.push({ sheet: sheet.name, code: 'hidden-sheet', params: { name: sheet.name } });
      continue;
    }
    if (!def) {
      problems.push({ sheet: sheet.name, code: 'unknown-sheet', params: { name: sheet.name, expected: known.join(', ') } });
      continue;
    }
    const already = sheetOf.get(def.key);
    if (already !== undefined) {
      problems.push({ sheet: sheet.name, code: 'duplicate-sheet', params: { name: sheet.name, first: already } });
      continue;
    }
    sheetOf.set(def.key, sheet.name);
    const before = problems.length;
    reads.set(def.key, readSheet(def, sheet, problems));
    for (const p of problems.slice(before)) {
      if (p.code === 'missing-column' && p.field) {
        const set = missingColumns.get(sheet.name) ?? new Set<string>();
        set.add(p.field);
        missingColumns.set(sheet.name, set);
      }
    }
  }
  if (!reads.has('plan')) problems.push({ code: 'no-tables', params: { where: book.where } });
  const nameOf = (key: TableKey) => sheetOf.get(key) ?? sheetName(TABLE_BY_KEY.get(key)!);

  const back = new Map<string, string>();
  const at = (parts: PathPart[], loc: CellLocation) => {
    const path = jsonPath(parts);
    locs.set(path, loc);
    const key = [loc.sheet, loc.row ?? '', loc.col ?? ''].join('\u0000');
    if (!back.has(key)) back.set(key, path);
  };
  /** Registers a row and each of its cells at `base`. */
  const place = (key: TableKey, rr: ReadRow, base: PathPart[]) => {
    const sheet = nameOf(key);
    at(base, { sheet, row: rr.row });
    for (const c of rr.cells) at([...base, ...c.path], { sheet, row: rr.row, col: c.col, field: c.key });
  };

  // The plan sheet.
  const plan: Obj = {};
  const planRead = reads.get('plan');
  at([], { sheet: nameOf('plan') });
  if (planRead) {
    const ps = readPlanSheet(planRead.sheet, problems);
    Object.assign(plan, ps.values);
    for (const c of ps.cells) at([...c.path], { sheet: nameOf('plan'), row: c.row, col: c.col, field: c.key });
  }

  const rowsOf = (key: TableKey) => reads.get(key)?.rows ?? [];
  const list = (key: TableKey, target: PathPart[], into: (arr: Obj[]) => void) => {
    const rows = rowsOf(key);
    at(target, { sheet: nameOf(key) });
    if (!rows.length) return;
    const arr: Obj[] = [];
    rows.forEach((rr, i) => {
      arr.push(rr.obj);
      place(key, rr, [...target, i]);
    });
    into(arr);
  };
  const unknownOwner = (key: TableKey, rr: ReadRow, column: string, table: string, owner: string) => {
    const columns = reads.get(key)!.def.columns();
    const sheet = reads.get(key)!.sheet;
    const c = (sheet.rows[0] ?? []).findIndex((h) => !isBlank(h) && matchHeader(shownValue(h!), columns)?.key === column);
    problems.push({ sheet: nameOf(key), row: rr.row, col: c >= 0 ? c + 1 : undefined, field: column, code: 'unknown-owner', params: { owner, table } });
  };

  list('levels', ['levels'], (a) => (plan.levels = a));
  list('funding', ['fundingSources'], (a) => (plan.fundingSources = a));
  list('units', ['units'], (a) => (plan.units = a));
  list('responsible', ['responsibleUnits'], (a) => (plan.responsibleUnits = a));
  list('regions', ['regions'], (a) => (plan.regions = a));
  list('frameworks', ['frameworks'], (a) => (plan.frameworks = a));
  const frameworks = (plan.frameworks as Obj[] | undefined) ?? [];
  for (const f of frameworks) f.items = [];
  const fwIndex = new Map<string, number>();
  frameworks.forEach((f, i) => typeof f.id === 'string' && !fwIndex.has(f.id) && fwIndex.set(f.id, i));
  const fwItemPath = new Map<string, PathPart[]>();
  const fwItems = new Map<string, Obj>();
  for (const rr of rowsOf('framework-items')) {
    const fid = rr.owner.framework ?? '';
    const fi = fwIndex.get(fid);
    if (fi === undefined) {
      if (!rr.bad.has('framework')) unknownOwner('framework-items', rr, 'framework', nameOf('frameworks'), fid);
      continue;
    }
    const items = frameworks[fi]!.items as Obj[];
    const base: PathPart[] = ['frameworks', fi, 'items', items.length];
    items.push(rr.obj);
    place('framework-items', rr, base);
    if (typeof rr.obj.id === 'string' && !fwItems.has(rr.obj.id)) {
      fwItems.set(rr.obj.id, rr.obj);
      fwItemPath.set(rr.obj.id, base);
    }
  }
  for (const rr of rowsOf('indicators')) {
    const iid = rr.owner.item ?? '';
    const owner = fwItems.get(iid);
    if (!owner) {
      if (!rr.bad.has('item')) unknownOwner('indicators', rr, 'item', nameOf('framework-items'), iid);
      continue;
    }
    const indicators = ((owner.indicators as Obj[] | undefined) ??= []);
    place('indicators', rr, [...fwItemPath.get(iid)!, 'indicators', indicators.length]);
    indicators.push(rr.obj);
  }

  list('items', ['items'], (a) => (plan.items = a));
  const byId = (arr: unknown, base: PathPart[]) => {
    const m = new Map<string, { obj: Obj; path: PathPart[] }>();
    (Array.isArray(arr) ? (arr as Obj[]) : []).forEach((o, i) => typeof o.id === 'string' && !m.has(o.id) && m.set(o.id, { obj: o, path: [...base, i] }));
    return m;
  };
  const items = byId(plan.items, ['items']);
  for (const rr of rowsOf('targets')) {
    const iid = rr.owner.item ?? '';
    const owner = items.get(iid);
    if (!owner) {
      if (!rr.bad.has('item')) unknownOwner('targets', rr, 'item', nameOf('items'), iid);
      continue;
    }
    const targets = ((owner.obj.targets as Obj[] | undefined) ??= []);
    place('targets', rr, [...owner.path, 'targets', targets.length]);
    targets.push(rr.obj);
  }
  list('links', ['links'], (a) => (plan.links = a));
  list('kpis', ['kpis'], (a) => (plan.kpis = a));
  list('results', ['results'], (a) => (plan.results = a));

  const budgetRows = rowsOf('budget');
  const shareRows = rowsOf('shares');
  if (budgetRows.length || shareRows.length) {
    const budget: Obj = { lines: [] };
    plan.budget = budget;
    list('budget', ['budget', 'lines'], (a) => (budget.lines = a));
    list('shares', ['budget', 'shares'], (a) => (budget.shares = a));
  } else {
    at(['budget', 'lines'], { sheet: nameOf('budget') });
    at(['budget', 'shares'], { sheet: nameOf('shares') });
  }

  // Households: plan-sheet fields (total, source, breakdown level and note), projects, areas.
  const hhRows = rowsOf('households');
  const areaRows = rowsOf('areas');
  const hh = (plan.households as Obj | undefined) ?? (hhRows.length || areaRows.length ? {} : undefined);
  if (hh) {
    const ordered: Obj = { projects: [] };
    plan.households = Object.assign(ordered, hh);
    list('households', ['households', 'projects'], (a) => (ordered.projects = a));
    const breakdown = (ordered.breakdown as Obj | undefined) ?? (areaRows.length ? {} : undefined);
    if (breakdown) {
      ordered.breakdown = Object.assign({ values: [] }, breakdown);
      list('areas', ['households', 'breakdown', 'values'], (a) => ((ordered.breakdown as Obj).values = a));
    }
  }
  list('discrepancies', ['discrepancies'], (a) => (plan.discrepancies = a));

  // Texts: notes, goals and parts of rows of other sheets.
  const owners = new Map<TableKey, Map<string, { obj: Obj; path: PathPart[]; count: number }>>();
  const index = (key: TableKey, arr: unknown, base: PathPart[], keyOf: (o: Obj) => unknown = (o) => o.id) => {
    const m = new Map<string, { obj: Obj; path: PathPart[]; count: number }>();
    (Array.isArray(arr) ? (arr as Obj[]) : []).forEach((o, i) => {
      const k = keyOf(o);
      if (typeof k !== 'string') return;
      const e = m.get(k);
      if (e) e.count++;
      else m.set(k, { obj: o, path: [...base, i], count: 1 });
    });
    owners.set(key, m);
  };
  index('responsible', plan.responsibleUnits, ['responsibleUnits']);
  index('regions', plan.regions, ['regions']);
  index('frameworks', plan.frameworks, ['frameworks']);
  owners.set('framework-items', new Map([...fwItems].map(([k, o]) => [k, { obj: o, path: fwItemPath.get(k)!, count: 1 }])));
  index('items', plan.items, ['items']);
  index('kpis', plan.kpis, ['kpis']);
  index('results', plan.results, ['results'], (o) => (typeof o.kpi === 'string' && typeof o.asOf === 'string' ? resultKey(o as { kpi: string; asOf: string }) : undefined));
  index('budget', (plan.budget as Obj | undefined)?.lines, ['budget', 'lines']);
  index('households', (plan.households as Obj | undefined)?.projects, ['households', 'projects']);
  for (const rr of rowsOf('texts')) {
    if (rr.bad.has('table') || rr.bad.has('field')) continue;
    const table = (rr.owner.table ?? '') as TableKey;
    const ownerId = rr.owner.owner ?? '';
    const field = rr.owner.field ?? '';
    const allowed = TEXT_FIELDS[table];
    if (!allowed) {
      problems.push({ sheet: nameOf('texts'), row: rr.row, field: 'table', code: 'unknown-owner', params: { owner: table, table: nameOf('texts') } });
      continue;
    }
    if (!allowed.includes(field)) {
      problems.push({ sheet: nameOf('texts'), row: rr.row, field: 'field', code: 'unknown-field', params: { name: field, expected: allowed.join(', ') } });
      continue;
    }
    let target: { obj: Obj; path: PathPart[] } | undefined;
    if (table === 'plan') {
      if (ownerId === '' || ownerId === plan.id) target = { obj: plan, path: [] };
    } else {
      const e = owners.get(table)?.get(ownerId);
      if (e && e.count > 1) {
        problems.push({ sheet: nameOf('texts'), row: rr.row, field: 'owner', code: 'ambiguous-owner', params: { owner: ownerId, table: nameOf(table) } });
        continue;
      }
      target = e;
    }
    if (!target) {
      unknownOwner('texts', rr, 'owner', nameOf(table), ownerId);
      continue;
    }
    const arr = ((target.obj[field] as Obj[] | undefined) ??= []);
    place('texts', rr, [...target.path, field, arr.length]);
    arr.push(rr.obj);
  }

  // Reader problems get the JSON path of their cell, row or sheet.
  for (const p of problems) {
    if (p.path !== undefined || p.sheet === undefined) continue;
    const keys = [[p.sheet, p.row ?? '', p.col ?? ''], [p.sheet, p.row ?? '', ''], [p.sheet, '', '']];
    for (const k of keys) {
      const hit = back.get(k.join('\u0000'));
      if (hit !== undefined) {
        p.path = hit;
        break;
      }
    }
  }

  const ordered = orderPlan(plan);
  const locate = (path: string): CellLocation | undefined => {
    for (let p = path; ; ) {
      const hit = locs.get(p);
      if (hit) return hit;
      const up = p.replace(/(\.[A-Za-z_$][A-Za-z0-9_$]*|\[[^\]]*\])$/, '');
      if (up === p) return undefined;
      p = up;
    }
  };
  return { plan: ordered, problems, locate, missingColumns };
}

const PLAN_ORDER = [
  '$schema', 'schemaVersion', 'id', 'title', 'agency', 'fiscalYear', 'document', 'catalogues', 'illustrative', 'notes', 'levels', 'fundingSources',
  'units', 'responsibleUnits', 'regions', 'frameworks', 'items', 'links', 'kpis', 'results', 'budget', 'households', 'discrepancies',
];

function orderPlan(plan: Obj): Obj {
  const out: Obj = {};
  for (const k of PLAN_ORDER) if (plan[k] !== undefined) out[k] = plan[k];
  for (const k of Object.keys(plan)) if (!(k in out)) out[k] = plan[k];
  return out;
}
