import type { Lang } from '../format/label.js';

type Table = Record<string, { th: string; en: string }>;

/**
 * Makes a lookup for a table of interface strings in both languages.
 * `{name}` placeholders are filled from `vars` as text (never HTML).
 */
export function strings<T extends Table>(table: T) {
  return (key: keyof T, lang: Lang, vars?: Record<string, string | number>): string => {
    let s = table[key][lang];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** Interface strings of the shared element behaviour. */
export const t = strings({
  loading: { th: 'กำลังโหลดข้อมูลแผน…', en: 'Loading plan data…' },
  retry: { th: 'ลองอีกครั้ง', en: 'Try again' },
  errorTitle: { th: 'แสดงแผนภูมิไม่ได้', en: 'Cannot show this chart' },
  invalidTitle: { th: 'ข้อมูลแผนไม่ถูกต้อง', en: 'The plan data is not valid' },
  problemCount: { th: 'พบปัญหา {n} รายการ (ระบุตำแหน่งใน JSON)', en: '{n} problem(s), located by JSON path' },
  moreProblems: { th: 'และอีก {n} รายการ', en: 'and {n} more' },
  noData: { th: 'ไม่มีข้อมูลแผน', en: 'No plan data' },
  noDataHint: {
    th: 'กำหนดแอตทริบิวต์ src เป็น URL ของไฟล์แผน (JSON) หรือกำหนดพร็อพเพอร์ตี plan',
    en: 'Set the src attribute to the URL of a plan JSON file, or set the plan property.',
  },
  download: { th: 'ดาวน์โหลด', en: 'Download' },
  showTable: { th: 'แสดงตาราง', en: 'Show table' },
  showChart: { th: 'แสดงแผนภูมิ', en: 'Show chart' },
  illustrative: { th: 'ข้อมูลตัวอย่าง (สมมติ)', en: 'Illustrative data' },
  source: { th: 'ที่มา', en: 'Source' },
  section: { th: 'หัวข้อ', en: 'section' },
  total: { th: 'รวม', en: 'Total' },
  share: { th: 'สัดส่วน', en: 'Share' },
});
