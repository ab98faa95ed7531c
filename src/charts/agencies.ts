/**
 * Several agencies' plans shown as one (see `combinePlans`): which agency a
 * mark belongs to. A combined plan's first level is `agency`; each agency is
 * a top-level item whose id is its plan's id, and every id of that plan
 * starts with `<plan id>:`. A single agency's plan has no agencies here.
 */
import type { Plan, PlanItem } from '../schema/plan.js';
import { AGENCY_LEVEL } from '../schema/agency.js';
import { pickLabel, type Lang } from '../format/label.js';

interface AgencyIndex {
  agencies: PlanItem[];
  /** Plan item id → index of its agency. */
  ofItem: Map<string, number>;
}

const cache = new WeakMap<Plan, AgencyIndex>();

function indexOf(plan: Plan): AgencyIndex {
  let index = cache.get(plan);
  if (index) return index;
  const items = plan.items ?? [];
  const agencies = plan.levels?.[0]?.id === AGENCY_LEVEL ? items.filter((it) => it.level === AGENCY_LEVEL) : [];
  const ofItem = new Map<string, number>();
  if (agencies.length) {
    const parent = new Map(items.map((it) => [it.id, it.parent]));
    const at = new Map(agencies.map((a, i) => [a.id, i]));
    for (const it of items) {
      let cur: string | undefined = it.id;
      for (let guard = 0; cur !== undefined && !at.has(cur) && guard < 16; guard++) cur = parent.get(cur);
      if (cur !== undefined && at.has(cur)) ofItem.set(it.id, at.get(cur) as number);
    }
  }
  index = { agencies, ofItem };
  cache.set(plan, index);
  return index;
}

/** The agencies of a plan that shows several as one, in the plan's order (their colour order); [] otherwise. */
export function agenciesOf(plan: Plan): PlanItem[] {
  return indexOf(plan).agencies;
}

/**
 * The index (in `agenciesOf`) of the agency a mark belongs to: by the plan
 * item it funds or measures, else by its id's `<agency>:` prefix; -1 when
 * none (or the plan is a single agency's).
 */
export function agencyIndex(plan: Plan, id: string, itemId?: string): number {
  const { agencies, ofItem } = indexOf(plan);
  if (!agencies.length) return -1;
  const byItem = itemId === undefined ? undefined : ofItem.get(itemId);
  if (byItem !== undefined) return byItem;
  return ofItem.get(id) ?? agencies.findIndex((a) => id.startsWith(`${a.id}:`));
}

/** An agency's short name (its `shortLabel`, else its name). */
export function agencyName(agency: PlanItem | undefined, lang: Lang): string {
  return agency ? pickLabel(agency.shortLabel ?? agency.label, lang) : '';
}

/**
 * The plan's illustrative note when it concerns what is drawn: for a single
 * agency's plan, its note; for several agencies shown as one, the combined
 * note only when it names one of the agencies drawn (combinePlans writes it
 * as "<agency short name>: <note>" for each illustrative plan), so a chart
 * showing only real figures of one agency is not marked as sample data.
 */
export function illustrativeFor(plan: Plan, drawn: Iterable<number>): Plan['illustrative'] {
  const note = plan.illustrative;
  const agencies = agenciesOf(plan);
  if (!note || !agencies.length) return note;
  for (const i of drawn) {
    const who = agencies[i];
    if (!who || note.note.th.includes(`${(who.shortLabel ?? who.label).th}: `)) return note;
  }
  return undefined;
}

/**
 * The source document title of the agencies drawn: for several agencies shown
 * as one, only the parts of the combined title that name one of them
 * (combinePlans writes it as "<agency short name>: <title>" joined by " · ");
 * undefined when none of them has a document.
 */
export function documentFor(plan: Plan, drawn: Iterable<number>, lang: Lang): string | undefined {
  const title = plan.document?.title;
  const agencies = agenciesOf(plan);
  if (!title || !agencies.length) return title ? pickLabel(title, lang) : undefined;
  const full = pickLabel(title, lang);
  const names = [...drawn].map((i) => agencies[i]).filter((a): a is PlanItem => a !== undefined).map((a) => `${agencyName(a, lang)}: `);
  const parts = full.split(' · ').filter((part) => names.some((n) => part.startsWith(n)));
  return parts.length ? parts.join(' · ') : undefined;
}
