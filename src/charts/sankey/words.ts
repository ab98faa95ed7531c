/** The sankey's figures and sentences, in the reader's language and digits. */
import { formatMoney, formatNumber, formatPercent, formatValue, type FormatOptions } from '../../format/number.js';
import type { Lang } from '../../format/label.js';
import { graphIndex } from './queries.js';
import type { AlignmentGraph, GraphLink, GraphNode } from './model.js';
import { ss } from './strings.js';

/** A value without its unit: 2 decimals on the chart, the plan's 4 for money in the table. */
export function short(fmt: FormatOptions, g: AlignmentGraph, units: number, exact = false): string {
  const money = g.unit === 'million-baht';
  const decimals = money && exact ? 4 : 2;
  return formatNumber(units / g.scale, { ...fmt, decimals, minDecimals: money ? decimals : 0 });
}

/** A value with its unit (million baht, or items). */
export function full(fmt: FormatOptions, g: AlignmentGraph, units: number): string {
  const v = units / g.scale;
  return g.unit === 'million-baht' ? formatMoney(v, fmt) : formatValue(v, 'item', { ...fmt, decimals: Number.isInteger(v) ? 0 : 2 });
}

export function pct(fmt: FormatOptions, part: number, whole: number): string {
  return formatPercent(whole > 0 ? part / whole : 0, { ...fmt, decimals: 1 });
}

export function roleText(lang: Lang, role?: string): string {
  return role === 'primary' ? ss('primary', lang) : role === 'secondary' ? ss('secondary', lang) : '';
}

/** A node's accessible name: label, value, share of the total, alignment. */
export function nodeSentence(fmt: FormatOptions, g: AlignmentGraph, n: GraphNode): string {
  const share = ss('ofTotal', fmt.lang, { share: pct(fmt, n.value, g.total) });
  return [ss('nodeAria', fmt.lang, { label: n.fullLabel, value: full(fmt, g, n.value), share }), roleText(fmt.lang, n.role)].filter(Boolean).join(', ');
}

/** "source → target" by the nodes' full names. */
export function linkLabel(g: AlignmentGraph, l: GraphLink): string {
  const byId = graphIndex(g).node;
  const name = (id: string) => byId.get(id)?.fullLabel ?? id;
  return `${name(l.source)} → ${name(l.target)}`;
}
