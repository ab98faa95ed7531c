import { strings } from '../../core/i18n.js';

/** Interface strings of the gauge and the board. */
export const gs = strings({
  title: { th: 'ตัวชี้วัด', en: 'Key performance indicator' },
  boardTitle: { th: 'ตัวชี้วัดและค่าเป้าหมาย', en: 'Indicators and targets' },
  target: { th: 'เป้าหมาย', en: 'Target' },
  result: { th: 'ผลการดำเนินงาน', en: 'Result' },
  met: { th: 'บรรลุเป้าหมาย', en: 'Target met' },
  notMet: { th: 'ยังไม่บรรลุเป้าหมาย', en: 'Target not met' },
  noResult: { th: 'ยังไม่มีผลรายงาน', en: 'No result reported yet' },
  lower: { th: 'ยิ่งน้อยยิ่งดี', en: 'lower is better' },
  higher: { th: 'ยิ่งมากยิ่งดี', en: 'higher is better' },
  asOf: { th: 'ข้อมูล ณ {date}', en: 'as of {date}' },
  noKpis: { th: 'แผนนี้ไม่มีตัวชี้วัด', en: 'This plan has no indicators.' },
  noKpisFor: { th: 'ไม่มีตัวชี้วัดภายใต้ "{item}"', en: 'There are no indicators under "{item}".' },
  unknownKpi: { th: 'ไม่พบตัวชี้วัดรหัส "{id}" ในแผนนี้', en: 'This plan has no indicator with id "{id}".' },
  illustrativeResult: { th: 'ผลการดำเนินงานเป็นข้อมูลตัวอย่าง', en: 'The result is illustrative' },
  kpi: { th: 'ตัวชี้วัด', en: 'Indicator' },
  status: { th: 'สถานะ', en: 'Status' },
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  otherKpis: { th: 'ตัวชี้วัดอื่น', en: 'Other indicators' },
  count: { th: 'ตัวชี้วัด {n} ตัว', en: '{n} indicators' },
  summaryBoard: {
    th: '{n} ตัวชี้วัด บรรลุเป้าหมาย {met} ยังไม่บรรลุ {notMet} ยังไม่มีผลรายงาน {none}',
    en: '{n} indicators: {met} met, {notMet} not met, {none} without a reported result.',
  },
});
