/**
 * Several agencies' plans shown as one (a ministry and its agencies): one
 * valid `Plan` that every element draws unchanged.
 *
 * - A new first level, `agency`, holds one item per source plan (its id is
 *   the plan's id, its label the agency's name); every id of plan `p` becomes
 *   `p:<id>`, so ids never clash, and the plan's top items hang under its
 *   agency item. The other levels are matched by depth.
 * - National framework items (national strategy, master plans, national
 *   plan, SDGs, reform and security plans: the cabinet's levels 1 and 2)
 *   keep their ids, so an item that several plans link to appears once. An
 *   agency's own frameworks are prefixed. An item a plan restates with a `ref` to a
 *   national item is already replaced by it when the plans are validated
 *   with the catalogue (see catalogue.ts).
 * - Money: one root budget line per agency holding that plan's lines, so each
 *   agency's total and the overall total are exact integer-unit sums; the
 *   agency line states a total only where the source plan states one.
 * - Plans of different fiscal years are refused: money of different years is
 *   never added up.
 *
 * Pure: no DOM. The result is checked as `validatePlan` checks a plan before it
 * is returned (with the zod-free shape parser, so a page joining plans does not
 * load zod; a shape problem there would be a bug here, and `validatePlan` on the
 * result would locate it).
 */
import type { BudgetLine, Framework, FrameworkItem, Label, Level, Link, Plan, PlanItem, Region, UnitDef } from './plan.js';
import type { Problem } from './problems.js';
import { checkParsed, parsePlanShape, REJECTED } from './check.js';
import { AGENCY_LEVEL } from './agency.js';

export { AGENCY_LEVEL };

export interface CombineOptions {
  /** Id of the combined plan; default: the plans' ids joined by `_` (or `combined-<year>` when that is too long). */
  id?: string;
  /** Title of the combined plan; default: "Combined action plans: <agencies>". */
  title?: Label;
}

export type CombineResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Framework kinds of the national plan system (and the SDGs): their items are shared between agencies. */
const NATIONAL_KINDS = new Set<Framework['kind']>(['national-strategy', 'master-plan', 'national-plan', 'sdg', 'reform-plan', 'security-policy']);

/** True when a framework belongs to the national plan system, whose items every agency shares by id. */
export function isNationalFramework(f: Framework): boolean {
  return NATIONAL_KINDS.has(f.kind) || f.tier === 1 || f.tier === 2;
}

const MAX_ID = 64;

/** FNV-1a, base 36: a short stable tag for ids that would be too long. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0');
}

/** `prefix + id`, kept within the schema's 64 characters (a long one ends in a hash of the whole). */
export function prefixedId(prefix: string, id: string): string {
  const s = prefix + id;
  return s.length <= MAX_ID ? s : `${s.slice(0, MAX_ID - 8)}-${hash(s)}`;
}

/** The id an item of plan `planId` has in a combined plan. */
export function combinedId(planId: string, id: string): string {
  return prefixedId(`${planId}:`, id);
}

const sameLabel = (a: Label, b: Label) => a.th === b.th && (a.en === undefined || b.en === undefined || a.en === b.en);
const quote = (l: Label) => JSON.stringify(l.th);
/** Drops keys whose value is undefined, so the result is plain JSON. */
function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
const joinLabels = (labels: readonly Label[], sep: string): Label => {
  const th = [...new Set(labels.map((l) => l.th))];
  const en = [...new Set(labels.map((l) => l.en ?? l.th))];
  return clean({ th: th.join(sep), en: labels.some((l) => l.en) ? en.join(sep) : undefined });
};
/** "พอช.: <text>", in both languages. */
const tagged = (who: Label, l: Label): Label => clean({ th: `${who.th}: ${l.th}`, en: l.en ? `${who.en ?? who.th}: ${l.en}` : undefined });

/**
 * One plan out of several validated plans (see the module comment). One plan
 * in gives that plan back unchanged.
 */
