import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/charts/treemap/define.js';
import type { CodiBudgetTreemap, DrillDetail } from '../../src/charts/treemap/define.js';
import type { MarkDetail } from '../../src/core/events.js';
import type { BudgetLine } from '../../src/schema/plan.js';
import { tinyPlan, clone } from '../fixtures/plans.js';
import { badValues, jsonUrl, stubFetch, untilDrawn, untilState } from './helpers/dom.js';

const CODI = '/data/codi-2567.plan.json';
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const total = (el: CodiBudgetTreemap) => el.shadowRoot!.querySelector('[part~="total"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const cell = (el: CodiBudgetTreemap, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`.cell[data-key="${key}"]`);
const tops = (el: CodiBudgetTreemap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell.d1')];
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

async function codi(attrs: { path?: string; lang?: string; colorBy?: string } = {}): Promise<CodiBudgetTreemap> {
  const el = await fixture<CodiBudgetTreemap>(
    html`<codi-budget-treemap src=${CODI} path=${attrs.path ?? ''} lang=${attrs.lang ?? 'th'} color-by=${attrs.colorBy ?? 'source'} style="width: 900px"></codi-budget-treemap>`,
  );
  await untilDrawn(el);
  return el;
}

describe('<codi-budget-treemap>', () => {
  it('draws the whole CODI budget from src, with the source grand total in the header', async () => {
    const el = await codi();
    expect(el.state).to.equal('ready');
    expect(total(el)).to.contain('6,088.9497 ล้านบาท');
    expect(cell(el, 'budget-action-plan')).to.exist;
    expect(cell(el, 'budget-recurring-reserve')).to.exist;
    // Two levels at once: the development issues are drawn inside the action plan.
    expect(cell(el, 'budget-action-plan')!.querySelector('[data-key="budget-issue-1"]')).to.exist;
    expect(badValues(el)).to.deep.equal([]);
  });

  it('draws from the plan property, and says when a plan has no budget', async () => {
    const el = await fixture<CodiBudgetTreemap>(html`<codi-budget-treemap style="width: 500px"></codi-budget-treemap>`);
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(total(el)).to.contain('3.5000 ล้านบาท');
    expect(tops(el).map((c) => c.dataset.key)).to.have.members(['b-p1', 'b-p2']);
    const plan = clone(tinyPlan());
    delete plan.budget;
    el.plan = plan;
    await untilDrawn(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('แผนนี้ไม่มีข้อมูลงบประมาณ');
  });

  it('drills into program 3 by click, goes back with the breadcrumb, and reflects the path', async () => {
    const el = await codi({ path: 'budget-issue-1' });
    const drilled = oneEvent(el, 'codi-drill');
    const selected = oneEvent(el, 'codi-select');
    cell(el, 'budget-program-3')!.click();
    expect(((await selected) as CustomEvent<MarkDetail>).detail).to.include({ kind: 'budget-line', id: 'budget-program-3', itemId: 'program-3', planId: 'codi-2567', unit: 'million-baht', value: 4340.3653 });
    expect(((await drilled) as CustomEvent<DrillDetail>).detail.path).to.equal('budget-program-3');
    await el.updateComplete;
    expect(el.getAttribute('path')).to.equal('budget-program-3');
    expect(total(el)).to.contain('4,340.3653');
    expect(tops(el).length).to.equal(6);
    expect(cell(el, 'budget-program-3~own')!.textContent).to.contain('ไม่ได้แยกรายการ. 38.5193 ล้านบาท');
    const crumbs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="breadcrumb"] button')];
    expect(crumbs.map((b) => b.textContent?.trim())).to.deep.equal(['งบประมาณทั้งหมด', 'งบประมาณตามแผนปฏิบัติการ', '1 การพัฒนาโดยใช้พื้นที่เป็นตัวตั้ง']);
    crumbs[0]!.click();
    await el.updateComplete;
    expect(el.hasAttribute('path')).to.equal(false);
    expect(total(el)).to.contain('6,088.9497');
  });

  it('drills by keyboard (Enter), moves with the arrow keys, and goes up with Escape and Backspace', async () => {
    const el = await codi({ path: 'issue-1' });
    const cells = tops(el);
    expect(cells.filter((c) => c.tabIndex === 0).length).to.equal(1);
    const first = cells.find((c) => c.tabIndex === 0)!;
    expect(first.dataset.key).to.equal('budget-program-3');
    first.focus();
    key(first, 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.not.equal('budget-program-3');
    key(el.shadowRoot!.activeElement!, 'Home');
    await el.updateComplete;
    await el.updateComplete;
    const p3 = el.shadowRoot!.activeElement as HTMLElement;
    expect(p3.dataset.key).to.equal('budget-program-3');
    key(p3, 'Enter');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.path).to.equal('budget-program-3');
    expect(total(el)).to.contain('4,340.3653');
    expect(el.shadowRoot!.activeElement?.classList.contains('d1')).to.equal(true);
    key(el.shadowRoot!.activeElement!, 'Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.path).to.equal('budget-issue-1');
    // Focus returns to the cell we came from.
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('budget-program-3');
    key(el.shadowRoot!.activeElement!, 'Backspace');
    await el.updateComplete;
    expect(el.path).to.equal('budget-action-plan');
  });

  it('selects a leaf with Space without drilling, and its detail names the line and the item', async () => {
    const el = await codi({ path: 'program-3' });
    const leaf = cell(el, 'budget-act-3-1-1')!;
    leaf.focus();
    const selected = oneEvent(el, 'codi-select');
    key(leaf, ' ');
    const detail = ((await selected) as CustomEvent<MarkDetail>).detail;
    expect(detail).to.include({ kind: 'budget-line', id: 'budget-act-3-1-1', itemId: 'act-3-1-1', value: 637.58 });
    expect(el.path).to.equal('program-3');
  });

  it('opens at the path given by attribute, by plan item id too', async () => {
    const el = await codi({ path: 'program-3' });
    expect(total(el)).to.contain('4,340.3653');
    expect(el.shadowRoot!.querySelector('[part~="breadcrumb"] [aria-current]')?.textContent).to.contain('3 การพัฒนาที่อยู่อาศัย');
    el.setAttribute('path', 'budget-issue-3');
    await el.updateComplete;
    expect(total(el)).to.contain('671.1074');
  });

  it('colours by funding source or by development issue, and the legend says which, with totals', async () => {
    const el = await codi();
    const legend = () => el.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend().getAttribute('aria-label')).to.contain('แหล่งเงิน');
    expect(legend().textContent).to.contain('5,707.8180');
    expect(legend().textContent).to.contain('381.1317');
    el.colorBy = 'issue';
    await el.updateComplete;
    expect(el.getAttribute('color-by')).to.equal('issue');
    expect(legend().getAttribute('aria-label')).to.contain('ประเด็นการพัฒนา');
    expect(legend().querySelectorAll('li').length).to.equal(5);
    expect(legend().textContent).to.contain('4,957.0178');
    expect(legend().textContent).to.contain('อื่น ๆ');
    // The toolbar buttons switch too.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="color-modes"] button')!.click();
    await el.updateComplete;
    expect(el.colorBy).to.equal('source');
  });

  it('speaks English on request', async () => {
    const el = await codi({ path: 'program-3' });
    el.lang = 'en';
    await el.updateComplete;
    expect(total(el)).to.contain('Total 4,340.3653 million baht');
    expect(cell(el, 'budget-act-3-1-1')!.textContent).to.contain('Baan Mankong');
    expect(cell(el, 'budget-program-3~own')!.textContent).to.contain('Not itemised');
    expect(el.shadowRoot!.querySelector('[part~="legend"]')!.textContent).to.contain('State budget');
  });

  it('shows a tooltip and emits codi-hover on focus', async () => {
    const el = await codi({ path: 'issue-1' });
    const p3 = cell(el, 'budget-program-3')!;
    const hovered = oneEvent(el, 'codi-hover');
    p3.focus();
    expect(((await hovered) as CustomEvent<MarkDetail>).detail.id).to.equal('budget-program-3');
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent!;
    expect(tip).to.contain('4,340.3653 ล้านบาท');
    expect(tip).to.contain('ร้อยละ 87.6');
    expect(tip).to.contain('งบประมาณแผ่นดิน 4,301.8460');
    expect(p3.textContent).to.contain('4,340.3653');
  });

  it('outlines the cell holding the highlighted item', async () => {
    const el = await codi({ path: 'issue-1' });
    el.highlight = 'program-3';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.cell.highlighted').length).to.equal(1);
    expect(cell(el, 'budget-program-3')!.classList.contains('highlighted')).to.equal(true);
    el.highlight = 'act-3-1-1'; // drawn inside program 3 at this level
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.cell.highlighted')?.getAttribute('data-key')).to.be.oneOf(['budget-act-3-1-1', 'budget-program-3']);
  });

  it('shows the drilled level as a table whose totals row equals the parent exactly', async () => {
    const el = await codi({ path: 'program-3' });
    el.table = true;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(6);
    const foot = el.shadowRoot!.querySelector('tfoot tr')!.textContent!.replace(/\s+/g, ' ');
    expect(foot).to.contain('4,340.3653');
    expect(foot).to.contain('100.0');
    expect(foot).to.contain('4,301.8460');
    expect(foot).to.contain('38.5193');
    const shares = rows.map((r) => Number(r.querySelectorAll('td')[1]!.textContent));
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 10)).to.equal(1000);
  });

  it('shows a located error for an invalid budget and a retry for a failed fetch', async () => {
    const el = await fixture<CodiBudgetTreemap>(html`<codi-budget-treemap></codi-budget-treemap>`);
    const plan = clone(tinyPlan());
    plan.budget!.lines[1]!.parent = 'ghost-line';
    el.plan = plan;
    await untilState(el, ['error']);
    expect(text(el)).to.contain('budget');
    const restore = stubFetch(async () => new Response('down', { status: 503 }));
    try {
      const el2 = await fixture<CodiBudgetTreemap>(html`<codi-budget-treemap src="/data/unreachable.json"></codi-budget-treemap>`);
      await untilState(el2, ['error']);
      expect(el2.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
    } finally {
      restore();
    }
  });

  it('renders a budget with thousands of lines with a small DOM', async () => {
    const plan = clone(tinyPlan());
    const lines: BudgetLine[] = [{ id: 'root', label: { th: 'รวม' } }, { id: 'many', parent: 'root', label: { th: 'หลายรายการ' } }];
    let units = 0;
    for (let i = 0; i < 3000; i++) {
      const u = 1 + (i % 13);
      units += u;
      lines.push({ id: `m${i}`, parent: 'many', label: { th: `รายการ ${i}` }, amounts: { state: u / 10_000 } });
    }
    plan.budget = { lines };
    const el = await fixture<CodiBudgetTreemap>(html`<codi-budget-treemap style="width: 800px"></codi-budget-treemap>`);
    el.plan = plan;
    await untilDrawn(el);
    expect(el.state, el.error?.problems?.[0]?.message).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('.cell').length).to.be.lessThan(900);
    expect(text(el)).to.contain('อื่น ๆ');
    expect(total(el)).to.contain((units / 10_000).toFixed(4));
    expect(badValues(el)).to.deep.equal([]);
  });

  it('loads a plan given by URL from anywhere (blob URL)', async () => {
    const el = await fixture<CodiBudgetTreemap>(html`<codi-budget-treemap src=${jsonUrl(tinyPlan())}></codi-budget-treemap>`);
    await untilDrawn(el);
    expect(total(el)).to.contain('3.5000');
  });
});
