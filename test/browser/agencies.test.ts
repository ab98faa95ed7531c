// A ministry and its agencies in one view: every element given two plans (CODI's and the fictional
// second agency's, joined on their national catalogue ids) in `src`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CodiAlignmentSankey } from '../../src/charts/sankey/define.js';
import type { CodiBudgetTreemap } from '../../src/charts/treemap/define.js';
import type { CodiKpiBoard, CodiKpiGauge } from '../../src/charts/gauge/define.js';
import type { CodiHouseholdMap } from '../../src/charts/map/define.js';
import type { CodiPlanGroup } from '../../src/group/define.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import type { Plan } from '../../src/schema/plan.js';
import { badValues, untilDrawn } from './helpers/dom.js';

const CODI = '/data/codi-2567.plan.json';
const CODI_SAMPLE = '/data/examples/codi-2567-illustrative.plan.json';
const SECOND = '/data/examples/sample-agency-2567.illustrative.plan.json';
const CATALOGUE = '/data/frameworks/th-national.json';
const BOTH = `${CODI} ${SECOND}`;
const SECOND_ID = 'sample-agency-2567-illustrative';

/** Text as read: Thai word joiners (kept words whole when wrapping) removed. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => plain(el.shadowRoot?.textContent);
const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

async function mount<T extends PlanElement>(tag: string, src: string, attrs: Record<string, string> = {}, width = 1100): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('catalogue-src', CATALOGUE);
  el.setAttribute('src', src);
  host.append(el);
  await untilDrawn(el, 10_000);
  return el;
}

/** A plan's whole budget, added here in integer units of 0.0001 million baht, independently of the charts. */
function budgetUnits(plan: Plan): number {
  let units = 0;
  for (const line of plan.budget?.lines ?? []) for (const v of Object.values(line.amounts ?? {})) units += Math.round(v * 10_000);
  return units;
}
const money = (units: number) => (units / 10_000).toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/** The "every column adds up to …" figure a sankey prints. */
const sankeyTotal = (el: CodiAlignmentSankey) => /ยอดรวมทุกคอลัมน์ ([\d,.]+) ล้านบาท/.exec(text(el))?.[1];
const units = (printed: string | undefined) => Math.round(Number((printed ?? 'NaN').replace(/,/g, '')) * 10_000);

