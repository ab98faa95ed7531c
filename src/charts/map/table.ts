/**
 * The household map's data as a table (the table view and CSV export):
 * exactly what is drawn, from the view model. Pure: no DOM, no Lit.
 */
import type { Plan, Region } from '../../schema/plan.js';
import type { TableData, TableRow } from '../../core/table.js';
import { t } from '../../core/i18n.js';
import { formatNumber, formatPercent, shares, type FormatOptions } from '../../format/number.js';
import { pickLabel } from '../../format/label.js';
import { province } from './provinces.js';
import type { AreaFigures } from './layout.js';
import { nationalTargets, type MapModel } from './model.js';
import { projectName, withoutNote } from './describe.js';
import { ms } from './strings.js';

/**
 * Regions (and their provinces, at province level) with households per
 * chosen project when there are several, the total and the share of the
 * national target; without a breakdown, every project's national target.
 * `title` is the chart's title, the caption's first part.
 */
export function mapTable(plan: Plan, model: MapModel, title: string, fmt: FormatOptions): TableData {
  const lang = fmt.lang;
  const label = (l: Parameters<typeof pickLabel>[0]) => pickLabel(l, lang);
  const whole = { ...fmt, decimals: 0 };
  const tenths = { ...fmt, decimals: 1 };
  const fmtN = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, whole));
  const fmtP = (p: number) => formatPercent(p / 100, tenths);
  if (model.figures.level === 'none') {
    // As drawn: every project's national target (a chosen project is only emphasised).
    const { projects: all, pct, total } = nationalTargets(plan.households);
    return {
      caption: [`${ms('titleNational', lang)} (${ms('unit', lang)})`, ms('noBreakdown', lang), withoutNote(plan, lang)].filter(Boolean).join(' · '),
      columns: [{ label: ms('project', lang) }, { label: ms('households', lang), numeric: true }, { label: t('share', lang), numeric: true }],
      rows: all.map((p, i) => ({ cells: [projectName(plan, p, lang), fmtN(p.target), fmtP(pct[i] ?? 0)], values: [projectName(plan, p, lang), p.target, pct[i] ?? 0] })),
      footer: { cells: [ms('total', lang), fmtN(total), fmtP(100)], values: [ms('total', lang), total, 100] },
    };
  }
  const several = model.chosen.length > 1;
  const row = (name: string, a: AreaFigures, share: number | undefined, depth: number): TableRow => {
    const per = several ? model.chosen.map((p) => (a.value === undefined ? undefined : a.byProject[p.id])) : [];
    return {
      depth,
      cells: [name, ...per.map(fmtN), fmtN(a.value), a.value === undefined || share === undefined ? '–' : fmtP(share)],
      values: [name, ...per.map((v) => v ?? ''), a.value ?? '', a.value === undefined || share === undefined ? '' : share],
    };
  };
  const provinceShare = new Map(model.view === 'province' ? model.marks.map((m) => [m.id, m.share]) : []);
  const regionShares = shares([...model.figures.regions.map((r) => r.value ?? 0), Math.max(0, model.figures.target - model.figures.regions.reduce((a, r) => a + (r.value ?? 0), 0))], 1);
  const rows: TableRow[] = [];
  model.figures.regions.forEach((r, i) => {
    if (model.filter && r.id !== model.filter.id) return;
    rows.push(row(label(r.region.label), r, regionShares[i], 0));
    if (model.figures.level === 'province') {
      for (const code of r.region.provinces) {
        const p = province(code);
        const a = model.figures.provinces.get(code);
        if (p && a) rows.push(row(lang === 'en' ? p.en : p.th, a, provinceShare.get(code), 1));
      }
    }
  });
  const filtered = model.filter ? model.figures.regions.findIndex((r) => r.id === model.filter?.id) : -1;
  const national: AreaFigures = { id: 'total', value: model.figures.target, byProject: Object.fromEntries(model.chosen.map((p) => [p.id, p.target])) };
  const footer = filtered >= 0 ? row(ms('totalOf', lang, { area: label((model.filter as Region).label) }), model.figures.regions[filtered] as AreaFigures, regionShares[filtered], 0) : row(ms('total', lang), national, 100, 0);
  return {
    caption: [`${title} (${ms('unit', lang)})`, withoutNote(plan, lang)].filter(Boolean).join(' · '),
    columns: [{ label: ms('area', lang) }, ...(several ? model.chosen.map((p) => ({ label: projectName(plan, p, lang, true), numeric: true })) : []), { label: ms('households', lang), numeric: true }, { label: t('share', lang), numeric: true }],
    rows,
    footer,
  };
}
