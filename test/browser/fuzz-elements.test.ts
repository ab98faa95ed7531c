// Thousands of generated and mutated plans through every element (ELEMENT_TAGS): no uncaught
// exception, no NaN / Infinity / undefined in the markup, no mark with a negative or NaN size;
// every invalid plan is shown as a located error inside the element, every valid plan is drawn
// (ready) or explained (empty). Valid plans with extreme figures also show the right totals.
//
// CI runs the counts below with a fixed seed (the file prints how many cases it ran).
// Larger run on demand: wtr passes no environment to the browser, so raise SCALE (e.g. 20)
// and/or change SEED here, then `npm test -- test/browser/fuzz-elements.test.ts`.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import type { BudgetLine, Plan } from '../../src/schema/plan.js';
import { budgetTotals } from '../../src/schema/integrity.js';
import { validatePlan } from '../../src/schema/validate.js';
import { fromUnits, toUnits } from '../../src/schema/money.js';
import { formatMoney, formatNumber, formatValue } from '../../src/format/number.js';
import { findUnit } from '../../src/format/units.js';
import { tinyPlan } from '../fixtures/plans.js';
import { badValues } from './helpers/dom.js';
import { PageErrors, badSizes, frame, locatedErrorProblems, textOf } from './helpers/checks.js';

const SCALE = 1;
const SEED = 2567;
const RUNS = { tiny: 1200 * SCALE, codi: 100 * SCALE, illustrative: 80 * SCALE, extreme: 500 * SCALE };

type Tag = (typeof ELEMENT_TAGS)[number];
type Json = unknown;
type Path = (string | number)[];

// ----- odd values -------------------------------------------------------------------

/** Text that a careless or hostile file may hold (none contains the words badValues looks for). */
const ODD_TEXTS = [
  '่', // a Thai tone mark alone
  'ั้', // two combining marks alone
  '\u200b', // zero-width space
  '\u200b\u200c\u200d\u2060', // zero-width characters only
  '\ufeff',
  'ก\u200bข\u200cค',
  ' ่ ั ',
  '\u202eขวาไปซ้าย',
  '👨‍👩‍👧‍👦🇹🇭',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\ud800', // a lone surrogate
  'x\u0000y',
  '๑๒๓',
  '\t\n', // blank: invalid
  '',
  'ประเด็นการพัฒนา'.repeat(150),
  'a'.repeat(3000),
  'การสนับสนุนการพัฒนาที่อยู่อาศัยและที่ดินทำกินของชุมชนผู้มีรายได้น้อย',
];
const clean = (s: string) => !/NaN|Infinity|undefined/.test(s);
const oddText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }).filter(clean) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).filter(clean) },
);
const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.0001, 0.00001, 0.1 + 0.2, 1e7, 1e12, 1e21, 1e300, -1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
);
const oddValue = fc.oneof(
  fc.constantFrom<Json>(null, undefined, true, false, '', ' ', [], {}, { th: '' }, { th: 'ก', en: 5 }, [[[]]], '__proto__', 'constructor', '2024-02-30', 'TH-99'),
  oddText,
  oddNumber,
);

// ----- mutation of a base plan --------------------------------------------------------

const REF_KEYS = new Set(['parent', 'item', 'kpi', 'from', 'to', 'project', 'level', 'whole', 'part', 'area', 'affects', 'responsible']);

interface PathIndex {
  all: Path[];
  labels: Path[];
  numbers: Path[];
  refs: Path[];
  arrays: Path[];
}

function indexPaths(root: Json): PathIndex {
  const index: PathIndex = { all: [], labels: [], numbers: [], refs: [], arrays: [] };
  const walk = (node: Json, at: Path) => {
    index.all.push(at);
    const key = at[at.length - 1];
    const parentKey = typeof key === 'number' ? at[at.length - 2] : key;
    if (Array.isArray(node)) {
      index.arrays.push(at);
      node.forEach((v, i) => walk(v, [...at, i]));
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...at, k]);
    } else if (typeof node === 'number') index.numbers.push(at);
    else if (typeof node === 'string') {
      if (key === 'th' || key === 'en') index.labels.push(at);
      else if (typeof parentKey === 'string' && REF_KEYS.has(parentKey)) index.refs.push(at);
    }
  };
  walk(root, []);
  return index;
}

