// Numbers at the edges, element by element: zero budgets, an all-zero plan, one item, money from
// 0.0001 to 10^7 million baht, KPI results above the target and below zero, household targets of 0.
// Each is drawn sensibly or explained (the empty state says why), never silently wrong: the totals
// shown equal the plan's figures, formatted, and no mark has a negative or NaN size.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import type { BudgetLine, Plan } from '../../src/schema/plan.js';
import { validatePlan } from '../../src/schema/validate.js';
import { fromUnits, sumMoney, toUnits } from '../../src/schema/money.js';
import { tinyPlan, clone } from '../fixtures/plans.js';
import { badValues, untilDrawn } from './helpers/dom.js';
import { badSizes, textOf } from './helpers/checks.js';

type Tag = (typeof ELEMENT_TAGS)[number];

/** The tiny plan with its budget replaced by `amounts` (one line per program under one total, every stated figure summed exactly). */
function withBudget(amounts: Record<string, Record<string, number>>, base: Plan = tinyPlan()): Plan {
  const plan = clone(base);
  const sources = plan.fundingSources!.map((s) => s.id);
  const bySource = Object.fromEntries(sources.map((s) => [s, sumMoney(Object.values(amounts).map((a) => a[s] ?? 0))]));
  const total = fromUnits(Object.values(bySource).reduce((a, v) => a + toUnits(v), 0));
  const lines: BudgetLine[] = [{ id: 'b-total', label: { th: 'รวม', en: 'Total' }, stated: { total, bySource } }];
  for (const [item, a] of Object.entries(amounts)) lines.push({ id: `b-${item}`, parent: 'b-total', item, amounts: a });
  plan.budget = { lines };
  return plan;
}

