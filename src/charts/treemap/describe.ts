/**
 * What the treemap says in words: the summary of the level shown (read
 * before the chart), a cell's tooltip lines, what a screen reader hears
 * besides a cell's visible text, and the detail of its events. Pure strings.
 */
import type { MarkDetail } from '../../core/events.js';
import type { Lang } from '../../format/label.js';
import { pickLabel } from '../../format/label.js';
import { formatMoney, formatPercent, type FormatOptions } from '../../format/number.js';
import { fromUnits } from '../../schema/money.js';
import type { BudgetNode, BudgetTree } from './tree.js';
import type { TreemapCell } from './cell.js';
import { cellLabel, fullLabel } from './cell-text.js';
import type { ColorBy } from './legend.js';
import { ts } from './strings.js';

/** An amount in integer units as printed: "4,340.3653 ล้านบาท". */
export function money(units: number, fmt: FormatOptions): string {
  return formatMoney(fromUnits(units), fmt);
}

/** The short name of funding source `index`. */
function sourceName(tree: BudgetTree, index: number, lang: Lang): string {
  return pickLabel(tree.sources[index]?.shortLabel ?? tree.sources[index]?.label, lang);
}

/** The detail of `codi-hover` and `codi-select` for a node. */
export function markDetail(planId: string, node: BudgetNode, lang: Lang): MarkDetail {
  return { planId, kind: 'budget-line', id: node.lineId, itemId: node.itemId, label: fullLabel(node, lang), value: fromUnits(node.units), unit: 'million-baht' };
}

/** The level shown in one sentence (its total, how many items, the largest), then how to use the keys. */
export function levelSummary(focus: BudgetNode, fmt: FormatOptions): string {
  const lang = fmt.lang;
  const top = [...focus.children].sort((a, b) => b.units - a.units)[0];
  const share = top && focus.units > 0 ? formatPercent(top.units / focus.units, { ...fmt, decimals: 1 }) : '';
  return `${ts('summary', lang, { label: fullLabel(focus, lang), total: money(focus.units, fmt), n: focus.children.length, top: top ? fullLabel(top, lang) : '', topValue: top ? money(top.units, fmt) : '', topShare: share })} ${ts('keys', lang)}`;
}

/**
 * The tooltip of a cell under its full label: value, share of its parent and
 * of the whole budget, and its funding sources (with their amounts when it
 * has several, or when colours stand for top-level items).
 */
export function tipLines(cell: TreemapCell, focus: BudgetNode, tree: BudgetTree, fmt: FormatOptions, colorBy: ColorBy): string[] {
  const lang = fmt.lang;
  const parent = cell.node.parent ?? focus;
  const pct = { ...fmt, decimals: 1 };
  return [
    money(cell.units, fmt),
    ts('ofParent', lang, { share: formatPercent(cell.shareOfParent / 100, pct), parent: cellLabel(parent, lang) }),
    ts('ofTotal', lang, { share: formatPercent(cell.shareOfTotal, { ...fmt, decimals: 2 }) }),
    ...(cell.funding.length > 1 || colorBy === 'issue'
      ? cell.funding.map((f) => `${sourceName(tree, f.source, lang)} ${money(f.units, fmt)} (${formatPercent(f.share, pct)})`)
      : cell.funding.map((f) => sourceName(tree, f.source, lang))),
  ];
}

/**
 * What a screen reader hears besides the cell's visible text (which starts
 * its accessible name, so speech input can name it): the full label when the
 * cell shows a short or cut one, the value and share when not shown, the
 * funding split and how to drill.
 */
export function spokenExtra(cell: TreemapCell, tree: BudgetTree, fmt: FormatOptions): string {
  const lang = fmt.lang;
  const shown = cell.lines.map((l) => l.text).join(' ');
  const amount = money(cell.units, fmt);
  const share = formatPercent(cell.shareOfParent / 100, { ...fmt, decimals: 1 });
  const full = fullLabel(cell.node, lang);
  const parts = [shown.includes(full) ? '' : full, shown.includes(amount) ? '' : amount, shown.includes(share) ? '' : share];
  if (cell.funding.length > 1) parts.push(cell.funding.map((f) => `${sourceName(tree, f.source, lang)} ${money(f.units, fmt)}`).join(', '));
  if (cell.drillable && cell.node.kind === 'line') parts.push(`${ts('inside', lang, { n: cell.node.children.length })}, ${ts('drill', lang)}`);
  return parts.filter(Boolean).join('. ');
}