/** Every string `id` in the tree (cycle-safe: the `plan` property may hold a cyclic object). */
function ids(root: Json): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const walk = (node: Json) => {
    if (node && typeof node === 'object') {
      if (seen.has(node)) return;
      seen.add(node);
    }
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'id' && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(root);
  return out;
}

type Edit =
  | { kind: 'label'; at: number; text: string }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'ref'; at: number; to: number }
  | { kind: 'empty'; at: number }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'cycle'; at: number }
  | { kind: 'numbers'; at: number; values: number[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('label' as const), at: fc.nat(), text: oddText }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: oddNumber }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ref' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: oddValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cycle' as const), at: fc.nat() }) },
  // Every number under one node at once (a KPI's target and result together, all amounts of a line…).
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('numbers' as const), at: fc.nat(), values: fc.array(oddNumber, { minLength: 1, maxLength: 4 }) }) },
);

/** The container at `path` (all but the last step), or undefined when the path no longer exists. */
function parentAt(root: Json, path: Path): Record<string | number, Json> | undefined {
  let node = root;
  for (const p of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[p];
  }
  return node && typeof node === 'object' ? (node as Record<string | number, Json>) : undefined;
}

/** Applies the edits to a copy of `base` (paths from `index`, taken on the base; edits on vanished paths do nothing). */
function mutate(base: Json, index: PathIndex, edits: readonly Edit[]): { plan: Json; said: string[] } {
  let plan = structuredClone(base);
  const said: string[] = [];
  const known = ids(base);
  const pick = <T,>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  for (const e of edits) {
    const list = e.kind === 'label' ? index.labels : e.kind === 'number' ? index.numbers : e.kind === 'ref' ? index.refs : e.kind === 'empty' || e.kind === 'duplicate' ? index.arrays : index.all;
    const path = pick(list, e.at);
    if (!path) continue;
    const where = path.join('.') || '(root)';
    if (path.length === 0) {
      if (e.kind === 'set') plan = e.value;
      said.push(`${e.kind} ${where}`);
      continue;
    }
    const parent = parentAt(plan, path);
    const key = path[path.length - 1] as string | number;
    if (!parent) continue;
    switch (e.kind) {
      case 'label':
        parent[key] = e.text;
        said.push(`label ${where} = ${JSON.stringify(e.text.slice(0, 30))}${e.text.length > 30 ? `… (${e.text.length})` : ''}`);
        break;
      case 'number':
        parent[key] = e.value;
        said.push(`number ${where} = ${e.value}`);
        break;
      case 'ref': {
        const to = pick(known, e.to);
        parent[key] = to;
        said.push(`ref ${where} = ${to}`);
        break;
      }
      case 'empty':
        if (Array.isArray(parent[key])) parent[key] = [];
        said.push(`empty ${where}`);
        break;
      case 'duplicate': {
        const list2 = parent[key];
        if (Array.isArray(list2) && list2.length) list2.push(structuredClone(list2[0]));
        said.push(`duplicate first of ${where}`);
        break;
      }
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        said.push(`delete ${where}`);
        break;
      case 'set':
        parent[key] = e.value;
        said.push(`set ${where} = ${typeof e.value === 'string' ? JSON.stringify(e.value.slice(0, 30)) : String(JSON.stringify(e.value))}`);
        break;
      case 'numbers': {
        let n = 0;
        const seen = new Set<unknown>();
        const walk = (node: Json): Json => {
          if (typeof node === 'number') return e.values[n++ % e.values.length];
          if (!node || typeof node !== 'object' || seen.has(node)) return node;
          seen.add(node);
          for (const [k, v] of Object.entries(node)) (node as Record<string, Json>)[k] = walk(v);
          return node;
        };
        parent[key] = walk(parent[key]);
        said.push(`numbers under ${where} = ${e.values.join(', ')}`);
        break;
      }
      case 'cycle':
        // A JavaScript cycle (the `plan` property takes objects, not only parsed JSON).
        parent[key] = parent;
        said.push(`cycle ${where} = its parent object`);
        break;
    }
  }
  return { plan, said };
}