export function combinePlans(plans: readonly Plan[], options: CombineOptions = {}): CombineResult {
  if (!plans.length) return { ok: false, problems: [{ rule: 'shape', path: '$', message: 'no plans to combine' }] };
  if (plans.length === 1) return { ok: true, plan: plans[0] as Plan };
  const problems: Problem[] = [];
  const first = plans[0] as Plan;
  const ids = new Map<string, number>();
  plans.forEach((p, k) => {
    if (p.fiscalYear !== first.fiscalYear) {
      problems.push({ rule: 'shape', path: `$[${k}].fiscalYear`, message: `"${p.id}" is for fiscal year ${p.fiscalYear} but "${first.id}" is for ${first.fiscalYear}: plans of different years are never added up` });
    }
    const seen = ids.get(p.id);
    if (seen !== undefined) problems.push({ rule: 'unique-id', path: `$[${k}].id`, message: `plan id "${p.id}" is already given at $[${seen}]` });
    else ids.set(p.id, k);
    if ((p.levels?.length ?? 0) >= 5) {
      problems.push({ rule: 'shape', path: `$[${k}].levels`, message: `"${p.id}" has ${p.levels?.length} levels: a combined plan adds an agency level above them, and 5 levels in all is the most` });
    }
  });
  if (problems.length) return { ok: false, problems };

  const c = new Combiner(plans, problems);
  const plan = c.build(options);
  if (problems.length) return { ok: false, problems };
  const shaped = parsePlanShape(plan);
  if (shaped === REJECTED) return { ok: false, problems: [{ rule: 'shape', path: '$', message: 'in the combined plan: the shape is not a valid plan (validatePlan on it says where)' }] };
  const checked = checkParsed(shaped);
  if (!checked.ok) {
    return { ok: false, problems: checked.problems.map((p) => ({ ...p, message: `in the combined plan: ${p.message}` })) };
  }
  return { ok: true, plan: checked.plan };
}

/** Per source plan: its agency item id, id prefix and how its ids are renamed. */
interface Source {
  plan: Plan;
  k: number;
  agency: string;
  who: Label;
  rename: Map<string, string>;
}

class Combiner {
  private readonly sources: Source[];
  private readonly fwItems = new Map<string, { item: FrameworkItem; framework: string; from: number; path: string }>();
  private readonly frameworks = new Map<string, Framework>();
  private readonly levelIds: string[] = [];

  constructor(
    plans: readonly Plan[],
    private readonly problems: Problem[],
  ) {
    this.sources = plans.map((plan, k) => ({
      plan,
      k,
      agency: plan.id,
      who: plan.agency.shortName ?? plan.agency.name,
      rename: new Map(),
    }));
  }

  build(options: CombineOptions): Plan {
    const plans = this.sources.map((s) => s.plan);
    const first = plans[0] as Plan;
    const levels = this.levels();
    const fundingSources = this.shared('fundingSources', (a, b) => sameLabel(a.label, b.label));
    const units = this.shared('units', (a: UnitDef, b: UnitDef) => JSON.stringify(a) === JSON.stringify(b));
    const regions = this.regions();
    for (const s of this.sources) this.prefixOwn(s);
    this.mergeFrameworks();
    const names = this.sources.map((s) => s.who);
    const joinedId = plans.map((p) => p.id).join('_');
    const illustrative = this.sources.filter((s) => s.plan.illustrative);
    const docs = this.sources.filter((s) => s.plan.document);
    const parents = plans.map((p) => p.agency.parent);
    const parent = parents.every((x) => x && parents[0] && sameLabel(x, parents[0])) ? parents[0] : undefined;
    const notes = this.sources.flatMap((s) => [
      ...(s.plan.notes ?? []).map((n) => tagged(s.who, n)),
      ...(s.plan.document?.url ? [tagged(s.who, { th: `เอกสารต้นฉบับ ${s.plan.document.url}`, en: `Source document ${s.plan.document.url}` })] : []),
    ]);
    return clean({
      schemaVersion: first.schemaVersion,
      id: options.id ?? (joinedId.length <= MAX_ID ? joinedId : `combined-${first.fiscalYear}`),
      title: options.title ?? { th: `แผนปฏิบัติการรวม: ${joinLabels(names, ', ').th}`, en: `Combined action plans: ${joinLabels(names, ', ').en ?? joinLabels(names, ', ').th}` },
      agency: clean({ name: joinLabels(plans.map((p) => p.agency.name), ' · '), shortName: joinLabels(names, ' · '), parent }),
      fiscalYear: first.fiscalYear,
      document: docs.length ? { title: joinLabels(docs.map((s) => tagged(s.who, s.plan.document?.title as Label)), ' · ') } : undefined,
      illustrative: illustrative.length ? { note: joinLabels(illustrative.map((s) => tagged(s.who, s.plan.illustrative?.note as Label)), ' · ') } : undefined,
      notes: notes.length ? notes : undefined,
      levels,
      fundingSources,
      units,
      responsibleUnits: this.each((s) => (s.plan.responsibleUnits ?? []).map((u) => ({ ...u, id: this.id(s, u.id) }))),
      regions,
      frameworks: this.frameworks.size ? [...this.frameworks.values()] : undefined,
      items: this.each((s) => this.items(s)),
      links: this.links(),
      kpis: this.each((s) => (s.plan.kpis ?? []).map((kp) => clean({ ...kp, id: this.id(s, kp.id), item: this.ref(s, kp.item), target: { ...kp.target, unit: this.id(s, kp.target.unit) } }))),
      results: this.each((s) => (s.plan.results ?? []).map((r) => ({ ...r, kpi: this.id(s, r.kpi) }))),
      budget: this.budget(),
      households: this.households(),
      discrepancies: this.each((s) => (s.plan.discrepancies ?? []).map((d) => clean({ ...d, id: this.id(s, d.id), affects: d.affects?.map((a) => this.id(s, a)) }))),
    } satisfies Plan);
  }

