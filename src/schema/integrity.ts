/**
 * Rules that look across a structurally valid plan: unique ids, references
 * that resolve, hierarchies without cycles, parts that add up to every
 * stated total, percentages that agree with the figures, and known units.
 * Every rule reports every problem it finds, each located by JSON path.
 *
 * Plans reach 50,000 budget lines and 35,000 household values, and every
 * element validates the plan it is given, so the rules run in linear time and
 * allocate little on a valid plan: a problem's path (an array, then a string)
 * is built only when the problem is reported.
 */
import type { BudgetLine, Plan, PreviousYear } from './plan.js';
import { jsonPath, type PathPart, type Problem, type ProblemRule } from './problems.js';
import { fromUnits, halfUlp, hasMoneyPrecision, toUnits } from './money.js';
import { isProvinceCode } from './province-codes.js';
import { findUnit } from '../format/units.js';

type Report = (rule: ProblemRule, path: PathPart[], message: string) => void;

// The lists that hold ids, as path prefixes (shared, never modified).
const LEVELS = ['levels'] as const;
const FUNDING_SOURCES = ['fundingSources'] as const;
const UNITS = ['units'] as const;
const RESPONSIBLE_UNITS = ['responsibleUnits'] as const;
const REGIONS = ['regions'] as const;
const FRAMEWORKS = ['frameworks'] as const;
const ITEMS = ['items'] as const;
const KPIS = ['kpis'] as const;
const BUDGET_LINES = ['budget', 'lines'] as const;
const BUDGET_SHARES = ['budget', 'shares'] as const;
const HOUSEHOLD_PROJECTS = ['households', 'projects'] as const;
const DISCREPANCIES = ['discrepancies'] as const;

export function checkIntegrity(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (rule, path, message) => problems.push({ rule, path: jsonPath(path), message });
  const ids = collectIds(plan, report);
  checkReferences(plan, ids, report);
  const lineIndex = plan.budget ? firstIndex(plan.budget.lines) : undefined;
  checkHierarchies(plan, lineIndex, report);
  checkBudget(plan, lineIndex, report);
  checkHouseholds(plan, report);
  checkRegions(plan, report);
  return problems;
}

/** Where each id is defined, by collection. */
interface IdIndex {
  /** Each id → its first definition, as an index into `at` / `atIndex`. */
  all: Map<string, number>;
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
  // Where each id was first defined: the list it is in and its index there (the
  // path is spelled out only for a duplicate).
  const at: (readonly PathPart[])[] = [];
  const atIndex: number[] = [];
  const define = (id: string, list: readonly PathPart[], i: number, into?: Set<string>) => {
    const first = index.all.get(id);
    if (first !== undefined) {
      report('unique-id', [...list, i, 'id'], `id "${id}" is already used at ${jsonPath([...(at[first] as PathPart[]), atIndex[first] as number])}`);
    } else {
      index.all.set(id, at.length);
      at.push(list);
      atIndex.push(i);
    }
    into?.add(id);
  };
  plan.levels?.forEach((l, i) => {
    define(l.id, LEVELS, i);
    index.levels.set(l.id, i);
  });
  plan.fundingSources?.forEach((s, i) => define(s.id, FUNDING_SOURCES, i, index.fundingSources));
  plan.units?.forEach((u, i) => define(u.id, UNITS, i));
  plan.responsibleUnits?.forEach((u, i) => define(u.id, RESPONSIBLE_UNITS, i, index.responsibleUnits));
  plan.regions?.forEach((r, i) => define(r.id, REGIONS, i, index.regions));
  plan.frameworks?.forEach((f, i) => {
    define(f.id, FRAMEWORKS, i, index.frameworks);
    const items = ['frameworks', i, 'items'];
    f.items.forEach((it, j) => define(it.id, items, j, index.frameworkItems));
  });
  plan.items?.forEach((it, i) => define(it.id, ITEMS, i, index.items));
  plan.kpis?.forEach((k, i) => define(k.id, KPIS, i, index.kpis));
  plan.budget?.lines.forEach((l, i) => define(l.id, BUDGET_LINES, i, index.budgetLines));
  plan.budget?.shares?.forEach((s, i) => define(s.id, BUDGET_SHARES, i));
  plan.households?.projects.forEach((p, i) => define(p.id, HOUSEHOLD_PROJECTS, i, index.projects));
  plan.discrepancies?.forEach((d, i) => define(d.id, DISCREPANCIES, i));
  return index;
}