/**
 * Makes the stated totals agree with the mutated parts again (budget lines, households), so
 * that numeric mutations reach the charts instead of stopping at the validator.
 */
function repair(plan: Json): void {
  const p = plan as { budget?: { lines?: unknown; shares?: unknown }; households?: { projects?: unknown; total?: unknown } } | null;
  if (!p || typeof p !== 'object') return;
  const lines = p.budget?.lines;
  if (p.budget && typeof p.budget === 'object' && Array.isArray(lines)) {
    delete p.budget.shares;
    try {
      const totals = budgetTotals(lines as BudgetLine[]);
      for (const l of lines as (BudgetLine | null)[]) {
        if (!l || typeof l !== 'object') continue;
        delete l.previousYear;
        const got = totals.get(l.id);
        if (!got || !l.stated || typeof l.stated !== 'object') continue;
        if ('total' in l.stated) l.stated.total = fromUnits(got.total);
        if (l.stated.bySource && typeof l.stated.bySource === 'object') {
          for (const k of Object.keys(l.stated.bySource)) l.stated.bySource[k] = fromUnits(got.bySource.get(k) ?? 0);
        }
      }
    } catch {
      // Lines too broken to add up: the validator says so.
    }
  }
  const projects = p.households?.projects;
  if (p.households && Array.isArray(projects) && projects.every((x) => typeof x?.target === 'number')) {
    p.households.total = projects.reduce((a: number, x: { target: number }) => a + x.target, 0);
  }
}

// ----- what each element is asked to show ----------------------------------------------

interface View {
  /** Resize the elements' container to `width` for this case (most cases keep the width: no frame to wait for). */
  resize: boolean;
  width: number;
  lang: 'th' | 'en';
  thaiDigits: boolean;
  table: boolean;
  /** Picks ids for the selectors (kpi, issue, path, project, framework…); a junk id when `junk`. */
  pick: number;
  junk: boolean;
  colorBy: 'source' | 'issue';
  view: 'province' | 'region';
  depth: number;
  weight: 'budget' | 'count';
  /** Hover, focus and press keys on a few marks, so tooltips, highlights and moves are drawn too. */
  interact: boolean;
  key: string;
}

const KEYS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Enter', ' ', 'Escape'];

const viewArb: fc.Arbitrary<View> = fc.record({
  resize: fc.nat({ max: 6 }).map((n) => n === 0),
  width: fc.constantFrom(240, 420, 760, 1180),
  lang: fc.constantFrom('th' as const, 'en' as const),
  thaiDigits: fc.boolean(),
  table: fc.nat({ max: 9 }).map((n) => n === 0),
  pick: fc.nat(),
  junk: fc.boolean(),
  colorBy: fc.constantFrom('source' as const, 'issue' as const),
  view: fc.constantFrom('province' as const, 'region' as const),
  depth: fc.integer({ min: 1, max: 4 }),
  weight: fc.constantFrom('budget' as const, 'count' as const),
  interact: fc.nat({ max: 3 }).map((n) => n === 0),
  key: fc.constantFrom(...KEYS),
});

