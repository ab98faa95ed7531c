/**
 * The text of a cell: its label, value and share, as many as fit, measured
 * with the given text measure (canvas in the browser, an approximation in
 * Node). A label is wrapped at word boundaries and shortened with "…" rather
 * than broken inside a word; the full text is in the tooltip and the table.
 */
import type { Lang } from '../../format/label.js';
import { pickLabel } from '../../format/label.js';
import { formatMoney, formatNumber, formatPercent } from '../../format/number.js';
import { segmentWords, wrapText, type Measure, type Wrapped } from '../../format/wrap.js';
import type { BudgetNode } from './tree.js';
import type { TextLine, TreemapCell } from './cell.js';

/** Padding inside a cell, in px. */
export const PAD = 4;

/** The text a cell shows for a node: its item's number, then its short label. */
export function cellLabel(node: BudgetNode, lang: Lang): string {
  const text = pickLabel(node.shortLabel ?? node.label, lang);
  return node.code ? `${node.code} ${text}` : text;
}

/** The full name of a node, for tooltips, tables and screen readers: "แผนงาน 3 การสนับสนุน…". */
export function fullLabel(node: BudgetNode, lang: Lang): string {
  const prefix = [node.level ? pickLabel(node.level, lang) : '', node.code ?? ''].filter(Boolean).join(' ');
  const text = pickLabel(node.label, lang);
  return prefix ? `${prefix} ${text}` : text;
}

/** How cell text is measured and printed (the layout's font size, line height, language and digits). */
export interface Fit {
  measure: Measure;
  measureBold: Measure;
  lineHeight: number;
  fontSize: number;
  lang: Lang;
  fmt: { lang: Lang; thaiDigits?: boolean };
}

/** The value as printed ("4,340.3653 ล้านบาท"), else the bare number, else nothing, whichever fits. */
function valueText(cell: TreemapCell, width: number, fit: Fit): string | undefined {
  const full = formatMoney(cell.value, fit.fmt);
  if (fit.measure(full) <= width) return full;
  const bare = formatNumber(cell.value, { ...fit.fmt, decimals: 4, minDecimals: 4 });
  return fit.measure(bare) <= width ? bare : undefined;
}

function shareText(cell: TreemapCell, fit: Fit): string {
  return formatPercent(cell.shareOfParent / 100, { ...fit.fmt, decimals: 1 });
}

/** The header of a cell whose children are drawn inside it: its label on one line, and its value and share when there is room. */
export function headerFor(cell: TreemapCell, width: number, fit: Fit): { height: number; lines: TextLine[]; truncated: boolean } | undefined {
  const inner = width - 2 * PAD;
  const label = wrapText(cellLabel(cell.node, fit.lang), inner, fit.measureBold, { lang: fit.lang, maxLines: 1 });
  if (!label.lines.length) return undefined;
  const lines: TextLine[] = [{ text: label.lines[0], kind: 'label' }];
  const value = valueText(cell, inner, fit);
  const both = value && `${value} · ${shareText(cell, fit)}`;
  if (both && fit.measure(both) <= inner) lines.push({ text: both, kind: 'value' });
  return { height: 2 * PAD + lines.length * fit.lineHeight, lines, truncated: label.truncated };
}

/**
 * `wrapText`, but a word is never split over two lines: when a word is wider
 * than the cell, the label stops at that line with "…" (the full label is in
 * the tooltip and the table), since "Mankon / g" reads worse than "Mankon…".
 */
export function wrapWords(text: string, width: number, measure: Measure, lang: Lang, maxLines: number): Wrapped {
  const wrapped = wrapText(text, width, measure, { lang, maxLines });
  const ends = new Set<number>();
  let at = 0;
  for (const w of segmentWords(text, lang)) ends.add((at += w.length));
  let cursor = 0;
  const whole = wrapped.truncated ? wrapped.lines.length - 1 : wrapped.lines.length;
  for (let i = 0; i < whole; i++) {
    const line = wrapped.lines[i];
    const start = text.indexOf(line, cursor);
    if (start < 0) break;
    let end = start + line.length;
    while (end < text.length && /\s/.test(text[end])) end++;
    cursor = end;
    if (end < text.length && !ends.has(end)) return wrapText(text, width, measure, { lang, maxLines: i + 1 });
  }
  return wrapped;
}

/** Label (wrapped at word boundaries), value and share: as many as fit inside the cell, in that order of priority. */
export function cellText(cell: TreemapCell, width: number, height: number, fit: Fit): { lines: TextLine[]; truncated: boolean } {
  const inner = width - 2 * PAD;
  const rows = Math.floor((height - 2 * PAD) / fit.lineHeight);
  // Narrower than about three Thai syllables, a label would break inside words: leave it to the tooltip.
  if (rows < 1 || inner < fit.fontSize * 3) return { lines: [], truncated: true };
  const extra = rows >= 3 ? 2 : rows === 2 ? 1 : 0;
  const label = wrapWords(cellLabel(cell.node, fit.lang), inner, fit.measureBold, fit.lang, Math.min(4, rows - extra));
  if (!label.lines.length) return { lines: [], truncated: true };
  const lines: TextLine[] = label.lines.map((text) => ({ text, kind: 'label' as const }));
  const left = rows - lines.length;
  const value = left >= 1 ? valueText(cell, inner, fit) : undefined;
  const share = shareText(cell, fit);
  if (value && left >= 2) {
    lines.push({ text: value, kind: 'value' });
    if (fit.measure(share) <= inner) lines.push({ text: share, kind: 'share' });
  } else if (value) {
    const both = `${value} · ${share}`;
    lines.push({ text: fit.measure(both) <= inner ? both : value, kind: 'value' });
  }
  return { lines, truncated: label.truncated || lines.length < 3 };
}