describe('several agencies in one view', () => {
  it('sankey: each shared national item appears once, with flows from both agencies in their own colours', async () => {
    const el = await mount<CodiAlignmentSankey>('codi-alignment-sankey', BOTH);
    expect(el.state).to.equal('ready');
    const frameworkColumn = el.shadowRoot!.querySelector('svg [role="list"]')!;
    const ids = [...frameworkColumn.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'));
    expect(new Set(ids).size).to.equal(ids.length);
    // National strategies 4 and 6 are linked from both plans.
    for (const shared of ['th-ns-4', 'th-ns-6']) {
      expect(ids.filter((id) => id === shared)).to.have.length(1);
      const targets = [...el.shadowRoot!.querySelectorAll<SVGPathElement>(`[data-link^="${shared}→"]`)].map((p) => p.getAttribute('data-link')!.split('→')[1]!.split('|')[0]);
      expect(new Set(targets)).to.deep.equal(new Set(['codi-2567', SECOND_ID]), shared);
    }
    const strategy4 = [...frameworkColumn.querySelectorAll('text')].filter((t) => t.textContent?.includes('ยุทธศาสตร์ชาติด้านการสร้างโอกาสและความเสมอภาคทางสังคม'));
    expect(strategy4).to.have.length(1);
    // The agencies are the first plan column, and each agency's flows have one colour, different from the other's.
    const colour = (agency: string) => new Set([...el.shadowRoot!.querySelectorAll<SVGPathElement>(`[data-link*="→${agency}"]`)].map((p) => getComputedStyle(p).fill));
    const codi = colour('codi-2567');
    const second = colour(SECOND_ID);
    expect(codi.size).to.equal(1);
    expect(second.size).to.equal(1);
    expect([...codi][0]).to.not.equal([...second][0]);
    expect(badValues(el)).to.deep.equal([]);
  });

  it("sankey: each agency's flows are those of its own plan's chart, and the total is their exact sum", async () => {
    const both = await mount<CodiAlignmentSankey>('codi-alignment-sankey', BOTH);
    const codi = await mount<CodiAlignmentSankey>('codi-alignment-sankey', CODI);
    const second = await mount<CodiAlignmentSankey>('codi-alignment-sankey', SECOND);
    expect(units(sankeyTotal(both))).to.equal(units(sankeyTotal(codi)) + units(sankeyTotal(second)));
    const agencyValue = (id: string) => /([\d,]+\.\d+) ล้านบาท/.exec(both.shadowRoot!.querySelector(`[data-node="${id}"]`)?.getAttribute('aria-label') ?? '')?.[1];
    expect(units(agencyValue('codi-2567'))).to.equal(units(sankeyTotal(codi)));
    expect(units(agencyValue(SECOND_ID))).to.equal(units(sankeyTotal(second)));
  });

  it("treemap: the agencies are the top cells, each its plan's total, and the whole is their sum", async () => {
    const [codiPlan, secondPlan] = await Promise.all([json<Plan>(CODI), json<Plan>(SECOND)]);
    const el = await mount<CodiBudgetTreemap>('codi-budget-treemap', BOTH, {}, 900);
    const tops = [...el.shadowRoot!.querySelectorAll('.cell.d1')];
    expect(tops).to.have.length(2);
    expect(tops.map((c) => c.textContent)).to.satisfy((t: string[]) => t.some((x) => x.includes('พอช.')) && t.some((x) => x.includes('กรมตัวอย่าง')));
    el.table = true;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim() ?? ''));
    const amount = (name: string) => rows.find((r) => r[0]!.includes(name))?.[1];
    expect(amount('สถาบันพัฒนาองค์กรชุมชน')).to.equal(money(budgetUnits(codiPlan)));
    expect(amount('กรมตัวอย่าง')).to.equal(money(budgetUnits(secondPlan)));
    const footer = [...el.shadowRoot!.querySelectorAll('tfoot tr > *')].map((c) => c.textContent?.trim());
    expect(footer[1]).to.equal(money(budgetUnits(codiPlan) + budgetUnits(secondPlan)));
  });

  it('treemap: colours by agency by default, and drilling into an agency shows its plan alone', async () => {
    const secondPlan = await json<Plan>(SECOND);
    const el = await mount<CodiBudgetTreemap>('codi-budget-treemap', BOTH, {}, 900);
    const pressed = el.shadowRoot!.querySelector('[part~="color-modes"] [aria-pressed="true"]');
    expect(pressed?.textContent?.trim()).to.equal('หน่วยงาน');
    const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell.d1')].map((c) => getComputedStyle(c).backgroundColor);
    expect(fills[0]).to.not.equal(fills[1]);
    const second = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell.d1')].find((c) => c.textContent?.includes('กรมตัวอย่าง'))!;
    second.click();
    await el.updateComplete;
    expect(el.path).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="total"]')?.textContent).to.contain(money(budgetUnits(secondPlan)));
    expect(el.shadowRoot!.querySelector('[part~="breadcrumb"]')?.textContent).to.contain('กรมตัวอย่าง');
  });

  it('KPI board: groups the indicators by agency, in the plans’ order, each group with all its agency’s KPIs', async () => {
    const [codiPlan, secondPlan] = await Promise.all([json<Plan>(CODI), json<Plan>(SECOND)]);
    const el = await mount<CodiKpiBoard>('codi-kpi-board', BOTH);
    const groups = [...el.shadowRoot!.querySelectorAll('section')];
    expect(groups.map((g) => g.querySelector('[part~="group-title"]')?.textContent?.trim())).to.deep.equal(['พอช.', 'กรมตัวอย่าง']);
    const cards = (g: Element) => [...g.querySelectorAll('[part~="card"]')].map((c) => plain(c.querySelector('.kpi-label')?.textContent));
    expect(cards(groups[0]!)).to.have.length(codiPlan.kpis!.length);
    expect(cards(groups[1]!)).to.deep.equal(secondPlan.kpis!.map((k) => k.label.th));
    // A group is a list named by its agency, for screen readers.
    expect(groups[1]!.querySelector('[role="list"]')?.getAttribute('aria-label')).to.contain('กรมตัวอย่าง');
  });

  it('KPI gauge: a prefixed KPI id shows that agency’s indicator and says whose it is', async () => {
    const el = await mount<CodiKpiGauge>('codi-kpi-gauge', BOTH, { kpi: `${SECOND_ID}:ex-kpi-1-4` }, 420);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('กรมตัวอย่าง: สัดส่วนเงินทุนตั้งต้นอาชีพที่ค้างชำระเกิน 3 เดือน');
    const badge = () => el.shadowRoot!.querySelector('[part~="illustrative"]');
    const subtitle = () => plain(el.shadowRoot!.querySelector('.subtitle')?.textContent);
    const footer = () => el.shadowRoot!.querySelector('[part~="footer"]');
    expect(badge()).to.exist;
    // The fictional agency's indicator: named as its alone, and CODI's source document is not cited under it.
    expect(subtitle()).to.match(/^กรมตัวอย่าง · /);
    expect(footer()).to.equal(null);
    // CODI's own indicator, from the same two plans, is CODI's figure: not marked as sample data.
    el.kpi = 'codi-2567:kpi-4-4';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('พอช.: ');
    expect(badge()).to.equal(null);
    expect(subtitle()).to.match(/^พอช\. · /);
    expect(plain(footer()?.textContent)).to.match(/^ที่มา: พอช\.: แผนปฏิบัติการ/);
    el.kpi = 'ex-kpi-1-4';
    await el.updateComplete;
    expect(el.state).to.equal('empty');
  });

  it('household map: draws only the CODI households and says the other agency has none', async () => {
    const codiPlan = await json<Plan>(CODI);
    const el = await mount<CodiHouseholdMap>('codi-household-map', BOTH, {}, 900);
    expect(el.state).to.equal('ready');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="national"] .bar-row:not(.total)')];
    expect(rows).to.have.length(codiPlan.households!.projects.length);
    expect(text(el)).to.contain('53,870 ครัวเรือน');
    expect(el.shadowRoot!.querySelector('[part~="agencies-note"]')?.textContent).to.contain('กรมตัวอย่าง');
    expect(el.shadowRoot!.querySelector('[part~="agencies-note"]')?.textContent).to.not.contain('พอช.');
    // Only CODI's figures are drawn: the second plan's "illustrative" note does not apply here.
    expect(el.shadowRoot!.querySelector('[part~="illustrative"]')).to.equal(null);
  });

  it('household map: with a regional split, the tiles hold CODI’s households only, and the table says who has none', async () => {
    const el = await mount<CodiHouseholdMap>('codi-household-map', `${CODI_SAMPLE} ${SECOND}`, {}, 900);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="map"]')).to.exist;
    expect(text(el)).to.contain('53,870');
    el.table = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('caption')?.textContent).to.contain('กรมตัวอย่าง');
  });

  it('household map: the second agency alone has no household targets, and says so', async () => {
    const el = await mount<CodiHouseholdMap>('codi-household-map', SECOND);
    expect(el.state).to.equal('empty');
  });

  it('plans of different fiscal years are refused with a located problem, never added up', async () => {
    const codiPlan = await json<Plan>(CODI);
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('codi-budget-treemap') as CodiBudgetTreemap;
    el.plan = [codiPlan, { ...structuredClone(codiPlan), id: 'codi-2568', fiscalYear: 2568 }];
    host.append(el);
    await untilDrawn(el);
    expect(el.state).to.equal('error');
    expect(el.error?.problems?.some((p) => p.path.includes('fiscalYear'))).to.equal(true);
  });

  it('a group links them: selecting the second agency’s program in the sankey narrows the board to that agency’s strategy', async () => {
    const group = await fixture<CodiPlanGroup>(html`<codi-plan-group src=${BOTH} catalogue-src=${CATALOGUE}>
      <div style="width: 1100px"><codi-alignment-sankey depth="3"></codi-alignment-sankey></div>
      <div style="width: 1100px"><codi-kpi-board></codi-kpi-board></div>
    </codi-plan-group>`);
    const sankey = group.querySelector<CodiAlignmentSankey>('codi-alignment-sankey')!;
    const board = group.querySelector<CodiKpiBoard>('codi-kpi-board')!;
    await untilDrawn(sankey, 10_000);
    await untilDrawn(board, 10_000);
    const program = sankey.shadowRoot!.querySelector<SVGGElement>(`[data-node="${SECOND_ID}:ex-program-1-1"]`)!;
    program.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await group.updateComplete;
    await board.updateComplete;
    const labels = [...board.shadowRoot!.querySelectorAll('[part~="card"] .kpi-label')].map((l) => plain(l.textContent));
    expect(labels).to.have.length(4);
    expect(labels[0]).to.equal('ร้อยละของครัวเรือนเปราะบางในฐานข้อมูลที่ได้รับความช่วยเหลือตามเกณฑ์');
  });
});