/** Sets the element's selectors: mostly unset or a real id of the plan, sometimes a junk id. */
function configure(el: PlanElement, tag: Tag, plan: Json, v: View, selectors: boolean): void {
  const all = ids(plan);
  const id = selectors && all.length ? (v.junk ? 'no-such-id' : all[v.pick % all.length]) : undefined;
  const set = (prop: string, value: unknown) => ((el as unknown as Record<string, unknown>)[prop] = value);
  el.lang = v.lang;
  el.thaiDigits = v.thaiDigits;
  el.table = v.table;
  el.highlight = selectors && v.pick % 3 === 0 ? id : undefined;
  if (tag === 'codi-kpi-gauge') set('kpi', v.pick % 2 ? id : undefined);
  if (tag === 'codi-kpi-board') set('issue', v.pick % 2 ? id : undefined);
  if (tag === 'codi-budget-treemap') {
    set('path', v.pick % 2 ? id : undefined);
    set('colorBy', v.colorBy);
  }
  if (tag === 'codi-household-map') {
    set('project', v.pick % 4 === 1 ? id : undefined);
    set('view', v.view);
    set('region', v.pick % 4 === 3 ? id : undefined);
  }
  if (tag === 'codi-alignment-sankey') {
    set('framework', v.pick % 3 === 1 ? id : undefined);
    set('depth', selectors ? v.depth : 2);
    set('weight', selectors ? v.weight : 'budget');
    set('showSubprograms', selectors && v.depth > 2);
  }
}

// ----- the stage: one element per tag, reused for every case ---------------------------------

interface Stage {
  box: HTMLDivElement;
  els: Map<Tag, PlanElement>;
  /** No case shown yet: the first one waits for the elements to measure their width. */
  fresh: boolean;
}

async function makeStage(): Promise<Stage> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  const els = new Map<Tag, PlanElement>();
  for (const tag of ELEMENT_TAGS) {
    const el = document.createElement(tag) as PlanElement;
    box.append(el);
    els.set(tag, el);
  }
  return { box, els, fresh: true };
}

const errors = new PageErrors();

async function settle(stage: Stage, resized: boolean): Promise<void> {
  const wait = () => Promise.all([...stage.els.values()].map((el) => el.updateComplete.catch((e: unknown) => errors.seen.push(`update failed: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`))));
  await wait();
  if (!resized) return;
  // A new width is observed after layout (ResizeObserver) and applied on the frame after that.
  await frame();
  await frame();
  await wait();
}

/** Hovers, focuses and presses `key` on the first marks of every drawn element. */
async function interact(stage: Stage, key: string): Promise<void> {
  for (const el of stage.els.values()) {
    if (el.state !== 'ready') continue;
    const marks = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.mark, .cell, [tabindex="0"]') ?? [])].slice(0, 3);
    for (const mark of marks) {
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      mark.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false, composed: true }));
      mark.focus?.();
      mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete.catch((e: unknown) => errors.seen.push(`update failed after "${key}": ${e instanceof Error ? e.message : String(e)}`));
      if (!mark.isConnected) break;
    }
  }
}

/** Shows `plan` in every element and returns whether it is valid. */
async function show(stage: Stage, plan: Json, v: View, selectors: boolean): Promise<boolean> {
  const valid = validatePlan(plan).ok;
  const resized = stage.fresh || (v.resize && stage.box.style.width !== `${v.width}px`);
  if (resized) stage.box.style.width = `${v.width}px`;
  stage.fresh = false;
  for (const [tag, el] of stage.els) {
    configure(el, tag, plan, v, selectors);
    el.plan = plan;
  }
  await settle(stage, resized);
  return valid;
}

