import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/charts/gauge/define.js';
import type { CodiKpiGauge, CodiKpiBoard } from '../../src/charts/gauge/define.js';
import type { MarkDetail } from '../../src/core/events.js';
import { tinyPlan, clone } from '../fixtures/plans.js';
import { badValues, jsonUrl, untilDrawn } from './helpers/dom.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<codi-kpi-gauge>', () => {
  it('shows a KPI target against its reported result, in Thai by default', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1" style="width: 320px"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    const t = text(el);
    expect(t).to.contain('ครัวเรือนมีที่อยู่อาศัย');
    expect(t).to.contain('เป้าหมาย 100 ครัวเรือน');
    expect(t).to.contain('80 ครัวเรือน');
    expect(t).to.contain('ยังไม่บรรลุเป้าหมาย');
    expect(el.shadowRoot!.querySelector('svg .value')).to.exist;
    expect(badValues(el)).to.deep.equal([]);
  });

  it('says the result is illustrative when the plan says so', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    const badge = el.shadowRoot!.querySelector('[part~="illustrative"]');
    expect(badge?.textContent).to.contain('ตัวอย่าง');
  });

  it('reads lower-is-better KPIs the right way round', async () => {
    const plan = clone(tinyPlan());
    plan.results = [{ kpi: 'k2', value: 7.5, asOf: '2024-06-30' }];
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k2" lang="en"></codi-kpi-gauge>`);
    el.plan = plan;
    await untilDrawn(el);
    const t = text(el);
    expect(t).to.contain('lower is better');
    expect(t).to.contain('Target met');
    expect(t).to.contain('7.5%');
    plan.results = [{ kpi: 'k2', value: 12, asOf: '2024-06-30' }];
    el.plan = clone(plan);
    await untilDrawn(el);
    expect(text(el)).to.contain('Target not met');
  });

  it('shows a clear state when no result is reported', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k2"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(text(el)).to.contain('ยังไม่มีผลรายงาน');
    expect(el.shadowRoot!.querySelector('svg .value')).to.not.exist;
    expect(badValues(el)).to.deep.equal([]);
  });

  it('switches language and formats Thai digits on request', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.contain('Target 100 households');
    el.lang = 'th';
    el.thaiDigits = true;
    await el.updateComplete;
    expect(text(el)).to.contain('๑๐๐ ครัวเรือน');
  });

  it('loads from src', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k2" src=${jsonUrl(tinyPlan())}></codi-kpi-gauge>`);
    await untilDrawn(el);
    expect(el.state).to.equal('ready');
    expect(text(el)).to.contain('NPL');
  });

  it('is reachable by keyboard and emits a selection on Enter and Space', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    const mark = el.shadowRoot!.querySelector<HTMLElement>('.mark')!;
    expect(mark.tabIndex).to.equal(0);
    expect(mark.getAttribute('aria-label')).to.contain('เป้าหมาย 100 ครัวเรือน');
    const hovered = oneEvent(el, 'codi-hover');
    mark.focus();
    expect(((await hovered) as CustomEvent<MarkDetail>).detail.id).to.equal('k1');
    for (const key of ['Enter', ' ']) {
      const selected = oneEvent(el, 'codi-select');
      mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      const e = (await selected) as CustomEvent<MarkDetail>;
      expect(e.detail).to.include({ kind: 'kpi', id: 'k1', planId: 'tiny', itemId: 'i1' });
      expect(e.bubbles && e.composed).to.equal(true);
    }
  });

  it('shows the empty state with a reason for an unknown KPI or a plan without KPIs', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="nope"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('"nope"');
    const plan = clone(tinyPlan());
    delete plan.kpis;
    delete plan.results;
    delete plan.discrepancies;
    el.plan = plan;
    await untilDrawn(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('แผนนี้ไม่มีตัวชี้วัด');
  });

  it('shows the data as a table on request', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1"></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(1);
    expect(rows[0]!.textContent).to.contain('80 ครัวเรือน');
  });
});

describe('<codi-kpi-board>', () => {
  it('shows every KPI of a development issue, and moves focus with the arrow keys', async () => {
    const el = await fixture<CodiKpiBoard>(html`<codi-kpi-board issue="i1" style="width: 800px"></codi-kpi-board>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    const cards = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]');
    expect(cards.length).to.equal(2);
    expect([...cards].map((c) => c.tabIndex)).to.deep.equal([0, -1]);
    cards[0]!.focus();
    cards[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('[part~="card"]')[1]);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('says when an issue has no KPIs', async () => {
    const el = await fixture<CodiKpiBoard>(html`<codi-kpi-board issue="p2"></codi-kpi-board>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('แผนงานที่ 2');
  });

  it('marks the highlighted KPI', async () => {
    const el = await fixture<CodiKpiBoard>(html`<codi-kpi-board highlight="k2"></codi-kpi-board>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(el.shadowRoot!.querySelectorAll('.card.highlighted').length).to.equal(1);
  });
});
