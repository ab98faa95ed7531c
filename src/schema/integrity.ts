/**
 * Rules that look across a structurally valid plan: unique ids, references
 * that resolve, hierarchies without cycles, parts that add up to every
 * stated total, percentages that agree with the figures, and known units.
 * Every rule reports every problem it finds, each located by JSON path.
 */
import type { BudgetLine, Plan, PreviousYear } from './plan.js';
import { jsonPath, type PathPart, type Problem, type ProblemRule } from './problems.js';
import { fromUnits, halfUlp, hasMoneyPrecision, toUnits } from './money.js';
import { isProvinceCode } from './province-codes.js';
import { findUnit } from '../format/units.js';

type Report = (rule: ProblemRule, path: PathPart[], message: string) => void;

export function checkIntegrity(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (rule, path, message) => problems.push({ rule, path: jsonPath(path), message });
  const ids = collectIds(plan, report);
  checkReferences(plan, ids, report);
  checkHierarchies(plan, report);
  checkBudget(plan, report);
  checkHouseholds(plan, report);
  checkRegions(plan, report);
  return problems;
}

/** Where each id is defined, by collection. */
interface IdIndex {
  all: Map<string, string>;
  levels: Map<string, number>;
  fundingSources: Set<string>;
  responsibleUnits: Set<string>;
  regions: Set<string>;
  frameworks: Set<string>;
  frameworkItems: Set<string>;
  items: Set<string>;
  kpis: Set<string>;
  budgetLines: Set<string>;
  projects: Set<string>;
}

function collectIds(plan: Plan, report: Report): IdIndex {
  const index: IdIndex = {
    all: new Map(),
    levels: new Map(),
    fundingSources: new Set(),
    responsibleUnits: new Set(),
    regions: new Set(),
    frameworks: new Set(),
    frameworkItems: new Set(),
    items: new Set(),
    kpis: new Set(),
    budgetLines: new Set(),
    projects: new Set(),
  };
  const define = (id: string, path: PathPart[], into?: Set<string>) => {
    const where = jsonPath(path);
    const first = index.all.get(id);
    if (first !== undefined) report('unique-id', [...path, 'id'], `id "${id}" is already used at ${first}`);
    else index.all.set(id, where);
    into?.add(id);
  };
  plan.levels?.forEach((l, i) => {
    define(l.id, ['levels', i]);
    index.levels.set(l.id, i);
  });
  plan.fundingSources?.forEach((s, i) => define(s.id, ['fundingSources', i], index.fundingSources));
  plan.units?.forEach((u, i) => define(u.id, ['units', i]));
  plan.responsibleUnits?.forEach((u, i) => define(u.id, ['responsibleUnits', i], index.responsibleUnits));
  plan.regions?.forEach((r, i) => define(r.id, ['regions', i], index.regions));
  plan.frameworks?.forEach((f, i) => {
    define(f.id, ['frameworks', i], index.frameworks);
    f.items.forEach((it, j) => define(it.id, ['frameworks', i, 'items', j], index.frameworkItems));
  });
  plan.items?.forEach((it, i) => define(it.id, ['items', i], index.items));
  plan.kpis?.forEach((k, i) => define(k.id, ['kpis', i], index.kpis));
  plan.budget?.lines.forEach((l, i) => define(l.id, ['budget', 'lines', i], index.budgetLines));
  plan.budget?.shares?.forEach((s, i) => define(s.id, ['budget', 'shares', i]));
  plan.households?.projects.forEach((p, i) => define(p.id, ['households', 'projects', i], index.projects));
  plan.discrepancies?.forEach((d, i) => define(d.id, ['discrepancies', i]));
  return index;
}