  /** Concatenates a list over the plans; undefined when empty. */
  private each<T>(f: (s: Source) => T[]): T[] | undefined {
    const out = this.sources.flatMap(f);
    return out.length ? out : undefined;
  }

  /** The id `id` of plan `s` has in the combined plan (unchanged when the plan does not define it, e.g. a built-in unit). */
  private id(s: Source, id: string): string {
    return s.rename.get(id) ?? id;
  }

  private ref(s: Source, id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.id(s, id);
  }

  private problem(k: number, path: string, message: string): void {
    this.problems.push({ rule: 'unique-id', path: `$[${k}]${path}`, message });
  }

  /** The agency level, then the source levels by depth (one name where every plan uses it, else the names joined). */
  private levels(): Level[] {
    const depth = Math.max(0, ...this.sources.map((s) => s.plan.levels?.length ?? 0));
    const out: Level[] = [{ id: AGENCY_LEVEL, label: { th: 'หน่วยงาน', en: 'Agency' } }];
    for (let d = 0; d < depth; d++) {
      const at = this.sources.flatMap((s) => (s.plan.levels?.[d] ? [s.plan.levels[d] as Level] : []));
      const same = at.every((l) => l.id === at[0]?.id);
      let id = same && at[0] ? at[0].id : `level-${d + 1}`;
      if (out.some((l) => l.id === id)) id = `level-${d + 1}`;
      out.push({ id, label: joinLabels(at.map((l) => l.label), ' / ') });
      this.levelIds.push(id);
      for (const s of this.sources) {
        const l = s.plan.levels?.[d];
        if (l) s.rename.set(l.id, id);
      }
    }
    return out;
  }

  /**
   * Funding sources and units: one entry per id where every plan that defines
   * it agrees, else each plan's own prefixed.
   */
  private shared<K extends 'fundingSources' | 'units'>(key: K, agree: (a: NonNullable<Plan[K]>[number], b: NonNullable<Plan[K]>[number]) => boolean): NonNullable<Plan[K]> | undefined {
    type Entry = NonNullable<Plan[K]>[number];
    const defs = new Map<string, Entry[]>();
    for (const s of this.sources) for (const e of (s.plan[key] ?? []) as Entry[]) defs.set(e.id, [...(defs.get(e.id) ?? []), e]);
    const out: Entry[] = [];
    const placed = new Set<string>();
    for (const s of this.sources) {
      for (const e of (s.plan[key] ?? []) as Entry[]) {
        const all = defs.get(e.id) as Entry[];
        if (all.every((x) => agree(x, all[0] as Entry))) {
          if (!placed.has(e.id)) out.push(e);
          placed.add(e.id);
        } else {
          const id = this.prefix(s, e.id);
          out.push({ ...e, id });
        }
      }
    }
    return (out.length ? out : undefined) as NonNullable<Plan[K]> | undefined;
  }

  private prefix(s: Source, id: string): string {
    const to = combinedId(s.agency, id);
    s.rename.set(id, to);
    return to;
  }

  /**
   * Regions: one per id where the definitions agree. A plan whose regions
   * disagree with an earlier plan's keeps none of its own; that is a problem
   * only when its households are split by region.
   */
  private regions(): Region[] | undefined {
    const out: Region[] = [];
    const owner = new Map<string, string>();
    for (const s of this.sources) {
      for (const [i, r] of (s.plan.regions ?? []).entries()) {
        const known = out.find((x) => x.id === r.id);
        if (known && sameLabel(known.label, r.label) && known.provinces.join() === r.provinces.join()) continue;
        const clash = known ?? out.find((x) => r.provinces.some((p) => owner.get(p) === x.id));
        if (clash) {
          if (s.plan.households?.breakdown?.level === 'region') {
            this.problem(s.k, `.regions[${i}]`, `region "${r.id}" of "${s.plan.id}" is not the same as region "${clash.id}" of an earlier plan: households split by different regions cannot be shown together`);
          }
          continue;
        }
        out.push(r);
        for (const p of r.provinces) owner.set(p, r.id);
      }
    }
    return out.length ? out : undefined;
  }