function checkReferences(plan: Plan, ids: IdIndex, report: Report): void {
  const missing = (value: string, path: PathPart[], what: string) => report('reference', path, `"${value}" is not the id of any ${what}`);
  // A unit is one the plan declares or a built-in one (as `findUnit` looks it up).
  const declared = new Set<string>();
  plan.units?.forEach((u) => declared.add(u.id));
  const unit = (value: string, path: PathPart[]) => report('unit', path, `unit "${value}" is neither built in nor declared in $.units`);
  const known = (value: string) => declared.has(value) || findUnit(value) !== undefined;
  if (plan.items?.length && !plan.levels?.length) report('reference', ['levels'], 'levels are required when the plan has items');
  plan.items?.forEach((it, i) => {
    if (!ids.levels.has(it.level)) missing(it.level, ['items', i, 'level'], 'level in $.levels');
    if (it.parent !== undefined && !ids.items.has(it.parent)) missing(it.parent, ['items', i, 'parent'], 'plan item');
    it.responsible?.forEach((r, j) => {
      if (!ids.responsibleUnits.has(r)) missing(r, ['items', i, 'responsible', j], 'responsible unit');
    });
    it.targets?.forEach((t, j) => {
      if (!known(t.unit)) unit(t.unit, ['items', i, 'targets', j, 'unit']);
    });
  });
  plan.frameworks?.forEach((f, i) =>
    f.items.forEach((it, j) => {
      if (it.parent !== undefined && !ids.frameworkItems.has(it.parent)) missing(it.parent, ['frameworks', i, 'items', j, 'parent'], 'framework item');
      it.indicators?.forEach((ind, k) => {
        if (ind.target && !known(ind.target.unit)) unit(ind.target.unit, ['frameworks', i, 'items', j, 'indicators', k, 'target', 'unit']);
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
    if (k.item !== undefined && !ids.items.has(k.item)) missing(k.item, ['kpis', i, 'item'], 'plan item');
    if (!known(k.target.unit)) unit(k.target.unit, ['kpis', i, 'target', 'unit']);
  });
  plan.results?.forEach((r, i) => {
    if (!ids.kpis.has(r.kpi)) missing(r.kpi, ['results', i, 'kpi'], 'KPI');
  });
  plan.budget?.lines.forEach((l, i) => {
    if (l.parent !== undefined && !ids.budgetLines.has(l.parent)) missing(l.parent, ['budget', 'lines', i, 'parent'], 'budget line');
    if (l.item !== undefined && !ids.items.has(l.item)) missing(l.item, ['budget', 'lines', i, 'item'], 'plan item');
    if (l.item === undefined && l.label === undefined) report('reference', ['budget', 'lines', i], 'a budget line needs a label or an item');
    for (const key of Object.keys(l.amounts ?? {})) {
      if (!ids.fundingSources.has(key)) missing(key, ['budget', 'lines', i, 'amounts', key], 'funding source');
    }
    for (const key of Object.keys(l.stated?.bySource ?? {})) {
      if (!ids.fundingSources.has(key)) missing(key, ['budget', 'lines', i, 'stated', 'bySource', key], 'funding source');
    }
  });
  plan.budget?.shares?.forEach((s, i) => {
    if (!ids.budgetLines.has(s.part) && !ids.fundingSources.has(s.part)) {
      report('reference', ['budget', 'shares', i, 'part'], `"${s.part}" is not the id of any budget line or funding source`);
    }
    if (!ids.budgetLines.has(s.whole)) missing(s.whole, ['budget', 'shares', i, 'whole'], 'budget line');
  });
  plan.households?.projects.forEach((p, i) => {
    if (p.item !== undefined && !ids.items.has(p.item)) missing(p.item, ['households', 'projects', i, 'item'], 'plan item');
  });
  const breakdown = plan.households?.breakdown;
  breakdown?.values.forEach((v, i) => {
    if (!ids.projects.has(v.project)) missing(v.project, ['households', 'breakdown', 'values', i, 'project'], 'household project');
    if (breakdown.level === 'province' && !isProvinceCode(v.area)) {
      report('reference', ['households', 'breakdown', 'values', i, 'area'], `"${v.area}" is not an ISO 3166-2:TH province code (TH-10 … TH-96)`);
    }
    if (breakdown.level === 'region' && !ids.regions.has(v.area)) missing(v.area, ['households', 'breakdown', 'values', i, 'area'], 'region in $.regions');
  });
  plan.discrepancies?.forEach((d, i) =>
    d.affects?.forEach((a, j) => {
      if (!ids.all.has(a)) missing(a, ['discrepancies', i, 'affects', j], 'item of this plan');
    }),
  );
}

interface Node {
  id: string;
  parent?: string;
}

/** Each id → the index of its first node. */
function firstIndex(nodes: readonly Node[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n.id)) index.set(n.id, i);
  });
  return index;
}

