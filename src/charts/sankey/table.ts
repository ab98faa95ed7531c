/** The sankey as a table (every flow, stage by stage) and as one sentence for screen readers. */
import type { TableData, TableRow } from '../../core/table.js';
import { t } from '../../core/i18n.js';
import { formatPercent, shares, type FormatOptions } from '../../format/number.js';
import type { AlignmentGraph } from './model.js';
import { ss } from './strings.js';
import { full, pct, roleText, short } from './words.js';

/** Every flow with its source, target, value, share of its stage and alignment, under a total row per stage. */
export function sankeyTable(fmt: FormatOptions, g: AlignmentGraph, title: string): TableData | undefined {
  if (g.empty) return undefined;
  const lang = fmt.lang;
  const name = new Map(g.nodes.map((n) => [n.id, n.fullLabel]));
  const unitLabel = g.unit === 'million-baht' ? (lang === 'th' ? 'ล้านบาท' : 'million baht') : lang === 'th' ? 'รายการ' : 'items';
  const rows: TableRow[] = [];
  for (let stage = 0; stage < g.columns.length - 1; stage++) {
    const flows = g.links.filter((l) => l.stage === stage);
    const pcts = shares(flows.map((l) => l.value), 1);
    const total = flows.reduce((s, l) => s + l.value, 0);
    const heading = ss('stage', lang, { from: g.columns[stage].title, to: g.columns[stage + 1].title });
    rows.push({ cells: [heading, '', short(fmt, g, total, true), formatPercent(1, { ...fmt, decimals: 1 }), ''], values: [heading, '', total / g.scale, 100, ''] });
    flows.forEach((l, i) => {
      const cells = [name.get(l.source) ?? l.source, name.get(l.target) ?? l.target, short(fmt, g, l.value, true), formatPercent(pcts[i] / 100, { ...fmt, decimals: 1 }), roleText(lang, l.role)];
      rows.push({ cells, values: [cells[0], cells[1], l.value / g.scale, pcts[i], l.role ?? ''], depth: 1 });
    });
  }
  return {
    caption: `${title}: ${ss('tableCaption', lang)}`,
    columns: [{ label: ss('source', lang) }, { label: ss('target', lang) }, { label: `${ss('value', lang)} (${unitLabel})`, numeric: true }, { label: t('share', lang), numeric: true }, { label: ss('alignment', lang) }],
    rows,
  };
}

/** The framework, the levels, the total and each framework item's share. */
export function sankeySummary(fmt: FormatOptions, g: AlignmentGraph): string {
  const parts = g.nodes.filter((n) => n.column === 0).map((n) => `${n.label}: ${pct(fmt, n.value, g.total)}`);
  return ss('summary', fmt.lang, { framework: g.frameworkLabel, levels: g.columns.slice(1).map((c) => c.title).join(' → '), total: full(fmt, g, g.total), parts: parts.join('; ') });
}