/** An element of `tag`, `width` px wide, showing `plan`, checked for bad values and sizes. */
async function draw<T extends PlanElement = PlanElement>(tag: Tag, plan: Plan, attrs: Record<string, string> = {}, width = 720): Promise<T> {
  expect(validatePlan(plan).problems, 'the test plan is valid').to.deep.equal([]);
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as unknown as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box.append(el);
  el.plan = plan;
  await untilDrawn(el);
  expect(badValues(el), `<${tag}> bad values`).to.deep.equal([]);
  expect(badSizes(el), `<${tag}> bad sizes`).to.deep.equal([]);
  return el;
}

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const treemapTotal = (el: Element) => shadow(el).querySelector('[part~="total"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.cell.d1')];
const emptyReason = (el: Element) => shadow(el).querySelector('[part~="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('numbers at the edges', () => {
  describe('zero budgets', () => {
    const zero = () => withBudget({ p1: { state: 0, own: 0 }, p2: { state: 0 } });

    it('the treemap explains a zero budget instead of drawing an empty box', async () => {
      const el = await draw('codi-budget-treemap', zero());
      expect(el.state).to.equal('empty');
      expect(emptyReason(el)).to.contain('เป็นศูนย์');
      expect(cells(el)).to.have.length(0);
    });

    it('the sankey falls back to counting items, and says so', async () => {
      const el = await draw('codi-alignment-sankey', zero());
      expect(el.state).to.equal('ready');
      expect(textOf(el)).to.contain('แสดงตามจำนวนรายการ เพราะระดับ');
    });

    it('a zero line among others is kept with its 0, in the table too', async () => {
      const el = await draw('codi-budget-treemap', withBudget({ p1: { state: 2 }, p2: { state: 0 } }), { table: '' });
      expect(treemapTotal(el)).to.equal('');
      const rows = [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
      expect(rows.join(' | ')).to.contain('0.0000');
      expect(shadow(el).querySelector('tfoot')?.textContent?.replace(/\s+/g, ' ')).to.contain('2.0000');
    });
  });

  describe('an all-zero plan', () => {
    function allZero(): Plan {
      const plan = withBudget({ p1: { state: 0, own: 0 }, p2: { state: 0 } });
      plan.kpis = [{ id: 'k1', item: 'i1', label: { th: 'ตัวชี้วัดศูนย์' }, target: { value: 0, unit: 'household' }, direction: 'higher' }];
      plan.results = [{ kpi: 'k1', value: 0, asOf: '2024-03-31' }];
      plan.items![1]!.targets = [{ value: 0, unit: 'household' }];
      plan.households = { projects: [{ id: 'hh-a', label: { th: 'บ้านมั่นคง' }, target: 0 }, { id: 'hh-b', label: { th: 'บ้านพอเพียง' }, target: 0 }], total: 0 };
      return plan;
    }

    for (const tag of ELEMENT_TAGS) {
      it(`<${tag}> draws it or says why not`, async () => {
        const el = await draw(tag, allZero());
        expect(['ready', 'empty']).to.include(el.state);
        if (el.state === 'empty') expect(emptyReason(el)).to.match(/\S/);
      });
    }

    it('the map draws no bar for a target of 0, and says 0 households', async () => {
      const el = await draw('codi-household-map', allZero());
      expect(shadow(el).querySelectorAll('.bar')).to.have.length(0);
      expect(textOf(el)).to.contain('รวมทั้งประเทศ');
      expect(textOf(el)).to.contain('0 ครัวเรือน · ร้อยละ 0.0');
    });

    it('the gauge reads a target of 0 met by a result of 0', async () => {
      const el = await draw('codi-kpi-gauge', allZero());
      expect(shadow(el).querySelector('.value-text')?.textContent?.trim()).to.equal('0');
      expect(textOf(el)).to.contain('เป้าหมาย 0 ครัวเรือน');
      expect(textOf(el)).to.contain('บรรลุเป้าหมาย');
    });
  });

  describe('one item', () => {
    function one(): Plan {
      const plan = clone(tinyPlan());
      plan.items = [{ id: 'i1', level: 'issue', code: '1', label: { th: 'ประเด็นเดียว' } }];
      plan.links = [{ from: 'i1', to: 'ns-4' }];
      plan.kpis = [plan.kpis![0]!];
      plan.discrepancies = [];
      plan.budget = { lines: [{ id: 'b-only', item: 'i1', amounts: { state: 12.3456 }, stated: { total: 12.3456 } }] };
      plan.households = { projects: [{ id: 'hh-a', label: { th: 'บ้านมั่นคง' }, target: 70 }], total: 70 };
      return plan;
    }

    it('the treemap draws a budget of one line as one cell with its total', async () => {
      const el = await draw('codi-budget-treemap', one());
      expect(el.state).to.equal('ready');
      expect(treemapTotal(el)).to.contain('12.3456 ล้านบาท');
      expect(cells(el)).to.have.length(1);
      expect(cells(el)[0]!.getBoundingClientRect().width).to.be.greaterThan(100);
      // The table lists exactly what is drawn: the one line.
      el.table = true;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(1);
      expect(shadow(el).querySelector('tbody')?.textContent).to.contain('12.3456');
    });

    it('the sankey draws one flow with the whole amount', async () => {
      const el = await draw('codi-alignment-sankey', one(), { depth: '1' });
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelectorAll('path.link')).to.have.length(1);
      expect(textOf(el)).to.contain('ยอดรวมทุกคอลัมน์ 12.3456 ล้านบาท');
    });

    it('the map and the board show their one mark', async () => {
      const map = await draw('codi-household-map', one());
      expect(textOf(map)).to.contain('70 ครัวเรือน · ร้อยละ 100.0');
      const board = await draw('codi-kpi-board', one());
      expect(shadow(board).querySelectorAll('[part~="card"]')).to.have.length(1);
    });
  });

  describe('money from 0.0001 to 10^7 million baht', () => {
    const wide = () => withBudget({ p1: { state: 10_000_000, own: 0.0001 }, p2: { state: 0.0001 } });

    it('the treemap total is the exact sum, to the last 0.0001', async () => {
      const el = await draw('codi-budget-treemap', wide(), {}, 900);
      expect(treemapTotal(el)).to.contain('10,000,000.0002 ล้านบาท');
      // The 0.0001 cell is there (however thin) and its value is reachable.
      const tiny = cells(el).find((c) => c.dataset.key === 'b-p2');
      expect(tiny, 'the 0.0001 cell').to.exist;
      expect(tiny!.textContent).to.contain('0.0001 ล้านบาท');
    });

    it('the treemap table lists 0.0001 and 10,000,000.0001 and their total', async () => {
      const el = await draw('codi-budget-treemap', wide(), { table: '' });
      const t = textOf(el);
      expect(t).to.contain('10,000,000.0001');
      expect(t).to.contain('0.0001');
      expect(shadow(el).querySelector('tfoot')?.textContent).to.contain('10,000,000.0002');
    });

    it('the sankey total is the exact sum', async () => {
      const el = await draw('codi-alignment-sankey', wide());
      expect(textOf(el)).to.contain('ยอดรวมทุกคอลัมน์ 10,000,000.0002 ล้านบาท');
    });

    it('a national budget with 4 decimals (2,267,058.0484 million baht) is valid and shown exactly', async () => {
      // Regression: the 4-decimal check rejected ~11 % of figures above 2^20 (float error of x × 10,000).
      const el = await draw('codi-budget-treemap', withBudget({ p1: { state: 2_267_058.0484 }, p2: { state: 586_026.4858, own: 1_048_580.9273 } }));
      expect(treemapTotal(el)).to.contain('3,901,665.4615 ล้านบาท');
    });

    it('a KPI in million baht shows 0.0001, not 0', async () => {
      const plan = clone(tinyPlan());
      plan.kpis = [{ id: 'k1', label: { th: 'งบลงทุนขั้นต่ำ' }, target: { value: 0.0001, unit: 'million-baht' }, direction: 'higher' }];
      plan.results = [{ kpi: 'k1', value: 0.0001, asOf: '2024-03-31' }];
      const el = await draw('codi-kpi-gauge', plan);
      expect(textOf(el)).to.contain('เป้าหมาย 0.0001 ล้านบาท');
      expect(shadow(el).querySelector('.value-text')?.textContent?.trim()).to.equal('0.0001');
    });
  });

  describe('KPI results beyond the target', () => {
    function result(value: number, target = 100, direction: 'higher' | 'lower' = 'higher'): Plan {
      const plan = clone(tinyPlan());
      plan.kpis = [{ id: 'k1', label: { th: 'ตัวชี้วัด' }, target: { value: target, unit: 'household' }, direction }];
      plan.results = [{ kpi: 'k1', value, asOf: '2024-03-31' }];
      return plan;
    }
    const scale = (el: Element) => [...shadow(el).querySelectorAll('.gauge .scale')].map((s) => s.textContent?.trim());

    it('a result above the target stretches the scale to hold it, and the target is met', async () => {
      const el = await draw('codi-kpi-gauge', result(250));
      expect(shadow(el).querySelector('.value-text')?.textContent?.trim()).to.equal('250');
      expect(scale(el)).to.deep.equal(['0', '250']);
      expect(textOf(el)).to.contain('บรรลุเป้าหมาย');
      expect(shadow(el).querySelector('.gauge .value')?.getAttribute('d')).to.match(/^M/);
    });

    it('a result below zero extends the scale below zero and is not met', async () => {
      const el = await draw('codi-kpi-gauge', result(-20));
      expect(shadow(el).querySelector('.value-text')?.textContent?.trim()).to.equal('-20');
      // The scale starts at a round number at or below the result.
      expect(Number(scale(el)[0]?.replace(/,/g, ''))).to.be.at.most(-20);
      expect(textOf(el)).to.contain('ยังไม่บรรลุเป้าหมาย');
      expect(shadow(el).querySelector('.gauge .value')?.getAttribute('d')).to.match(/^M/);
    });

    it('lower-is-better: a negative result meets the target', async () => {
      const el = await draw('codi-kpi-gauge', result(-3, 10, 'lower'), { lang: 'en' });
      expect(textOf(el)).to.contain('Target met');
    });

    it('the board says it for every card', async () => {
      const plan = result(250);
      plan.kpis!.push({ id: 'k2', label: { th: 'ติดลบ' }, target: { value: 5, unit: 'percent' }, direction: 'higher' });
      plan.results!.push({ kpi: 'k2', value: -1.5, asOf: '2024-03-31' });
      const el = await draw('codi-kpi-board', plan);
      expect(shadow(el).querySelectorAll('[part~="card"]')).to.have.length(2);
      const labels = [...shadow(el).querySelectorAll('[part~="card"]')].map((c) => c.getAttribute('aria-label'));
      expect(labels[1]).to.contain('ผลการดำเนินงาน ร้อยละ -1.5');
      expect(labels[0]).to.contain('ผลการดำเนินงาน 250 ครัวเรือน');
    });

    it('absurdly large targets and results still give a finite scale (regression: NaN in the target tick)', async () => {
      const el = await draw('codi-kpi-gauge', result(-1.7976931348623157e308, 1.7976931348623157e308));
      const tick = shadow(el).querySelector('.gauge line.target')!;
      for (const a of ['x1', 'y1', 'x2', 'y2']) expect(Number.isFinite(Number(tick.getAttribute(a))), a).to.equal(true);
      expect(textOf(el)).to.contain('ยังไม่บรรลุเป้าหมาย');
    });
  });

  describe('household targets of 0', () => {
    it('a project with a target of 0 is listed with 0 and no bar', async () => {
      const plan = clone(tinyPlan());
      plan.households = { projects: [{ id: 'hh-a', label: { th: 'บ้านมั่นคง' }, target: 100 }, { id: 'hh-b', label: { th: 'ยังไม่มีเป้า' }, target: 0 }], total: 100 };
      const el = await draw('codi-household-map', plan);
      const rows = [...shadow(el).querySelectorAll('.bar-row')];
      expect(rows).to.have.length(3);
      // (Element checks compare outerHTML: chai's inspection of a failing Lit-rendered element hangs the page.)
      expect(rows[1]!.querySelector('.bar')?.outerHTML ?? null).to.equal(null);
      expect(rows[1]!.textContent).to.contain('0 ครัวเรือน · ร้อยละ 0.0');
      expect(rows[2]!.textContent).to.contain('100 ครัวเรือน · ร้อยละ 100.0');
    });

    it('regions with a target of 0 get the zero class, not "no data"', async () => {
      const plan = clone(tinyPlan());
      plan.households = {
        projects: [{ id: 'hh-a', label: { th: 'บ้านมั่นคง' }, target: 30 }],
        total: 30,
        breakdown: { level: 'region', values: [{ project: 'hh-a', area: 'r-central', value: 30 }, { project: 'hh-a', area: 'r-north', value: 0 }] },
      };
      const el = await draw('codi-household-map', plan, { view: 'region' });
      const north = [...shadow(el).querySelectorAll('.region.mark')].find((m) => m.getAttribute('aria-label')?.startsWith('ภาคเหนือ'));
      expect(north?.getAttribute('aria-label')).to.contain('0 ครัวเรือน');
      expect(north?.getAttribute('class')).to.not.contain('no-data');
      expect(textOf(el)).to.contain('รวมทั้งประเทศ 30 ครัวเรือน');
    });
  });
});
