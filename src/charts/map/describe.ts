/**
 * What the household map says in words, from its view model: the title,
 * the screen-reader summary, each area's tooltip and accessible name, the
 * detail of its events, and project names (with their agency when several
 * agencies' plans are shown as one). Pure: no DOM, no Lit.
 */
import type { HouseholdProject, Plan } from '../../schema/plan.js';
import type { MarkDetail } from '../../core/events.js';
import { formatNumber, formatPercent, formatValue, type FormatOptions } from '../../format/number.js';
import { pickLabel, type Lang } from '../../format/label.js';
import { agenciesOf, agencyIndex, agencyName, illustrativeFor } from '../agencies.js';
import { nationalTargets, type AreaMark, type MapModel } from './model.js';
import { ms } from './strings.js';

/** Projects listed in a tooltip (the largest); the table has them all. */
const TIP_PROJECTS = 8;

/** A number of households, or "no data" when undefined. */
export function households(value: number | undefined, fmt: FormatOptions): string {
  return value === undefined ? ms('noData', fmt.lang) : formatValue(value, 'household', fmt);
}

/**
 * A project's name; prefixed with its agency's when the projects of several
 * agencies are shown (several plans as one).
 */
export function projectName(plan: Plan | undefined, p: HouseholdProject, lang: Lang, short = false): string {
  const name = pickLabel(short ? (p.shortLabel ?? p.label) : p.label, lang);
  if (!plan) return name;
  const agencies = agenciesOf(plan);
  const own = (q: HouseholdProject) => agencyIndex(plan, q.id, q.item);
  const mine = own(p);
  if (mine < 0 || !(plan.households?.projects ?? []).some((q) => own(q) !== mine)) return name;
  return `${agencyName(agencies[mine], lang)}: ${name}`;
}

/** With several agencies shown as one: which of them have no household targets (so nothing on the map), or ''. */
export function withoutNote(plan: Plan, lang: Lang): string {
  const agencies = agenciesOf(plan);
  if (!agencies.length) return '';
  const have = new Set((plan.households?.projects ?? []).map((p) => agencyIndex(plan, p.id, p.item)));
  const without = agencies.filter((_, i) => !have.has(i)).map((a) => agencyName(a, lang));
  return without.length ? ms('agenciesWithout', lang, { agencies: without.join(', ') }) : '';
}

/** The chart's title: national targets or the map, then the one project shown and the region filtered to. */
export function mapTitle(model: MapModel | undefined, lang: Lang): string {
  const base = ms(model?.figures.level === 'none' ? 'titleNational' : 'title', lang);
  const parts = [base, model?.chosen.length === 1 ? pickLabel((model.chosen[0] as HouseholdProject).label, lang) : '', model?.filter ? pickLabel(model.filter.label, lang) : ''];
  return parts.filter(Boolean).join(': ');
}

/** Why there is nothing to draw (no household targets, an unknown `project`), or undefined. */
export function mapEmptyReason(plan: Plan, model: MapModel | undefined, project: string | undefined, lang: Lang): string | undefined {
  if (!plan.households?.projects.length) {
    const agencies = agenciesOf(plan);
    return agencies.length ? ms('noHouseholdsAgencies', lang, { agencies: agencies.map((a) => agencyName(a, lang)).join(', ') }) : ms('noHouseholds', lang);
  }
  if (!model) return ms('unknownProject', lang, { id: project ?? '' });
  return undefined;
}

/** The note saying the split is illustrative: the breakdown's own, else (several agencies as one) that of the plans whose households are drawn. */
export function mapIllustrativeNote(plan: Plan, lang: Lang): string | undefined {
  const note = plan.households?.breakdown?.illustrative?.note;
  if (note) return pickLabel(note, lang);
  // Several agencies as one: only the plans whose households are drawn.
  const whole = illustrativeFor(plan, (plan.households?.projects ?? []).map((p) => agencyIndex(plan, p.id, p.item)));
  return whole ? pickLabel(whole.note, lang) : undefined;
}

/** One paragraph for screen readers: the national total, how many areas have data and the largest. */
export function mapSummary(plan: Plan, model: MapModel, fmt: FormatOptions): string {
  const lang = fmt.lang;
  const total = households(model.figures.target, fmt);
  if (model.figures.level === 'none') {
    const national = nationalTargets(plan.households);
    return ms('summaryNational', lang, { total: households(national.total, fmt), n: national.projects.length });
  }
  const shown = model.marks.filter((m) => m.inside && m.value !== undefined);
  const top = [...shown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const level = ms(model.view === 'region' ? 'region' : 'province', lang).toLowerCase();
  return ms('summaryMap', lang, { total, n: shown.length, level, top: top ? `${top.name} ${households(top.value, fmt)}` : '–' });
}

/** An area's tooltip (title and lines) and its accessible name (the same as one sentence). */
export function describeArea(plan: Plan | undefined, m: AreaMark, model: MapModel, fmt: FormatOptions): { title: string; lines: string[]; sentence: string } {
  const lang = fmt.lang;
  const share = m.value === undefined ? '' : ms('shareOfNational', lang, { share: formatPercent(m.share / 100, { ...fmt, decimals: 1 }) });
  // Every project when they are few; else the largest few and how many more (a tooltip of 500 lines says nothing).
  let listed = model.chosen;
  if (listed.length > TIP_PROJECTS) listed = largest(listed, (p) => m.byProject[p.id] ?? 0, TIP_PROJECTS);
  const perProject = model.chosen.length > 1 && m.value !== undefined ? listed.map((p) => `${projectName(plan, p, lang, true)}: ${households(m.byProject[p.id], fmt)}`) : [];
  if (perProject.length && model.chosen.length > listed.length) perProject.push(ms('moreProjects', lang, { n: formatNumber(model.chosen.length - listed.length, fmt) }));
  const lines = [households(m.value, fmt), ...perProject, share].filter(Boolean);
  return { title: m.name, lines, sentence: [m.name, ...lines].join(', ') };
}

/** The detail of `codi-hover` and `codi-select` for an area. */
export function areaDetail(plan: Plan, model: MapModel, m: AreaMark): MarkDetail {
  const one = model.chosen.length === 1 ? model.chosen[0] : undefined;
  return { planId: plan.id, kind: m.kind, id: m.id, itemId: one?.item, label: m.name, value: m.value, unit: 'household' };
}

/** The `k` items with the largest values, largest first (ties in list order), without sorting the whole list. */
export function largest<T>(items: readonly T[], value: (item: T) => number, k: number): T[] {
  const top: { item: T; v: number }[] = [];
  for (const item of items) {
    const v = value(item);
    if (top.length === k && v <= (top[k - 1] as { v: number }).v) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { v: number }).v < v) at--;
    top.splice(at, 0, { item, v });
    if (top.length > k) top.pop();
  }
  return top.map((t) => t.item);
}
