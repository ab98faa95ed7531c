/**
 * The treemap's data as a table, exactly as drawn: one row per item of the
 * level shown (a budget of one line is its own row), its amount, its share
 * and a column per funding source used, then the total. Also feeds the CSV
 * export. Pure: a budget tree and a level in, `TableData` out.
 */
import type { TableData } from '../../core/table.js';
import { pickLabel } from '../../format/label.js';
import { formatNumber, shares, type FormatOptions } from '../../format/number.js';
import { fromUnits } from '../../schema/money.js';
import type { BudgetNode, BudgetTree } from './tree.js';
import { fullLabel } from './cell-text.js';
import { ts } from './strings.js';

/** The table of `focus` (the level shown), in the language and digits of `fmt`. */
export function treemapTable(tree: BudgetTree, focus: BudgetNode, fmt: FormatOptions): TableData {
  const lang = fmt.lang;
  const used = tree.sources.map((s, i) => ({ s, i })).filter(({ i }) => (focus.bySource[i] ?? 0) > 0);
  const num = (units: number) => formatNumber(fromUnits(units), { ...fmt, decimals: 4, minDecimals: 4 });
  const pct = (p: number) => formatNumber(p, { ...fmt, decimals: 1, minDecimals: 1 });
  // As drawn: a budget of one line is its own one row.
  const kids = focus.children.length || !(focus.units > 0) ? focus.children : [focus];
  const share = shares(kids.map((k) => k.units), 1);
  return {
    caption: ts('caption', lang, { label: fullLabel(focus, lang) }),
    columns: [
      { label: ts('item', lang) },
      { label: ts('amount', lang), numeric: true },
      { label: ts('shareOfParent', lang), numeric: true },
      ...used.map(({ s }) => ({ label: ts('sourceColumn', lang, { source: pickLabel(s.shortLabel ?? s.label, lang) }), numeric: true })),
    ],
    rows: kids.map((k, r) => ({
      cells: [fullLabel(k, lang), num(k.units), pct(share[r] ?? 0), ...used.map(({ i }) => num(k.bySource[i] ?? 0))],
      values: [fullLabel(k, lang), fromUnits(k.units), share[r] ?? 0, ...used.map(({ i }) => fromUnits(k.bySource[i] ?? 0))],
    })),
    footer: {
      cells: [ts('total', lang), num(focus.units), pct(kids.length ? 100 : 0), ...used.map(({ i }) => num(focus.bySource[i] ?? 0))],
      values: [ts('total', lang), fromUnits(focus.units), kids.length ? 100 : 0, ...used.map(({ i }) => fromUnits(focus.bySource[i] ?? 0))],
    },
  };
}
