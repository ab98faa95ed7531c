/** Formatting for the plan elements: labels, numbers, money, units, dates and Thai line wrapping. */
export { pickLabel, labelLang, type Lang } from './label.js';
export {
  formatNumber,
  formatMoney,
  formatPercent,
  formatValue,
  shares,
  numberLocale,
  MISSING,
  type FormatOptions,
  type NumberOptions,
  type ValueOptions,
  type Comparator,
} from './number.js';
export { formatYear, formatFiscalYear, formatDate, BE_OFFSET, type Era, type DateOptions } from './date.js';
export {
  segmentWords,
  keepThaiWords,
  wrapText,
  canvasMeasure,
  approxMeasure,
  clearMeasureCache,
  type Measure,
  type WrapOptions,
  type Wrapped,
} from './wrap.js';
export { findUnit, unitLabel, BUILT_IN_UNITS } from './units.js';