/** What is wrong with what the elements show (empty when all is well). */
function inspect(stage: Stage, valid: boolean): string[] {
  const problems = errors.take();
  for (const [tag, el] of stage.els) {
    const say = (s: string) => problems.push(`<${tag}> ${s}`);
    // A problem may quote the plan's own bad value ("expected number, got NaN"): that is the message, not a drawing fault.
    const quoted = (b: string) => el.state === 'error' && /^LI: .*got (the number )?(NaN|-?Infinity)\b/.test(b);
    for (const b of badValues(el).filter((x) => !quoted(x))) say(`bad value: ${b.slice(0, 200)}`);
    for (const b of badSizes(el)) say(`bad size: ${b}`);
    if (el.plan === undefined) {
      // `plan = undefined` unsets the plan: the element says what to set.
      if (el.state !== 'idle') say(`no plan, but state "${el.state}"`);
    } else if (valid) {
      if (el.state !== 'ready' && el.state !== 'empty') say(`valid plan in state "${el.state}": ${textOf(el).slice(0, 200)}`);
      if (el.state === 'empty' && !el.shadowRoot?.querySelector('[part~="state"]')?.textContent?.trim()) say('empty without a reason');
      if (el.state === 'ready' && !el.table && !el.shadowRoot?.querySelector('.chart > *')) say('ready but nothing drawn');
    } else {
      for (const p of locatedErrorProblems(el)) say(`invalid plan: ${p}`);
    }
  }
  return problems;
}

/** Shows `plan`, checks, then (when the view says so) hovers, focuses and presses a key, and checks again. */
async function showEverywhere(stage: Stage, plan: Json, v: View, selectors: boolean, between?: () => string[]): Promise<{ valid: boolean; problems: string[] }> {
  const valid = await show(stage, plan, v, selectors);
  const problems = [...inspect(stage, valid), ...(between?.() ?? [])];
  if (v.interact && !problems.length) {
    await interact(stage, v.key);
    problems.push(...inspect(stage, valid).map((p) => `after hover, focus and "${v.key}": ${p}`));
  }
  return { valid, problems };
}

function fail(what: string, said: string[], v: View, problems: string[]): never {
  throw new Error(`${what}\n  edits: ${said.join('; ')}\n  view: ${JSON.stringify(v)}\n  ${problems.slice(0, 12).join('\n  ')}`);
}

// ----- valid plans with extreme figures ---------------------------------------------------

/** Money in million baht with at most 4 decimals: the edges, and anything up to 10^7. */
const money = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 0, 0.0001, 10_000_000, 1, 0.5) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000_000_000 }).map((u) => u / 10_000) },
);
const kpiValue = fc.constantFrom(0, 0.0001, 1, 80, 100, 10_000_000, -5);

interface ExtremeSpec {
  sources: number;
  issues: { own: number[] | null; programs: number[][] }[];
  kpis: { target: number; result: 'none' | 'above' | 'below-zero' | 'equal' | 'zero' | 'huge'; direction: 'higher' | 'lower'; unit: string; comparator: 'at-least' | 'at-most' | 'exactly' | null }[];
  projects: number[];
  breakdown: 'none' | 'region' | 'province';
  weights: number[];
}

