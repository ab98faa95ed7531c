import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/charts/sankey/define.js';
import type { CodiAlignmentSankey } from '../../src/charts/sankey/define.js';
import type { MarkDetail } from '../../src/core/events.js';
import type { Plan } from '../../src/schema/plan.js';
import { tinyPlan, clone } from '../fixtures/plans.js';
import { largeSankeyPlan } from '../../stories/support-large-sankey.js';
import { alignmentGraph, related } from '../../src/charts/sankey/graph.js';
import { badValues, jsonUrl, stubFetch, untilDrawn, untilState } from './helpers/dom.js';

const CODI = '/data/codi-2567.plan.json';
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const nodeEl = (el: CodiAlignmentSankey, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[data-node="${id}"]`)!;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
/** What a real pointer dispatches on entering and leaving a mark (the sankey listens on its drawing, not on each mark). */
const over = (target: Element, from: Element | null = null) => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, relatedTarget: from }));
const out = (target: Element, to: Element | null = null) => target.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: to }));

/**
 * What a reader sees of a mark's emphasis, from its computed style once any fade has finished:
 * a flow is `lit` (more opaque than at rest), `dimmed` (less) or `plain`; a node `dimmed` or `plain`.
 */
function seen(el: CodiAlignmentSankey, mark: Element): 'lit' | 'dimmed' | 'plain' {
  for (const a of el.shadowRoot!.getAnimations()) a.finish();
  const cs = getComputedStyle(mark);
  if (mark.matches('[data-node]')) return Number(cs.opacity) < 1 ? 'dimmed' : 'plain';
  const rest = mark.classList.contains('secondary') ? 0.16 : 0.38;
  const o = Number(cs.fillOpacity);
  return Math.abs(o - rest) < 1e-6 ? 'plain' : o > rest ? 'lit' : 'dimmed';
}

/** Every drawn flow and node by what a reader sees of it. */
function emphasisOf(el: CodiAlignmentSankey): Record<'lit' | 'dimmed' | 'plain', string[]> {
  const out = { lit: [] as string[], dimmed: [] as string[], plain: [] as string[] };
  for (const m of el.shadowRoot!.querySelectorAll('[data-link], [data-node]')) out[seen(el, m)].push((m as SVGElement).dataset.link ?? `node ${(m as SVGElement).dataset.node}`);
  return out;
}

async function codi(attrs = ''): Promise<CodiAlignmentSankey> {
  const el = await fixture<CodiAlignmentSankey>(html`<div style="width: 1100px"><codi-alignment-sankey src=${CODI}></codi-alignment-sankey></div>`).then((d) => d.firstElementChild as CodiAlignmentSankey);
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = a.split('=');
    el.setAttribute(name, value);
  }
  await untilDrawn(el);
  return el;
}

describe('<codi-alignment-sankey>', () => {
  it('renders the CODI plan from src: columns, nodes, flows, the weighting and the total', async () => {
    const el = await codi();
    expect(el.state).to.equal('ready');
    const t = text(el);
    expect(t).to.contain('ยุทธศาสตร์ชาติ');
    expect(t).to.contain('ประเด็นการพัฒนา');
    expect(t).to.contain('ขนาดของเส้นตามงบประมาณ (ล้านบาท)');
    expect(t).to.contain('5,834.1047 ล้านบาท');
    expect(t).to.contain('ไม่ระบุความเชื่อมโยง');
    expect(el.shadowRoot!.querySelectorAll('.link').length).to.be.greaterThan(15);
    expect(nodeEl(el, 'program-3')).to.exist;
    expect(nodeEl(el, 'ns-4').getAttribute('aria-label')).to.match(/5,612\.1886 ล้านบาท, ร้อยละ 96\.2 ของทั้งหมด/);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('renders from the plan property and tells primary from secondary without colour', async () => {
    const el = await fixture<CodiAlignmentSankey>(html`<codi-alignment-sankey style="width: 900px"></codi-alignment-sankey>`);
    const plan = clone(tinyPlan());
    plan.frameworks![0]!.items.push({ id: 'ns-6', code: '6', label: { th: 'ด้านการปรับสมดุล' }, role: 'secondary' });
    plan.links!.push({ from: 'p2', to: 'ns-6', role: 'secondary' });
    el.plan = plan;
    await untilDrawn(el);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.link.secondary')).to.exist;
    expect(el.shadowRoot!.querySelector('.link.primary')).to.exist;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.link.secondary')!).strokeDasharray).to.not.equal('none');
    expect(text(el)).to.contain('ความสอดคล้องรอง');
    expect(badValues(el)).to.deep.equal([]);
  });

  it('switches language', async () => {
    const el = await codi();
    el.lang = 'en';
    await el.updateComplete;
    const t = text(el);
    expect(t).to.contain('Development issue');
    expect(t).to.contain('Flow width: budget (million baht)');
    expect(t).to.contain('5,834.1047 million baht');
    expect(nodeEl(el, 'issue-1').getAttribute('aria-label')).to.contain('Area-based development');
  });

  it('highlights what lies upstream and downstream on hover, dims the rest, and emits codi-hover', async () => {
    const el = await codi();
    const hovered = oneEvent(el, 'codi-hover');
    over(nodeEl(el, 'ns-6'));
    const e = (await hovered) as CustomEvent<MarkDetail>;
    expect(e.detail).to.include({ kind: 'framework-item', id: 'ns-6', unit: 'million-baht' });
    await el.updateComplete;
    const link = (id: string) => seen(el, el.shadowRoot!.querySelector(`.link[data-link="${id}"]`)!);
    expect(link('ns-6→issue-2|secondary')).to.equal('lit');
    expect(link('issue-2→program-4')).to.equal('lit');
    expect(link('issue-2→program-5')).to.equal('dimmed');
    expect(link('ns-4→issue-1|primary')).to.equal('dimmed');
    expect(seen(el, nodeEl(el, 'program-5'))).to.equal('dimmed');
    expect(seen(el, nodeEl(el, 'program-4'))).to.equal('plain');
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent).to.contain('165.4687 ล้านบาท');
    const left = oneEvent(el, 'codi-hover');
    out(nodeEl(el, 'ns-6'));
    expect(((await left) as CustomEvent<MarkDetail | null>).detail).to.equal(null);
    await el.updateComplete;
    const after = emphasisOf(el);
    expect(after.lit.concat(after.dimmed)).to.deep.equal([]);
  });

  it('lights exactly the flows and nodes related to the hovered mark, dims all the rest, and keeps it so from mark to mark', async () => {
    const el = await codi();
    const plan = (await (await fetch(CODI)).json()) as Plan;
    let g = alignmentGraph(plan, { depth: 2, lang: 'th' });
    const drawn = [...el.shadowRoot!.querySelectorAll<SVGElement>('[data-link]')].map((m) => m.dataset.link).sort();
    expect(drawn).to.deep.equal(g.links.map((l) => l.id).sort());
    const expectFor = (target: { node?: string; link?: string }) => {
      const rel = related(g, target);
      const shown = emphasisOf(el);
      const lit = g.links.filter((l) => rel.links.has(l.id)).map((l) => l.id);
      expect(rel.links.size).to.be.greaterThan(0);
      expect(shown.lit.sort(), `lit for ${JSON.stringify(target)}`).to.deep.equal(lit.sort());
      expect(shown.dimmed.filter((x) => !x.startsWith('node ')).length).to.equal(g.links.length - lit.length);
      const dimmedNodes = shown.dimmed.filter((x) => x.startsWith('node ')).map((x) => x.slice(5)).sort();
      expect(dimmedNodes, `dimmed nodes for ${JSON.stringify(target)}`).to.deep.equal(g.nodes.filter((n) => !rel.nodes.has(n.id)).map((n) => n.id).sort());
    };
    const enter = async (m: Element) => {
      over(m);
      await el.updateComplete;
    };
    const leave = async (m: Element) => {
      out(m);
      await el.updateComplete;
    };
    // From node to node (the marks lit before and not now go back to dimmed), then to a flow.
    for (const id of ['ns-4', 'program-8', 'issue-2', 'ns-6', 'program-1']) {
      await enter(nodeEl(el, id));
      expectFor({ node: id });
      await leave(nodeEl(el, id));
    }
    await enter(nodeEl(el, 'program-8'));
    await enter(nodeEl(el, 'issue-2'));
    expectFor({ node: 'issue-2' });
    const flow = el.shadowRoot!.querySelector('.link[data-link="ns-4→issue-3|primary"]')!;
    await enter(flow);
    expectFor({ link: 'ns-4→issue-3|primary' });
    await leave(flow);
    expect(emphasisOf(el).plain.length).to.equal(g.links.length + g.nodes.length);
    // A highlight from a linked chart, and marks drawn again (another language) while it holds.
    el.highlight = 'program-4';
    await el.updateComplete;
    expectFor({ node: 'program-4' });
    el.lang = 'en';
    await el.updateComplete;
    expectFor({ node: 'program-4' });
    // Another framework: the same elements now draw other flows, and only those related to program 4 are lit.
    el.framework = 'master-plan';
    await el.updateComplete;
    g = alignmentGraph(plan, { framework: 'master-plan', depth: 2, lang: 'en' });
    expect([...el.shadowRoot!.querySelectorAll<SVGElement>('[data-link]')].map((m) => m.dataset.link).sort()).to.deep.equal(g.links.map((l) => l.id).sort());
    expectFor({ node: 'program-4' });
    el.highlight = undefined;
    await el.updateComplete;
    expect(emphasisOf(el).plain.length).to.equal(g.links.length + g.nodes.length);
  });

  it('treats moving within a node as neither a leave nor an enter, and leaving it for the background as a leave', async () => {
    const el = await codi();
    const node = nodeEl(el, 'issue-2');
    const [bar, label] = [node.querySelector('.bar')!, node.querySelector('.label')!];
    const seenHovers: (MarkDetail | null)[] = [];
    el.addEventListener('codi-hover', (e) => seenHovers.push((e as CustomEvent<MarkDetail | null>).detail));
    over(bar);
    await el.updateComplete;
    expect(seenHovers.map((d) => d?.id)).to.deep.equal(['issue-2']);
    out(bar, label);
    over(label, bar);
    await el.updateComplete;
    expect(seenHovers.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent).to.contain(seenHovers[0]!.label);
    out(label, el.shadowRoot!.querySelector('svg'));
    await el.updateComplete;
    expect(seenHovers.map((d) => d?.id ?? null)).to.deep.equal(['issue-2', null]);
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('shows the tooltip and emits codi-hover when a node takes the focus, and null when it loses it', async () => {
    const el = await codi();
    let hovered = oneEvent(el, 'codi-hover');
    nodeEl(el, 'program-8').focus();
    expect(((await hovered) as CustomEvent<MarkDetail>).detail).to.include({ kind: 'item', id: 'program-8' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.not.equal(null);
    hovered = oneEvent(el, 'codi-hover');
    nodeEl(el, 'program-8').blur();
    expect(((await hovered) as CustomEvent<MarkDetail | null>).detail).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('shows the shares of a flow in its tooltip', async () => {
    const el = await codi();
    over(el.shadowRoot!.querySelector('.link[data-link="ns-4→issue-3|primary"]')!);
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent ?? '';
    expect(tip).to.contain('655.17');
    expect(tip).to.contain('ร้อยละ 100.0 ของ');
  });

  it('emits codi-select with the item on click, Enter and Space, and for a flow', async () => {
    const el = await codi();
    const program = nodeEl(el, 'program-8');
    let selected = oneEvent(el, 'codi-select');
    program.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    let e = (await selected) as CustomEvent<MarkDetail>;
    expect(e.detail).to.deep.include({ planId: 'codi-2567', kind: 'item', id: 'program-8', itemId: 'program-8', value: 547.2408, unit: 'million-baht' });
    expect(e.bubbles && e.composed).to.equal(true);
    for (const k of ['Enter', ' ']) {
      selected = oneEvent(el, 'codi-select');
      key(program, k);
      expect(((await selected) as CustomEvent<MarkDetail>).detail.id).to.equal('program-8');
    }
    selected = oneEvent(el, 'codi-select');
    el.shadowRoot!.querySelector('.link[data-link="issue-3→program-8"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    e = (await selected) as CustomEvent<MarkDetail>;
    expect(e.detail).to.include({ kind: 'link', itemId: 'program-8', value: 547.2408 });
  });

  it('moves focus between nodes with the arrow keys, Home and End (roving tabindex)', async () => {
    const el = await codi();
    const focusable = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[data-node]')].filter((n) => n.tabIndex === 0);
    expect(focusable().map((n) => n.dataset.node)).to.deep.equal(['ns-4']);
    const active = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.node;
    const press = async (k: string) => {
      key(el.shadowRoot!.activeElement ?? nodeEl(el, 'ns-4'), k);
      await el.updateComplete;
      await el.updateComplete;
    };
    nodeEl(el, 'ns-4').focus();
    await press('ArrowDown');
    expect(active()).to.equal('ns-6');
    await press('ArrowRight');
    expect(active()).to.equal('issue-2');
    await press('ArrowRight');
    expect(active()).to.equal('program-4');
    await press('ArrowUp');
    expect(active()).to.equal('program-3');
    await press('ArrowLeft');
    expect(active()).to.equal('issue-1');
    await press('End');
    expect(active()).to.equal('program-13');
    await press('Home');
    expect(active()).to.equal('ns-4');
    expect(focusable().length).to.equal(1);
  });

  it('picks a framework by kind or id, and shows sub-programs on request', async () => {
    const el = await codi('framework=master-plan');
    expect(nodeEl(el, 'mp-17')).to.exist;
    expect(text(el)).to.contain('แผนแม่บท');
    el.showSubprograms = true;
    await untilDrawn(el);
    await el.updateComplete;
    expect(nodeEl(el, 'sub-3-1')).to.exist;
    expect(text(el)).to.contain('ไม่แยกรายแผนงานย่อย');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="framework-select"]')!;
    select.value = 'fw-sdgs';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('framework')).to.equal('fw-sdgs');
    expect(nodeEl(el, 'sdg-11')).to.exist;
  });

  it('lists every flow in the table view, with source, target, value and share', async () => {
    const el = await codi();
    el.table = true;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(rows.length).to.equal(2 + 3 + 13 + 3);
    expect(rows.some((r) => r.includes('ยุทธศาสตร์ชาติด้านการปรับสมดุล') && r.includes('165.4687') && r.includes('ความสอดคล้องรอง'))).to.equal(true);
    expect(rows.filter((r) => r.includes('5,834.1047') && r.includes('ร้อยละ 100.0')).length).to.equal(2);
  });

  it('stays readable at 360 px: fewer columns, no NaN', async () => {
    const el = await fixture<CodiAlignmentSankey>(html`<codi-alignment-sankey src=${CODI} show-subprograms style="width: 360px"></codi-alignment-sankey>`);
    await untilDrawn(el);
    expect(nodeEl(el, 'program-3')).to.exist;
    expect(el.shadowRoot!.querySelector('[data-node="sub-3-1"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(361);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('shows the empty state with a reason', async () => {
    const el = await codi('framework=national-plan');
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('แผนนี้ไม่มีข้อมูลความเชื่อมโยงกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ');
    el.removeAttribute('src');
    el.removeAttribute('framework');
    el.plan = { schemaVersion: 1, id: 'bare', title: { th: 'แผนเปล่า' }, agency: { name: { th: 'หน่วยงาน' } }, fiscalYear: 2567 };
    await untilDrawn(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('แผนนี้ไม่มีรายการแผนงาน');
  });

  it('shows a located error for an invalid plan and a retry for a failed fetch', async () => {
    const el = await fixture<CodiAlignmentSankey>(html`<codi-alignment-sankey></codi-alignment-sankey>`);
    const plan = clone(tinyPlan()) as Plan;
    plan.links!.push({ from: 'ns-4', to: 'ns-4-1' }, { from: 'ns-4-1', to: 'ns-4' });
    el.plan = plan;
    await untilState(el, ['error']);
    expect(text(el)).to.contain('$.links');
    const restore = stubFetch(() => Promise.reject(new TypeError('offline')));
    try {
      el.plan = undefined;
      el.src = '/offline.json';
      for (let i = 0; i < 200 && el.error?.kind !== 'network'; i++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(el.error?.kind).to.equal('network');
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
    } finally {
      restore();
    }
    el.src = jsonUrl(tinyPlan());
    await el.updateComplete;
    await untilDrawn(el);
    expect(el.state).to.equal('ready');
  });

  it('draws a plan with hundreds of programs, says it is illustrative, and times the first render', async () => {
    const el = await fixture<CodiAlignmentSankey>(html`<codi-alignment-sankey show-subprograms style="width: 1280px"></codi-alignment-sankey>`);
    const start = performance.now();
    el.plan = largeSankeyPlan();
    await untilDrawn(el);
    const ms = performance.now() - start;
    console.log(`large sankey (${el.shadowRoot!.querySelectorAll('[data-node]').length} nodes): first render ${ms.toFixed(0)} ms`);
    expect(el.shadowRoot!.querySelector('[part~="illustrative"]')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[data-node]').length).to.be.greaterThan(400);
    expect(badValues(el)).to.deep.equal([]);
  });
});