function checkReferences(plan: Plan, ids: IdIndex, report: Report): void {
  const ref = (set: Set<string> | Map<string, unknown>, value: string, path: PathPart[], what: string) => {
    if (!set.has(value)) report('reference', path, `"${value}" is not the id of any ${what}`);
  };
  const unit = (value: string, path: PathPart[]) => {
    if (!findUnit(value, plan.units)) report('unit', path, `unit "${value}" is neither built in nor declared in $.units`);
  };
  if (plan.items?.length && !plan.levels?.length) report('reference', ['levels'], 'levels are required when the plan has items');
  plan.items?.forEach((it, i) => {
    ref(ids.levels, it.level, ['items', i, 'level'], 'level in $.levels');
    if (it.parent !== undefined) ref(ids.items, it.parent, ['items', i, 'parent'], 'plan item');
    it.responsible?.forEach((r, j) => ref(ids.responsibleUnits, r, ['items', i, 'responsible', j], 'responsible unit'));
    it.targets?.forEach((t, j) => unit(t.unit, ['items', i, 'targets', j, 'unit']));
  });
  plan.frameworks?.forEach((f, i) =>
    f.items.forEach((it, j) => {
      if (it.parent !== undefined) ref(ids.frameworkItems, it.parent, ['frameworks', i, 'items', j, 'parent'], 'framework item');
      it.indicators?.forEach((ind, k) => {
        if (ind.target) unit(ind.target.unit, ['frameworks', i, 'items', j, 'indicators', k, 'target', 'unit']);
      });
    }),
  );
  const weights = new Map<string, number>();
  plan.links?.forEach((l, i) => {
    if (!ids.items.has(l.from) && !ids.frameworkItems.has(l.from)) {
      report('reference', ['links', i, 'from'], `"${l.from}" is not the id of any plan item or framework item`);
    }
    if (!ids.frameworkItems.has(l.to) && !ids.frameworks.has(l.to)) {
      report('reference', ['links', i, 'to'], `"${l.to}" is not the id of any framework or framework item`);
    }
    if (l.from === l.to) report('cycle', ['links', i], `link from "${l.from}" to itself`);
    if (l.weight !== undefined) {
      const w = (weights.get(l.from) ?? 0) + l.weight;
      weights.set(l.from, w);
      if (w > 1 + 1e-9) report('sum', ['links', i, 'weight'], `weights of the links from "${l.from}" add up to ${round(w, 6)}, more than 1`);
    }
  });
  plan.kpis?.forEach((k, i) => {
    if (k.item !== undefined) ref(ids.items, k.item, ['kpis', i, 'item'], 'plan item');
    unit(k.target.unit, ['kpis', i, 'target', 'unit']);
  });
  plan.results?.forEach((r, i) => ref(ids.kpis, r.kpi, ['results', i, 'kpi'], 'KPI'));
  plan.budget?.lines.forEach((l, i) => {
    const at = ['budget', 'lines', i];
    if (l.parent !== undefined) ref(ids.budgetLines, l.parent, [...at, 'parent'], 'budget line');
    if (l.item !== undefined) ref(ids.items, l.item, [...at, 'item'], 'plan item');
    if (l.item === undefined && l.label === undefined) report('reference', at, 'a budget line needs a label or an item');
    for (const key of Object.keys(l.amounts ?? {})) ref(ids.fundingSources, key, [...at, 'amounts', key], 'funding source');
    for (const key of Object.keys(l.stated?.bySource ?? {})) ref(ids.fundingSources, key, [...at, 'stated', 'bySource', key], 'funding source');
  });
  plan.budget?.shares?.forEach((s, i) => {
    if (!ids.budgetLines.has(s.part) && !ids.fundingSources.has(s.part)) {
      report('reference', ['budget', 'shares', i, 'part'], `"${s.part}" is not the id of any budget line or funding source`);
    }
    ref(ids.budgetLines, s.whole, ['budget', 'shares', i, 'whole'], 'budget line');
  });
  plan.households?.projects.forEach((p, i) => {
    if (p.item !== undefined) ref(ids.items, p.item, ['households', 'projects', i, 'item'], 'plan item');
  });
  const breakdown = plan.households?.breakdown;
  breakdown?.values.forEach((v, i) => {
    const at = ['households', 'breakdown', 'values', i];
    ref(ids.projects, v.project, [...at, 'project'], 'household project');
    if (breakdown.level === 'province' && !isProvinceCode(v.area)) {
      report('reference', [...at, 'area'], `"${v.area}" is not an ISO 3166-2:TH province code (TH-10 … TH-96)`);
    }
    if (breakdown.level === 'region') ref(ids.regions, v.area, [...at, 'area'], 'region in $.regions');
  });
  plan.discrepancies?.forEach((d, i) =>
    d.affects?.forEach((a, j) => ref(ids.all, a, ['discrepancies', i, 'affects', j], 'item of this plan')),
  );
}