const extremeSpec: fc.Arbitrary<ExtremeSpec> = fc.integer({ min: 1, max: 3 }).chain((sources) =>
  fc.record({
    sources: fc.constant(sources),
    issues: fc.array(
      fc.record({
        own: fc.option(fc.array(money, { minLength: sources, maxLength: sources }), { nil: null }),
        programs: fc.array(fc.array(money, { minLength: sources, maxLength: sources }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    kpis: fc.array(
      fc.record({
        target: kpiValue,
        result: fc.constantFrom('none' as const, 'above' as const, 'below-zero' as const, 'equal' as const, 'zero' as const, 'huge' as const),
        direction: fc.constantFrom('higher' as const, 'lower' as const),
        unit: fc.constantFrom('percent', 'household', 'million-baht', 'times', 'score', 'level'),
        comparator: fc.constantFrom('at-least' as const, 'at-most' as const, 'exactly' as const, null),
      }),
      { maxLength: 4 },
    ),
    projects: fc.array(fc.constantFrom(0, 0, 1, 7100, 1_000_000, 123_457), { minLength: 1, maxLength: 3 }),
    breakdown: fc.constantFrom('none' as const, 'region' as const, 'province' as const),
    weights: fc.array(fc.nat({ max: 9 }), { minLength: 3, maxLength: 3 }),
  }),
);

const PROVINCES_BY_REGION = [['TH-10', 'TH-11', 'TH-12'], ['TH-50', 'TH-57'], ['TH-40', 'TH-30', 'TH-90']];

/** Splits a whole number by weights into whole parts that add up to it exactly. */
function splitWhole(total: number, weights: readonly number[]): number[] {
  const w = weights.map((x) => x + 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sum));
  parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** A valid plan from the spec: every stated total is the exact sum of its parts. */
function extremePlan(spec: ExtremeSpec, zero: boolean): { plan: Plan; budgetUnits: number; households: number } {
  const sourceIds = ['state', 'own', 'loan'].slice(0, spec.sources);
  const m = (v: number) => (zero ? 0 : v);
  const amounts = (vs: number[]) => Object.fromEntries(vs.map((v, i) => [sourceIds[i], m(v)]));
  const items: NonNullable<Plan['items']> = [];
  const lines: NonNullable<Plan['budget']>['lines'] = [];
  const bySource = sourceIds.map(() => 0);
  const add = (vs: number[]) => vs.forEach((v, i) => (bySource[i] = (bySource[i] ?? 0) + toUnits(m(v))));
  spec.issues.forEach((issue, i) => {
    items.push({ id: `i${i}`, level: 'issue', code: String(i + 1), label: { th: `ประเด็นที่ ${i + 1}`, en: `Issue ${i + 1}` } });
    lines.push({ id: `b-i${i}`, parent: 'b-all', item: `i${i}`, ...(issue.own ? { amounts: amounts(issue.own) } : {}) });
    if (issue.own) add(issue.own);
    issue.programs.forEach((p, j) => {
      items.push({ id: `p${i}-${j}`, level: 'program', parent: `i${i}`, code: `${i + 1}.${j + 1}`, label: { th: `แผนงานที่ ${i + 1}.${j + 1}` } });
      lines.push({ id: `b-p${i}-${j}`, parent: `b-i${i}`, item: `p${i}-${j}`, amounts: amounts(p) });
      add(p);
    });
  });
  const budgetUnits = bySource.reduce((a, b) => a + b, 0);
  lines.unshift({ id: 'b-all', label: { th: 'งบประมาณรวม', en: 'Total budget' }, stated: { total: fromUnits(budgetUnits), bySource: Object.fromEntries(sourceIds.map((s, i) => [s, fromUnits(bySource[i] ?? 0)])) } });
  const kpis = spec.kpis.map((k, i) => ({
    id: `k${i}`,
    item: 'i0',
    label: { th: `ตัวชี้วัดที่ ${i + 1}`, en: `Indicator ${i + 1}` },
    target: { value: k.target, unit: k.unit, ...(k.comparator ? { comparator: k.comparator } : {}) },
    direction: k.direction,
  }));
  const resultValue = (k: ExtremeSpec['kpis'][number]) =>
    ({ none: undefined, above: Math.abs(k.target) * 2 + 1, 'below-zero': -12.5, equal: k.target, zero: 0, huge: 1e12 })[k.result];
  const results = spec.kpis.flatMap((k, i) => (resultValue(k) === undefined ? [] : [{ kpi: `k${i}`, value: resultValue(k) as number, asOf: '2024-03-31' }]));
  const projects = spec.projects.map((target, i) => ({ id: `hh${i}`, label: { th: `โครงการที่ ${i + 1}`, en: `Project ${i + 1}` }, target }));
  const households = spec.projects.reduce((a, b) => a + b, 0);
  const regions = PROVINCES_BY_REGION.map((provinces, i) => ({ id: `r${i}`, label: { th: `ภาคที่ ${i + 1}` }, provinces }));
  const values =
    spec.breakdown === 'none'
      ? []
      : projects.flatMap((p) => {
          const areas = spec.breakdown === 'region' ? regions.map((r) => r.id) : PROVINCES_BY_REGION.map((r) => r[0] as string);
          return splitWhole(p.target, spec.weights).map((value, i) => ({ project: p.id, area: areas[i] as string, value }));
        });
  const plan: Plan = {
    schemaVersion: 1,
    id: 'extreme',
    title: { th: 'แผนตัวเลขสุดขอบ' },
    agency: { name: { th: 'หน่วยงานทดสอบ' } },
    fiscalYear: 2567,
    levels: [
      { id: 'issue', label: { th: 'ประเด็น', en: 'Issue' } },
      { id: 'program', label: { th: 'แผนงาน', en: 'Program' } },
    ],
    fundingSources: sourceIds.map((id) => ({ id, label: { th: id } })),
    regions,
    frameworks: [{ id: 'ns', kind: 'national-strategy', label: { th: 'ยุทธศาสตร์ชาติ' }, items: [{ id: 'ns-1', label: { th: 'ด้านที่ 1' } }, { id: 'ns-2', label: { th: 'ด้านที่ 2' } }] }],
    items,
    links: items.filter((it) => it.level === 'issue').map((it, i) => ({ from: it.id, to: i % 2 ? 'ns-2' : 'ns-1' })),
    kpis,
    results,
    budget: { lines },
    households: { projects, total: households, ...(spec.breakdown === 'none' ? {} : { breakdown: { level: spec.breakdown, values } }) },
  };
  return { plan, budgetUnits, households };
}

/** Totals each element shows for an extreme plan, checked against the plan's figures. */
function totalProblems(stage: Stage, built: ReturnType<typeof extremePlan>, v: View): string[] {
  const out: string[] = [];
  const fmt = { lang: v.lang, thaiDigits: v.thaiDigits };
  const el = (tag: Tag) => stage.els.get(tag) as PlanElement;
  const plan = built.plan;
  const treemap = el('codi-budget-treemap');
  const money = formatMoney(fromUnits(built.budgetUnits), fmt);
  if (built.budgetUnits > 0) {
    const total = treemap.shadowRoot?.querySelector('[part~="total"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    if (treemap.state !== 'ready') out.push(`treemap: state ${treemap.state} for a budget of ${money}`);
    else if (!total.includes(money)) out.push(`treemap: total "${total}" does not show ${money}`);
  } else if (treemap.state !== 'empty') out.push(`treemap: a zero budget in state ${treemap.state}`);
  const sankey = el('codi-alignment-sankey');
  const sankeyText = textOf(sankey);
  if (sankey.state === 'ready' && sankeyText.includes(v.lang === 'th' ? 'ขนาดของเส้นตามงบประมาณ' : 'Flow width: budget') && !sankeyText.includes(money)) {
    out.push(`sankey: weighted by budget but the total ${money} is not shown`);
  }
  const map = el('codi-household-map');
  const households = formatValue(built.households, 'household', fmt);
  if (map.state !== 'ready') out.push(`map: state ${map.state}`);
  else if (!textOf(map).includes(households)) out.push(`map: the national total ${households} is not shown`);
  const gauge = el('codi-kpi-gauge');
  const kpi = plan.kpis?.[0];
  if (!kpi) {
    if (gauge.state !== 'empty') out.push(`gauge: no KPI but state ${gauge.state}`);
  } else {
    const result = plan.results?.find((r) => r.kpi === kpi.id);
    const big = gauge.shadowRoot?.querySelector('.value-text')?.textContent?.trim();
    const percent = kpi.target.unit === 'percent' && v.lang === 'en' ? '%' : '';
    const decimals = findUnit(kpi.target.unit, plan.units)?.decimals ?? 2;
    const expected = result ? `${formatNumber(result.value, { ...fmt, decimals })}${percent}` : '–';
    if (!v.table && big !== expected) out.push(`gauge: shows "${big}", expected "${expected}"`);
  }
  const board = el('codi-kpi-board');
  const cards = board.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
  if (!v.table && board.state === 'ready' && cards !== (plan.kpis?.length ?? 0)) out.push(`board: ${cards} cards for ${plan.kpis?.length} KPIs`);
  return out;
}

// ----- the tests ----------------------------------------------------------------------------------

describe('fuzzing every element', function () {
  this.timeout(180_000);
  let stage: Stage;
  let codi: Json;
  let illustrative: Json;
  const counts = { cases: 0, valid: 0, invalid: 0, renders: 0 };

  before(async () => {
    codi = await (await fetch('/data/codi-2567.plan.json')).json();
    // The CODI plan with sample results and a provincial split of the households (the map's tile grid).
    illustrative = await (await fetch('/data/examples/codi-2567-illustrative.plan.json')).json();
    errors.start();
  });
  after(() => {
    errors.stop();
    console.log(`fuzz-elements: ${counts.cases} plans (${counts.valid} valid, ${counts.invalid} invalid) through ${ELEMENT_TAGS.length} elements = ${counts.renders} renders, seed ${SEED}`);
  });
  beforeEach(async () => {
    stage = await makeStage();
    errors.take();
  });

  it('covers every element', () => {
    expect([...stage.els.keys()]).to.deep.equal([...ELEMENT_TAGS]);
  });

  for (const [name, runs] of [
    ['tiny plan', RUNS.tiny],
    ['CODI plan', RUNS.codi],
    ['illustrative CODI plan', RUNS.illustrative],
  ] as const) {
    it(`${name}: ${runs} mutated plans (odd labels, numbers, references, types, cycles) never break an element`, async () => {
      const base = name === 'tiny plan' ? (tinyPlan() as Json) : name === 'CODI plan' ? codi : illustrative;
      const index = indexPaths(base);
      const start = performance.now();
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), viewArb, async (edits, fix, v) => {
          const { plan, said } = mutate(base, index, edits);
          if (fix) {
            repair(plan);
            said.push('totals repaired');
          }
          const result = await showEverywhere(stage, plan, v, true);
          counts.cases++;
          counts.renders += ELEMENT_TAGS.length;
          if (result.valid) valid++;
          counts[result.valid ? 'valid' : 'invalid']++;
          if (result.problems.length) fail(`${name}: a mutated plan broke an element`, said, v, result.problems);
        }),
        { seed: SEED, numRuns: runs, endOnFailure: true, includeErrorInReport: true },
      );
      console.log(`fuzz-elements: ${name}: ${runs} mutated plans, ${valid} still valid (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      // Both branches are exercised: plans the elements draw, and plans they reject.
      expect(valid).to.be.greaterThan(runs / 10);
      expect(runs - valid).to.be.greaterThan(runs / 10);
    });
  }

  it(`${RUNS.extreme} valid plans with extreme figures are drawn with the right totals`, async () => {
    const start = performance.now();
    await fc.assert(
      fc.asyncProperty(extremeSpec, viewArb, fc.nat({ max: 4 }), async (spec, v0, zeroDie) => {
        const v = { ...v0, table: false };
        const built = extremePlan(spec, zeroDie === 0);
        const check = validatePlan(built.plan);
        if (!check.ok) fail('the generator built an invalid plan', [], v, check.problems.map((p) => `${p.path}: ${p.message}`));
        // Totals are read before any interaction (Enter drills the treemap into a part).
        const { problems } = await showEverywhere(stage, built.plan, v, false, () => totalProblems(stage, built, v));
        counts.cases++;
        counts.valid++;
        counts.renders += ELEMENT_TAGS.length;
        if (problems.length) fail('a valid plan with extreme figures was drawn wrong', [JSON.stringify(spec)], v, problems);
      }),
      { seed: SEED, numRuns: RUNS.extreme, endOnFailure: true, includeErrorInReport: true },
    );
    console.log(`fuzz-elements: ${RUNS.extreme} valid plans with extreme figures (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  });
});