/** Reports parent chains that loop back on themselves, once per loop. */
function findCycles(nodes: readonly Node[], base: PathPart[], report: Report, indexOf = firstIndex(nodes)): void {
  // The index of each id's first node's parent's first node (-1 for none, or
  // for a parent that is no node's id).
  const parentAt = new Int32Array(nodes.length).fill(-1);
  indexOf.forEach((i) => {
    const parent = (nodes[i] as Node).parent;
    const p = parent === undefined ? undefined : indexOf.get(parent);
    if (p !== undefined) parentAt[i] = p;
  });
  // Walk up from each node; a node first reached in walk w is marked w. Reaching
  // a node of the current walk is a loop; reaching one of an earlier walk is not
  // (that walk already went on from there).
  const walkOf = new Int32Array(nodes.length);
  let walk = 0;
  for (const n of nodes) {
    walk++;
    let cur = n.id === undefined ? -1 : (indexOf.get(n.id) ?? -1);
    while (cur >= 0 && walkOf[cur] === 0) {
      walkOf[cur] = walk;
      cur = parentAt[cur] as number;
    }
    if (cur >= 0 && walkOf[cur] === walk) {
      const loop = [(nodes[cur] as Node).id];
      for (let k = parentAt[cur] as number; k !== cur; k = parentAt[k] as number) loop.push((nodes[k] as Node).id);
      loop.push((nodes[cur] as Node).id);
      report('cycle', [...base, cur, 'parent'], `parents form a cycle: ${loop.join(' → ')}`);
    }
  }
}

