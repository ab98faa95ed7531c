import { strings } from '../../core/i18n.js';

/** Interface strings of the budget treemap. */
export const ts = strings({
  title: { th: 'งบประมาณ', en: 'Budget' },
  allBudget: { th: 'งบประมาณทั้งหมด', en: 'Whole budget' },
  noBudget: { th: 'แผนนี้ไม่มีข้อมูลงบประมาณ', en: 'This plan has no budget data.' },
  zeroBudget: { th: 'งบประมาณของ "{label}" เป็นศูนย์ ไม่มีสิ่งใดให้แสดง', en: 'The budget of "{label}" is zero: there is nothing to draw.' },
  notItemised: { th: 'ไม่ได้แยกรายการ', en: 'Not itemised' },
  rest: { th: 'อื่น ๆ ({n} รายการ)', en: 'Other ({n} items)' },
  other: { th: 'อื่น ๆ (ไม่ระบุประเด็น)', en: 'Other (no development issue)' },
  otherOf: { th: 'อื่น ๆ (ไม่ระบุ{level})', en: 'Other (no {level})' },
  total: { th: 'รวม', en: 'Total' },
  item: { th: 'รายการ', en: 'Item' },
  amount: { th: 'จำนวนเงิน (ล้านบาท)', en: 'Amount (million baht)' },
  shareOfParent: { th: 'สัดส่วน (ร้อยละ)', en: 'Share (%)' },
  sourceColumn: { th: '{source} (ล้านบาท)', en: '{source} (million baht)' },
  ofParent: { th: '{share} ของ {parent}', en: '{share} of {parent}' },
  ofTotal: { th: '{share} ของงบประมาณทั้งหมด', en: '{share} of the whole budget' },
  breadcrumb: { th: 'ระดับที่แสดง', en: 'Level shown' },
  colorBy: { th: 'ระบายสีตาม', en: 'Colour by' },
  bySource: { th: 'แหล่งเงิน', en: 'Funding source' },
  byIssue: { th: 'ประเด็นการพัฒนา', en: 'Development issue' },
  legend: { th: 'คำอธิบายสี: {mode}', en: 'Colour key: {mode}' },
  caption: { th: '{label}: จำแนกรายการ (ล้านบาท)', en: '{label}: breakdown (million baht)' },
  drill: { th: 'กด Enter เพื่อดูรายละเอียด', en: 'press Enter to open' },
  inside: { th: 'มี {n} รายการย่อย', en: '{n} items inside' },
  summary: {
    th: '{label} รวม {total} แบ่งเป็น {n} รายการ มากที่สุดคือ {top} {topValue} ({topShare})',
    en: '{label}: {total} in {n} items; the largest is {top}, {topValue} ({topShare}).',
  },
  keys: {
    th: 'ใช้ลูกศรเลื่อนระหว่างรายการ Enter เพื่อเปิดดูรายการย่อย Escape เพื่อกลับขึ้นหนึ่งระดับ',
    en: 'Arrow keys move between items, Enter opens an item, Escape goes back up one level.',
  },
});