interface Node {
  id: string;
  parent?: string;
}

/** Reports parent chains that loop back on themselves, once per loop. */
function findCycles(nodes: readonly Node[], base: PathPart[], report: Report): void {
  const parentOf = new Map<string, string | undefined>();
  const indexOf = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!parentOf.has(n.id)) {
      parentOf.set(n.id, n.parent);
      indexOf.set(n.id, i);
    }
  });
  const done = new Set<string>();
  for (const n of nodes) {
    const seen: string[] = [];
    let cur: string | undefined = n.id;
    while (cur !== undefined && !done.has(cur) && parentOf.has(cur)) {
      const at = seen.indexOf(cur);
      if (at >= 0) {
        const loop = seen.slice(at);
        report('cycle', [...base, indexOf.get(cur) ?? 0, 'parent'], `parents form a cycle: ${[...loop, cur].join(' → ')}`);
        break;
      }
      seen.push(cur);
      cur = parentOf.get(cur);
    }
    for (const s of seen) done.add(s);
  }
}

function checkHierarchies(plan: Plan, report: Report): void {
  if (plan.items) {
    findCycles(plan.items, ['items'], report);
    const levelIndex = new Map(plan.levels?.map((l, i) => [l.id, i]));
    const byId = new Map(plan.items.map((it) => [it.id, it]));
    plan.items.forEach((it, i) => {
      const parent = it.parent === undefined ? undefined : byId.get(it.parent);
      const mine = levelIndex.get(it.level);
      const theirs = parent && levelIndex.get(parent.level);
      if (mine !== undefined && theirs !== undefined && theirs >= mine) {
        report('level-order', ['items', i, 'level'], `"${it.id}" is at level "${it.level}" but its parent "${parent?.id}" is at the same or a deeper level`);
      }
    });
  }
  plan.frameworks?.forEach((f, i) => findCycles(f.items, ['frameworks', i, 'items'], report));
  if (plan.budget) findCycles(plan.budget.lines, ['budget', 'lines'], report);
  // Links between framework items must not loop either (a → b → a).
  const edges = new Map<string, string[]>();
  for (const l of plan.links ?? []) edges.set(l.from, [...(edges.get(l.from) ?? []), l.to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'open') {
      const i = (plan.links ?? []).findIndex((l) => l.from === trail[trail.length - 1] && l.to === id);
      report('cycle', ['links', Math.max(i, 0)], `links form a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return true;
    }
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) if (visit(next, [...trail, id])) break;
    state.set(id, 'done');
    return false;
  };
  for (const from of edges.keys()) visit(from, []);
}

function round(x: number, d: number): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}

/** Money totals of every budget line, in integer units, by funding source. */
export interface LineTotals {
  total: number;
  bySource: Map<string, number>;
}

/** Rolls budget amounts up the tree; a line's total is its own amounts plus its children's. */
export function budgetTotals(lines: readonly BudgetLine[]): Map<string, LineTotals> {
  const children = new Map<string, string[]>();
  for (const l of lines) {
    if (l.parent === undefined) continue;
    const list = children.get(l.parent);
    if (list) list.push(l.id);
    else children.set(l.parent, [l.id]);
  }
  const byId = new Map(lines.map((l) => [l.id, l]));
  const totals = new Map<string, LineTotals>();
  const visiting = new Set<string>();
  const compute = (id: string): LineTotals => {
    const known = totals.get(id);
    if (known) return known;
    const result: LineTotals = { total: 0, bySource: new Map() };
    if (visiting.has(id)) return result; // cycles are reported elsewhere
    visiting.add(id);
    const add = (source: string, units: number) => {
      result.bySource.set(source, (result.bySource.get(source) ?? 0) + units);
      result.total += units;
    };
    for (const [source, v] of Object.entries(byId.get(id)?.amounts ?? {})) add(source, toUnits(v));
    for (const child of children.get(id) ?? []) for (const [source, v] of compute(child).bySource) add(source, v);
    visiting.delete(id);
    totals.set(id, result);
    return result;
  };
  for (const l of lines) compute(l.id);
  return totals;
}

function checkBudget(plan: Plan, report: Report): void {
  const budget = plan.budget;
  if (!budget) return;
  // Money adds up exactly in integer units only up to Number.MAX_SAFE_INTEGER of them (about 9 × 10^11 million baht).
  const exact = (units: number) => Math.abs(units) <= Number.MAX_SAFE_INTEGER;
  const limit = `${Math.floor(fromUnits(Number.MAX_SAFE_INTEGER))} million baht`;
  let oversize = false;
  const money = (v: number | undefined, path: PathPart[]) => {
    if (v === undefined) return;
    if (!exact(toUnits(v))) {
      oversize = true;
      report('precision', path, `${v} is too large: figures add up exactly only to ${limit}`);
    } else if (!hasMoneyPrecision(v)) report('precision', path, `${v} has more than 4 decimals (million baht are given to 0.0001)`);
  };
  budget.lines.forEach((l, i) => {
    const at: PathPart[] = ['budget', 'lines', i];
    for (const [k, v] of Object.entries(l.amounts ?? {})) money(v, [...at, 'amounts', k]);
    money(l.stated?.total, [...at, 'stated', 'total']);
    for (const [k, v] of Object.entries(l.stated?.bySource ?? {})) money(v, [...at, 'stated', 'bySource', k]);
  });
  // Sums and percentages of figures that cannot be added exactly would only say "Infinity".
  if (oversize) return;
  const totals = budgetTotals(budget.lines);
  budget.lines.forEach((l, i) => {
    const at: PathPart[] = ['budget', 'lines', i];
    const got = totals.get(l.id);
    if (!got) return;
    if (!exact(got.total)) {
      report('sum', at, `the parts of "${l.id}" add up to more than ${limit}, too much to add up exactly`);
      return;
    }
    if (l.stated?.total !== undefined && toUnits(l.stated.total) !== got.total) {
      report('sum', [...at, 'stated', 'total'], `"${l.id}" states ${l.stated.total} but its parts add up to ${fromUnits(got.total)}`);
    }
    for (const [source, v] of Object.entries(l.stated?.bySource ?? {})) {
      const sum = got.bySource.get(source) ?? 0;
      if (toUnits(v) !== sum) {
        report('sum', [...at, 'stated', 'bySource', source], `"${l.id}" states ${v} from "${source}" but its parts add up to ${fromUnits(sum)}`);
      }
    }
    if (l.stated?.total !== undefined && l.stated.bySource) {
      const parts = Object.values(l.stated.bySource).reduce((a, v) => a + toUnits(v), 0);
      if (parts !== toUnits(l.stated.total) && Object.keys(l.stated.bySource).length === (plan.fundingSources?.length ?? 0)) {
        report('sum', [...at, 'stated'], `"${l.id}" states a total of ${l.stated.total} but its stated sources add up to ${fromUnits(parts)}`);
      }
    }
    const prev = l.previousYear;
    if (prev) checkChange(fromUnits(got.total), prev, [...at, 'previousYear'], report);
  });
  budget.shares?.forEach((s, i) => {
    const whole = totals.get(s.whole)?.total;
    const part = totals.get(s.part)?.total ?? (whole === undefined ? undefined : totals.get(s.whole)?.bySource.get(s.part));
    if (whole === undefined || part === undefined || whole === 0) return;
    const exact = (part / whole) * 100;
    if (Math.abs(exact - s.percent) > halfUlp(s.percent) + 1e-9) {
      report('percent', ['budget', 'shares', i, 'percent'], `states ${s.percent}% but ${fromUnits(part)} of ${fromUnits(whole)} is ${round(exact, 4)}%`);
    }
  });
}

/**
 * A stated change against last year must agree with the current amount.
 * The change is itself printed rounded (8.35), so the percent is checked
 * against the whole range the rounded inputs allow.
 */
function checkChange(current: number, prev: PreviousYear, at: PathPart[], report: Report): void {
  if (prev.amount !== undefined && prev.change !== undefined) {
    const tol = halfUlp(prev.amount) + halfUlp(prev.change);
    if (Math.abs(prev.amount + prev.change - current) > tol + 1e-9) {
      report('sum', [...at, 'change'], `last year's ${prev.amount} plus the change ${prev.change} is not this year's ${current}`);
    }
  }
  if (prev.changePercent === undefined) return;
  const change = prev.change ?? (prev.amount === undefined ? undefined : current - prev.amount);
  if (change === undefined) return;
  const h = prev.change !== undefined ? halfUlp(prev.change) : halfUlp(prev.amount ?? 0);
  const pct = (c: number) => (c / (current - c)) * 100;
  const lo = Math.min(pct(change - h), pct(change + h));
  const hi = Math.max(pct(change - h), pct(change + h));
  const slack = halfUlp(prev.changePercent) + 1e-9;
  if (prev.changePercent < lo - slack || prev.changePercent > hi + slack || !Number.isFinite(lo)) {
    report('percent', [...at, 'changePercent'], `states ${prev.changePercent}% but a change of ${change} to ${current} is ${round(pct(change), 2)}%`);
  }
}

function checkHouseholds(plan: Plan, report: Report): void {
  const hh = plan.households;
  if (!hh) return;
  const sum = hh.projects.reduce((a, p) => a + p.target, 0);
  if (hh.total !== undefined && hh.total !== sum) {
    report('sum', ['households', 'total'], `states ${hh.total} households but the projects add up to ${sum}`);
  }
  const bd = hh.breakdown;
  if (!bd) return;
  const perProject = new Map<string, number>();
  const seen = new Map<string, number>();
  bd.values.forEach((v, i) => {
    perProject.set(v.project, (perProject.get(v.project) ?? 0) + v.value);
    const key = `${v.project}\u0000${v.area}`;
    const first = seen.get(key);
    if (first !== undefined) report('unique-id', ['households', 'breakdown', 'values', i], `"${v.project}" in "${v.area}" is already given at $.households.breakdown.values[${first}]`);
    else seen.set(key, i);
  });
  hh.projects.forEach((p, i) => {
    const got = perProject.get(p.id);
    if (got !== undefined && got !== p.target) {
      report('sum', ['households', 'projects', i, 'target'], `"${p.id}" targets ${p.target} households but its ${bd.level} breakdown adds up to ${got}`);
    }
  });
}

function checkRegions(plan: Plan, report: Report): void {
  const owner = new Map<string, string>();
  plan.regions?.forEach((r, i) =>
    r.provinces.forEach((code, j) => {
      const at = ['regions', i, 'provinces', j];
      if (!isProvinceCode(code)) report('region', at, `"${code}" is not an ISO 3166-2:TH province code`);
      const other = owner.get(code);
      if (other !== undefined) report('region', at, `"${code}" is already in region "${other}"`);
      else owner.set(code, r.id);
    }),
  );
}

