import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CodiPlanGroup } from '../../src/group/define.js';
import type { CodiKpiBoard, CodiKpiGauge } from '../../src/charts/gauge/define.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { tinyPlan } from '../fixtures/plans.js';
import { jsonUrl, untilDrawn } from './helpers/dom.js';

describe('<codi-plan-group>', () => {
  it('gives its plan to every element inside, and shares a selection as highlight', async () => {
    const plan = tinyPlan();
    plan.items!.push({ id: 'i2', level: 'issue', label: { th: 'ประเด็นที่ 2' } }, { id: 'p3', level: 'program', parent: 'i2', label: { th: 'แผนงานที่ 3' } });
    plan.kpis!.push({ id: 'k3', item: 'i2', label: { th: 'ตัวชี้วัดประเด็น 2' }, target: { value: 5, unit: 'set' }, direction: 'higher' });
    const group = await fixture<CodiPlanGroup>(html`<codi-plan-group src=${jsonUrl(plan)}>
      <codi-kpi-gauge kpi="k3"></codi-kpi-gauge>
      <section><codi-kpi-board></codi-kpi-board></section>
    </codi-plan-group>`);
    const gauge = group.querySelector<CodiKpiGauge>('codi-kpi-gauge')!;
    const board = group.querySelector<CodiKpiBoard>('codi-kpi-board')!;
    await untilDrawn(gauge);
    await untilDrawn(board);
    expect(board.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(3);

    // Selecting the gauge's KPI selects its issue (i2): the board filters to it.
    gauge.shadowRoot!.querySelector<HTMLElement>('.mark')!.click();
    await group.updateComplete;
    expect(group.selected).to.equal('i2');
    expect(board.highlight).to.equal('i2');
    await board.updateComplete;
    expect(board.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(1);

    // Escape clears it.
    board.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await group.updateComplete;
    expect(group.selected).to.equal(undefined);
    expect(board.highlight).to.equal(undefined);
  });

  it('leaves an element that has its own src alone', async () => {
    const other = jsonUrl({ ...tinyPlan(), id: 'other' });
    const group = await fixture<CodiPlanGroup>(html`<codi-plan-group src=${jsonUrl(tinyPlan())}>
      <codi-kpi-gauge src=${other}></codi-kpi-gauge>
    </codi-plan-group>`);
    const gauge = group.querySelector<CodiKpiGauge>('codi-kpi-gauge')!;
    await untilDrawn(gauge);
    expect(gauge.validatedPlan?.id).to.equal('other');
  });
});

describe('<codi-plan-group> with every chart on the CODI plan', () => {
  it('a program selected in the sankey is highlighted in the treemap, narrows the map to its projects and filters the board', async function () {
    this.timeout(20_000);
    const group = await fixture<CodiPlanGroup>(html`<codi-plan-group src="/data/codi-2567.plan.json" style="display:block; width: 1000px">
      <codi-alignment-sankey></codi-alignment-sankey>
      <codi-budget-treemap></codi-budget-treemap>
      <codi-household-map></codi-household-map>
      <codi-kpi-board></codi-kpi-board>
    </codi-plan-group>`);
    const [sankey, treemap, map, board] = ['codi-alignment-sankey', 'codi-budget-treemap', 'codi-household-map', 'codi-kpi-board'].map((t) => group.querySelector(t) as unknown as PlanElement);
    for (const el of [sankey, treemap, map, board]) await untilDrawn(el!);
    const cards = () => board!.shadowRoot!.querySelectorAll('[part~="card"]').length;
    expect(cards()).to.equal(29);
    // The sankey emits the shared selection for program 3 (housing, under issue 1).
    sankey!.dispatchEvent(new CustomEvent('codi-select', { detail: { planId: 'codi-2567', kind: 'item', id: 'program-3', itemId: 'program-3', label: '3' }, bubbles: true, composed: true }));
    await group.updateComplete;
    for (const el of [sankey, treemap, map, board]) {
      expect(el!.highlight).to.equal('program-3');
      await el!.updateComplete;
    }
    expect(cards()).to.equal(14); // issue 1's KPIs
    // Program 3's five housing projects are all of the plan's: the map keeps the national total.
    expect(map!.shadowRoot!.textContent).to.contain('53,870');
    // A single project narrows the map to it (its title names it).
    sankey!.dispatchEvent(new CustomEvent('codi-select', { detail: { planId: 'codi-2567', kind: 'item', id: 'act-3-1-1', itemId: 'act-3-1-1', label: '3.1(1)' }, bubbles: true, composed: true }));
    await group.updateComplete;
    await map!.updateComplete;
    expect(map!.shadowRoot!.querySelector('.title')!.textContent).to.contain('บ้านมั่นคง');
  });
});