  /** Prefixes every id that is the plan's own (items, KPIs, budget lines, projects, own frameworks…). */
  private prefixOwn(s: Source): void {
    const p = s.plan;
    const own = [
      ...(p.responsibleUnits ?? []),
      ...(p.items ?? []),
      ...(p.kpis ?? []),
      ...(p.budget?.lines ?? []),
      ...(p.budget?.shares ?? []),
      ...(p.households?.projects ?? []),
      ...(p.discrepancies ?? []),
    ];
    for (const x of own) this.prefix(s, x.id);
    for (const f of p.frameworks ?? []) {
      if (isNationalFramework(f)) continue;
      this.prefix(s, f.id);
      for (const it of f.items) this.prefix(s, it.id);
    }
  }

  /**
   * National frameworks merged by id (items in their plans' order, a label
   * mismatch reported), own frameworks prefixed.
   */
  private mergeFrameworks(): void {
    for (const s of this.sources) {
      for (const [i, f] of (s.plan.frameworks ?? []).entries()) {
        const national = isNationalFramework(f);
        const fid = this.id(s, f.id);
        let into = this.frameworks.get(fid);
        if (!into) this.frameworks.set(fid, (into = { ...f, id: fid, items: [] }));
        else if (!sameLabel(into.label, f.label)) this.problem(s.k, `.frameworks[${i}].label`, `framework "${f.id}" is ${quote(f.label)} in "${s.plan.id}" but ${quote(into.label)} in an earlier plan`);
        const items = into.items;
        f.items.forEach((it, j) => {
          const id = this.id(s, it.id);
          const path = `.frameworks[${i}].items[${j}]`;
          const known = this.fwItems.get(id);
          if (known) {
            if (!sameLabel(known.item.label, it.label)) this.problem(s.k, `${path}.label`, `"${it.id}" is ${quote(it.label)} in "${s.plan.id}" but ${quote(known.item.label)} in "${this.sources[known.from]?.plan.id}"`);
            // A role says how one plan relates to the item: keep it only where every plan agrees (links carry each plan's own).
            if (known.item.role !== it.role) delete known.item.role;
            if (!known.item.label.en && it.label.en) known.item.label = { ...known.item.label, en: it.label.en };
            return;
          }
          const item: FrameworkItem = clean({ ...it, id, parent: this.ref(s, it.parent), indicators: it.indicators?.map((ind) => (ind.target ? { ...ind, target: { ...ind.target, unit: this.id(s, ind.target.unit) } } : ind)) });
          this.fwItems.set(id, { item, framework: fid, from: s.k, path });
          // Keep the source order: an item new to the merged list goes before the next one it precedes in its plan.
          const next = national ? f.items.slice(j + 1).find((x) => items.some((y) => y.id === this.id(s, x.id))) : undefined;
          const at = next ? items.findIndex((y) => y.id === this.id(s, next.id)) : -1;
          if (at >= 0) items.splice(at, 0, item);
          else items.push(item);
        });
      }
    }
  }

  private items(s: Source): PlanItem[] {
    const p = s.plan;
    const agency: PlanItem = clean({ id: s.agency, level: AGENCY_LEVEL, label: p.agency.name, shortLabel: p.agency.shortName });
    const own = (p.items ?? []).map((it) =>
      clean({
        ...it,
        id: this.id(s, it.id),
        level: this.id(s, it.level),
        parent: it.parent === undefined ? s.agency : this.id(s, it.parent),
        responsible: it.responsible?.map((r) => this.id(s, r)),
        targets: it.targets?.map((t) => ({ ...t, unit: this.id(s, t.unit) })),
      }),
    );
    return [agency, ...own];
  }