function checkHierarchies(plan: Plan, lineIndex: Map<string, number> | undefined, report: Report): void {
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
  if (plan.budget) findCycles(plan.budget.lines, ['budget', 'lines'], report, lineIndex);
  // Links between framework items must not loop either (a → b → a).
  const links = plan.links ?? [];
  const edges = new Map<string, string[]>();
  for (const l of links) {
    const list = edges.get(l.from);
    if (list) list.push(l.to);
    else edges.set(l.from, [l.to]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): boolean => {
    const s = state.get(id);
    if (s === 'done') return false;
    if (s === 'open') {
      const from = trail[trail.length - 1];
      const i = links.findIndex((l) => l.from === from && l.to === id);
      report('cycle', ['links', Math.max(i, 0)], `links form a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return true;
    }
    state.set(id, 'open');
    trail.push(id);
    for (const next of edges.get(id) ?? []) if (visit(next)) break;
    trail.pop();
    state.set(id, 'done');
    return false;
  };
  for (const from of edges.keys()) visit(from);
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
  const byId = new Map<string, BudgetLine>();
  for (const l of lines) {
    byId.set(l.id, l);
    if (l.parent === undefined) continue;
    const list = children.get(l.parent);
    if (list) list.push(l.id);
    else children.set(l.parent, [l.id]);
  }
  const totals = new Map<string, LineTotals>();
  const visiting = new Set<string>();
  const compute = (id: string): LineTotals => {
    const known = totals.get(id);
    if (known) return known;
    const bySource = new Map<string, number>();
    const result: LineTotals = { total: 0, bySource };
    if (visiting.has(id)) return result; // cycles are reported elsewhere
    visiting.add(id);
    let total = 0;
    const amounts = byId.get(id)?.amounts;
    if (amounts) {
      for (const source of Object.keys(amounts)) {
        const units = toUnits(amounts[source] as number);
        bySource.set(source, (bySource.get(source) ?? 0) + units);
        total += units;
      }
    }
    const kids = children.get(id);
    if (kids) {
      for (const child of kids) {
        for (const [source, units] of compute(child).bySource) {
          bySource.set(source, (bySource.get(source) ?? 0) + units);
          total += units;
        }
      }
    }
    result.total = total;
    visiting.delete(id);
    totals.set(id, result);
    return result;
  };
  for (const l of lines) compute(l.id);
  return totals;
}

/** The figures `checkBudget` reads from the budget roll-up. */
interface Rollup {
  /** The total of the line with this id, in units; undefined when no line has it. */
  total(id: string): number | undefined;
  /** That line's money from one funding source; undefined when no line under it names the source. */
  source(id: string, source: string): number | undefined;
}

/**
 * `budgetTotals` without a Map per line (50,000 of them in a national budget
 * cost more than every other rule together): the same figures, kept in arrays.
 * Used when the lines have unique ids and the figures' magnitudes add up to
 * at most Number.MAX_SAFE_INTEGER units, so that every partial sum is exact and
 * the order of additions cannot matter; otherwise `budgetTotals` itself.
 */
function rollUp(lines: readonly BudgetLine[], index = firstIndex(lines)): Rollup {
  const n = lines.length;
  const sources = new Map<string, number>();
  let magnitude = 0;
  for (const l of lines) {
    const amounts = l.amounts;
    if (!amounts) continue;
    for (const key of Object.keys(amounts)) {
      if (!sources.has(key)) sources.set(key, sources.size);
      magnitude += Math.abs(toUnits(amounts[key] as number));
    }
  }
  const width = Math.max(1, sources.size);
  if (index.size !== n || !(magnitude <= Number.MAX_SAFE_INTEGER) || n * width > 1 << 22) {
    const totals = budgetTotals(lines);
    return {
      total: (id) => totals.get(id)?.total,
      source: (id, source) => totals.get(id)?.bySource.get(source),
    };
  }
  // Children in line order, as linked lists.
  const first = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  lines.forEach((l, i) => {
    const p = l.parent === undefined ? undefined : index.get(l.parent);
    if (p === undefined) return;
    if ((last[p] as number) < 0) first[p] = i;
    else next[last[p] as number] = i;
    last[p] = i;
  });
  const total = new Float64Array(n);
  const bySource = new Float64Array(n * width);
  const named = new Uint8Array(n * width); // 1 when the source appears under the line
  const state = new Uint8Array(n); // 0 not yet, 1 being added up, 2 done
  const compute = (i: number): void => {
    state[i] = 1;
    const at = i * width;
    let sum = 0;
    const amounts = (lines[i] as BudgetLine).amounts;
    if (amounts) {
      for (const key of Object.keys(amounts)) {
        const units = toUnits(amounts[key] as number);
        const k = at + (sources.get(key) as number);
        bySource[k] = (bySource[k] as number) + units;
        named[k] = 1;
        sum += units;
      }
    }
    for (let c = first[i] as number; c >= 0; c = next[c] as number) {
      if (state[c] === 0) compute(c);
      if (state[c] === 1) continue; // a cycle (reported elsewhere): adds nothing, as in budgetTotals
      sum += total[c] as number;
      const from = c * width;
      for (let k = 0; k < width; k++) {
        if (named[from + k]) {
          bySource[at + k] = (bySource[at + k] as number) + (bySource[from + k] as number);
          named[at + k] = 1;
        }
      }
    }
    total[i] = sum;
    state[i] = 2;
  };
  for (let i = 0; i < n; i++) if (state[i] === 0) compute(i);
  return {
    total: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : total[i];
    },
    source: (id, source) => {
      const i = index.get(id);
      const k = sources.get(source);
      return i === undefined || k === undefined || !named[i * width + k] ? undefined : bySource[i * width + k];
    },
  };
}

function checkBudget(plan: Plan, lineIndex: Map<string, number> | undefined, report: Report): void {
  const budget = plan.budget;
  if (!budget) return;
  // Money adds up exactly in integer units only up to Number.MAX_SAFE_INTEGER of them (about 9 × 10^11 million baht).
  const exact = (units: number) => Math.abs(units) <= Number.MAX_SAFE_INTEGER;
  const limit = `${Math.floor(fromUnits(Number.MAX_SAFE_INTEGER))} million baht`;
  let oversize = false;
  /** What is wrong with a money figure, if anything. */
  const money = (v: number | undefined): string | undefined => {
    if (v === undefined) return undefined;
    if (!exact(toUnits(v))) {
      oversize = true;
      return `${v} is too large: figures add up exactly only to ${limit}`;
    }
    return hasMoneyPrecision(v) ? undefined : `${v} has more than 4 decimals (million baht are given to 0.0001)`;
  };
  budget.lines.forEach((l, i) => {
    const amounts = l.amounts;
    if (amounts) {
      for (const k of Object.keys(amounts)) {
        const wrong = money(amounts[k]);
        if (wrong) report('precision', ['budget', 'lines', i, 'amounts', k], wrong);
      }
    }
    const stated = l.stated;
    if (!stated) return;
    const wrong = money(stated.total);
    if (wrong) report('precision', ['budget', 'lines', i, 'stated', 'total'], wrong);
    const bySource = stated.bySource;
    if (bySource) {
      for (const k of Object.keys(bySource)) {
        const wrong = money(bySource[k]);
        if (wrong) report('precision', ['budget', 'lines', i, 'stated', 'bySource', k], wrong);
      }
    }
  });
  // Sums and percentages of figures that cannot be added exactly would only say "Infinity".
  if (oversize) return;
  const totals = rollUp(budget.lines, lineIndex);
  const line = (i: number, ...rest: PathPart[]): PathPart[] => ['budget', 'lines', i, ...rest];
  budget.lines.forEach((l, i) => {
    const got = totals.total(l.id);
    if (got === undefined) return;
    if (!exact(got)) {
      report('sum', line(i), `the parts of "${l.id}" add up to more than ${limit}, too much to add up exactly`);
      return;
    }
    if (l.stated?.total !== undefined && toUnits(l.stated.total) !== got) {
      report('sum', line(i, 'stated', 'total'), `"${l.id}" states ${l.stated.total} but its parts add up to ${fromUnits(got)}`);
    }
    const bySource = l.stated?.bySource;
    if (bySource) {
      for (const source of Object.keys(bySource)) {
        const v = bySource[source] as number;
        const sum = totals.source(l.id, source) ?? 0;
        if (toUnits(v) !== sum) {
          report('sum', line(i, 'stated', 'bySource', source), `"${l.id}" states ${v} from "${source}" but its parts add up to ${fromUnits(sum)}`);
        }
      }
    }
    if (l.stated?.total !== undefined && l.stated.bySource) {
      const parts = Object.values(l.stated.bySource).reduce((a, v) => a + toUnits(v), 0);
      if (parts !== toUnits(l.stated.total) && Object.keys(l.stated.bySource).length === (plan.fundingSources?.length ?? 0)) {
        report('sum', line(i, 'stated'), `"${l.id}" states a total of ${l.stated.total} but its stated sources add up to ${fromUnits(parts)}`);
      }
    }
    const prev = l.previousYear;
    if (prev) checkChange(fromUnits(got), prev, line(i, 'previousYear'), report);
  });
  budget.shares?.forEach((s, i) => {
    const whole = totals.total(s.whole);
    const part = totals.total(s.part) ?? (whole === undefined ? undefined : totals.source(s.whole, s.part));
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
  // Each project's areas → the index where that pair is first given.
  const seen = new Map<string, Map<string, number>>();
  bd.values.forEach((v, i) => {
    perProject.set(v.project, (perProject.get(v.project) ?? 0) + v.value);
    const project = `${v.project}`;
    const area = `${v.area}`;
    let areas = seen.get(project);
    if (!areas) seen.set(project, (areas = new Map()));
    const first = areas.get(area);
    if (first !== undefined) report('unique-id', ['households', 'breakdown', 'values', i], `"${v.project}" in "${v.area}" is already given at $.households.breakdown.values[${first}]`);
    else areas.set(area, i);
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