  /**
   * Every plan's links, renamed. A link without a role takes the role its plan
   * gives the item it reaches (or that item's top), since a shared item keeps a
   * role only where every plan agrees. The same link given by two plans is kept once.
   */
  private links(): Link[] | undefined {
    const out: Link[] = [];
    const seen = new Set<string>();
    for (const s of this.sources) {
      const fw = new Map<string, { item: FrameworkItem; all: Map<string, FrameworkItem> }>();
      for (const f of s.plan.frameworks ?? []) {
        const all = new Map(f.items.map((it) => [it.id, it]));
        for (const it of f.items) fw.set(it.id, { item: it, all });
      }
      const roleOf = (id: string): Link['role'] => {
        const hit = fw.get(id);
        if (!hit) return undefined;
        let top = hit.item;
        for (let guard = 0; top.parent !== undefined && hit.all.has(top.parent) && guard < 32; guard++) top = hit.all.get(top.parent) as FrameworkItem;
        return hit.item.role ?? top.role;
      };
      for (const l of s.plan.links ?? []) {
        const link = clean({ ...l, from: this.id(s, l.from), to: this.id(s, l.to), role: l.role ?? roleOf(l.to) });
        const key = `${link.from}\u0000${link.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(link);
      }
    }
    return out.length ? out : undefined;
  }

  /**
   * One root line per agency. A plan whose budget is one line without an item
   * makes that line its agency's (its label kept as a note); otherwise a new
   * line holds the plan's root lines and states their total only when the
   * plan states it (one root line with a stated total).
   */
  private budget(): Plan['budget'] {
    const lines: BudgetLine[] = [];
    const shares: NonNullable<NonNullable<Plan['budget']>['shares']> = [];
    for (const s of this.sources) {
      const b = s.plan.budget;
      if (!b?.lines.length) continue;
      const amounts = (a: Record<string, number> | undefined) => (a ? Object.fromEntries(Object.entries(a).map(([k, v]) => [this.id(s, k), v])) : undefined);
      const renamed = b.lines.map((l) =>
        clean({
          ...l,
          id: this.id(s, l.id),
          parent: this.ref(s, l.parent),
          item: this.ref(s, l.item),
          amounts: amounts(l.amounts),
          stated: l.stated ? clean({ ...l.stated, bySource: amounts(l.stated.bySource) }) : undefined,
        }),
      );
      const roots = renamed.filter((l) => l.parent === undefined);
      const only = roots.length === 1 ? (roots[0] as BudgetLine) : undefined;
      if (only && only.item === undefined) {
        only.item = s.agency;
        if (only.label) only.notes = [...(only.notes ?? []), tagged({ th: 'ชื่อในแผนของหน่วยงาน', en: "Name in the agency's plan" }, only.label)];
        delete only.label;
      } else {
        const id = `${s.agency}::budget`;
        lines.push(clean({ id, item: s.agency, stated: only?.stated?.total !== undefined ? clean({ total: only.stated.total, bySource: only.stated.bySource }) : undefined }));
        for (const r of roots) r.parent = id;
      }
      lines.push(...renamed);
      for (const sh of b.shares ?? []) shares.push({ ...sh, id: this.id(s, sh.id), part: this.id(s, sh.part), whole: this.id(s, sh.whole) });
    }
    return lines.length ? clean({ lines, shares: shares.length ? shares : undefined }) : undefined;
  }

  /**
   * Household projects of every plan that has them; a total only when each of
   * those plans states one; a breakdown when those that split by area split
   * the same way (marked illustrative, saying whose, when any is).
   */
  private households(): Plan['households'] {
    const withHh = this.sources.filter((s) => s.plan.households?.projects.length);
    if (!withHh.length) return undefined;
    const projects = withHh.flatMap((s) => (s.plan.households?.projects ?? []).map((p) => clean({ ...p, id: this.id(s, p.id), item: this.ref(s, p.item) })));
    const stated = withHh.every((s) => s.plan.households?.total !== undefined);
    const split = withHh.filter((s) => s.plan.households?.breakdown);
    const level = split[0]?.plan.households?.breakdown?.level;
    for (const s of split) {
      if (s.plan.households?.breakdown?.level !== level) this.problem(s.k, '.households.breakdown.level', `"${s.plan.id}" splits households by ${s.plan.households?.breakdown?.level} but an earlier plan by ${level}: they cannot be shown on one map`);
    }
    const notes = split.flatMap((s) => (s.plan.households?.breakdown?.illustrative ? [tagged(s.who, s.plan.households.breakdown.illustrative.note)] : []));
    return clean({
      projects,
      total: stated ? projects.reduce((a, p) => a + p.target, 0) : undefined,
      source: withHh.length === 1 ? withHh[0]?.plan.households?.source : undefined,
      breakdown:
        level === undefined
          ? undefined
          : clean({
              level,
              illustrative: notes.length ? { note: joinLabels(notes, ' · ') } : undefined,
              values: split.flatMap((s) => (s.plan.households?.breakdown?.values ?? []).map((v) => ({ ...v, project: this.id(s, v.project) }))),
            }),
    });
  }
}
