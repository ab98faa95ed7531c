// The shared behaviour every element gets from PlanElement, exercised through the gauge.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/charts/gauge/define.js';
import type { CodiKpiGauge } from '../../src/charts/gauge/define.js';
import type { PlanErrorDetail } from '../../src/core/events.js';
import { tinyPlan, clone } from '../fixtures/plans.js';
import { badValues, delayed, jsonUrl, stubFetch, untilDrawn, untilState } from './helpers/dom.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('PlanElement (shared behaviour)', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('shows a readable, located error for an invalid plan and fires `error`', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge></codi-kpi-gauge>`);
    const plan = clone(tinyPlan());
    plan.items![1]!.parent = 'ghost';
    const fired = oneEvent(el, 'error');
    el.plan = plan;
    const e = (await fired) as CustomEvent<PlanErrorDetail>;
    expect(e.detail.kind).to.equal('invalid');
    await untilState(el, ['error']);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.items[1].parent');
    expect(alert.textContent).to.contain('ghost');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.not.exist;
  });

  it('a valid plan property is drawn within its update; a wrong shape waits for zod, and updateComplete waits with it', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge></codi-kpi-gauge>`);
    el.plan = tinyPlan();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    // The shape is wrong (a year as text): zod is loaded on demand to say where; meanwhile the element is loading.
    const bad = { ...clone(tinyPlan()), fiscalYear: '2567' };
    el.plan = bad;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.getAttribute('state') ?? ''));
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    await el.updateComplete;
    observer.disconnect();
    expect(el.state).to.equal('error');
    expect(seen).to.include('loading');
    expect(text(el)).to.contain('$.fiscalYear');
    expect(text(el)).to.contain('expected number');
    // And back: a valid plan settles at once again.
    el.plan = tinyPlan();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('shows a retry for a failed fetch, and the retry works', async () => {
    let calls = 0;
    restore = stubFetch(async () => (++calls === 1 ? new Response('oops', { status: 503 }) : new Response(JSON.stringify(tinyPlan()), { headers: { 'content-type': 'application/json' } })));
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge src="/plan.json"></codi-kpi-gauge>`);
    await untilState(el, ['error']);
    expect(text(el)).to.contain('503');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await untilDrawn(el);
    expect(el.state).to.equal('ready');
    expect(calls).to.equal(2);
  });

  it('never lets a late answer overwrite a newer src', async () => {
    const slow = clone(tinyPlan());
    slow.kpis![0]!.label = { th: 'คำตอบช้า' };
    const fast = clone(tinyPlan());
    fast.kpis![0]!.label = { th: 'คำตอบใหม่' };
    restore = stubFetch((url) => (url.includes('slow') ? delayed(slow, 300) : delayed(fast, 10)));
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge src="/slow.json"></codi-kpi-gauge>`);
    await el.updateComplete;
    el.src = '/fast.json';
    await untilDrawn(el);
    await new Promise((r) => setTimeout(r, 400));
    await el.updateComplete;
    expect(text(el)).to.contain('คำตอบใหม่');
    expect(text(el)).to.not.contain('คำตอบช้า');
  });

  it('aborts the request when a new src is set and when removed from the page', async () => {
    const aborted: string[] = [];
    restore = stubFetch((url, init) => {
      init?.signal?.addEventListener('abort', () => aborted.push(url));
      return delayed(tinyPlan(), 500, undefined, init?.signal);
    });
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge src="/a.json"></codi-kpi-gauge>`);
    await el.updateComplete;
    el.src = '/b.json';
    await el.updateComplete;
    expect(aborted).to.deep.equal(['/a.json']);
    el.remove();
    expect(aborted).to.deep.equal(['/a.json', '/b.json']);
  });

  it('shares one request among elements showing the same plan, until the last lets go', async () => {
    let calls = 0;
    restore = stubFetch((_url, init) => {
      calls++;
      return delayed(tinyPlan(), 150, undefined, init?.signal);
    });
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <codi-kpi-gauge kpi="k1" src="/shared.json"></codi-kpi-gauge>
      <codi-kpi-gauge kpi="k2" src="/shared.json"></codi-kpi-gauge>
      <codi-kpi-board src="/shared.json"></codi-kpi-board>
    </div>`);
    const [first, ...rest] = [...wrap.querySelectorAll<CodiKpiGauge>('codi-kpi-gauge, codi-kpi-board')];
    first!.remove();
    for (const el of rest) await untilDrawn(el);
    expect(calls).to.equal(1);
    expect(rest.map((el) => el.state)).to.deep.equal(['ready', 'ready']);
  });

  it('loads a framework catalogue from catalogue-src when the plan links into one', async () => {
    const catalogue = { id: 'cat', title: { th: 'แคตตาล็อก' }, frameworks: [{ id: 'cat-fw', kind: 'master-plan', label: { th: 'แผนแม่บท' }, items: [{ id: 'cat-1', label: { th: 'ประเด็นที่ 1' } }] }] };
    const plan = { ...clone(tinyPlan()), catalogues: ['cat'] };
    plan.links!.push({ from: 'p2', to: 'cat-1' });
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge kpi="k1"></codi-kpi-gauge>`);
    el.plan = plan;
    await untilState(el, ['error']);
    expect(text(el)).to.contain('catalogue-src');
    el.catalogueSrc = jsonUrl(catalogue);
    await waitUntil(() => el.state === 'ready', 'the plan is drawn once the catalogue is loaded');
    expect(el.validatedPlan!.frameworks!.some((f) => f.id === 'cat-fw')).to.equal(true);
  });

  it('shows several plans as one: src lists their URLs, plan takes an array', async () => {
    const a = clone(tinyPlan());
    const b = { ...clone(tinyPlan()), id: 'tiny-b', agency: { name: { th: 'กรมตัวอย่าง', en: 'Example Department' } } };
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-board></codi-kpi-board>`);
    el.src = `${jsonUrl(a)} ${jsonUrl(b)}`;
    await untilState(el, ['ready']);
    const fromUrls = el.validatedPlan!;
    // Every item of both plans, under one item per agency.
    expect(fromUrls.items!.length).to.equal(a.items!.length + b.items!.length + 2);
    expect(fromUrls.kpis!.length).to.equal(a.kpis!.length + b.kpis!.length);
    el.plan = [a, b];
    await untilState(el, ['ready']);
    expect(el.validatedPlan!.items!.length).to.equal(fromUrls.items!.length);
  });

  it('names the source that failed when one of several plans cannot be shown', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-board></codi-kpi-board>`);
    const broken = clone(tinyPlan());
    broken.items![1]!.parent = 'ghost';
    el.src = `${jsonUrl(tinyPlan())} /no-such-plan.json`;
    await untilState(el, ['error']);
    expect(text(el)).to.contain('/no-such-plan.json');
    el.plan = [tinyPlan(), broken];
    await untilState(el, ['error']);
    expect(el.error!.message).to.contain('plan[1]');
    expect(text(el)).to.contain('$[1].items[1].parent');
    el.plan = [];
    await untilState(el, ['error']);
    expect(el.error!.kind).to.equal('invalid');
  });

  it('never adds up plans of different fiscal years', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-board></codi-kpi-board>`);
    el.plan = [tinyPlan(), { ...clone(tinyPlan()), id: 'tiny-2566', fiscalYear: 2566 }];
    await untilState(el, ['error']);
    expect(text(el)).to.match(/2566|fiscal/i);
  });

  it('validates a plan object handed to several elements at once only once', async () => {
    const plan = tinyPlan();
    const wrap = await fixture<HTMLDivElement>(html`<div><codi-kpi-gauge kpi="k1"></codi-kpi-gauge><codi-kpi-board></codi-kpi-board></div>`);
    const els = [...wrap.querySelectorAll<CodiKpiGauge>('codi-kpi-gauge, codi-kpi-board')];
    for (const el of els) el.plan = plan;
    for (const el of els) await untilState(el, ['ready']);
    // One validation gives one validated copy, shared (read-only) by both.
    expect(els[0]!.validatedPlan).to.equal(els[1]!.validatedPlan);
    // Handed over again in a later task (perhaps changed in between), it is validated again.
    await new Promise((r) => setTimeout(r, 10));
    els[0]!.plan = { ...plan };
    await untilState(els[0]!, ['ready']);
    expect(els[0]!.validatedPlan).to.not.equal(els[1]!.validatedPlan);
  });

  it('says when no plan is given', async () => {
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge></codi-kpi-gauge>`);
    expect(el.state).to.equal('idle');
    expect(text(el)).to.contain('src');
  });

  it('reports invalid JSON and HTML answers in words', async () => {
    restore = stubFetch(async (url) =>
      url.includes('html')
        ? new Response('<html></html>', { headers: { 'content-type': 'text/html' } })
        : new Response('{"schemaVersion": 1,', { headers: { 'content-type': 'application/json' } }),
    );
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge src="/broken.json"></codi-kpi-gauge>`);
    await untilState(el, ['error']);
    expect(el.error?.kind).to.equal('json');
    expect(text(el)).to.contain('not valid JSON');
    el.src = '/page.html';
    await waitUntil(() => el.error?.kind === 'content-type', 'an error about the content type');
    expect(text(el)).to.contain('text/html');
    expect(badValues(el)).to.deep.equal([]);
  });

  it('times out a stalled answer with a clear message', async () => {
    restore = stubFetch((_url, init) => delayed(tinyPlan(), 10_000, undefined, init?.signal));
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge timeout="100" src="/stalled.json"></codi-kpi-gauge>`);
    await untilState(el, ['error']);
    expect(el.error?.kind).to.equal('timeout');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
  });

  it('refuses a file over the size limit, by its header and while streaming', async () => {
    const big = JSON.stringify({ ...tinyPlan(), padding: 'x'.repeat(5000) });
    restore = stubFetch(async (url) =>
      url.includes('declared')
        ? new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } })
        : new Response(new Blob([big]).stream(), { headers: { 'content-type': 'application/json' } }),
    );
    const el = await fixture<CodiKpiGauge>(html`<codi-kpi-gauge max-bytes="2000" src="/declared.json"></codi-kpi-gauge>`);
    await untilState(el, ['error']);
    expect(el.error?.kind).to.equal('too-large');
    expect(text(el)).to.contain('limit');
    el.src = '/streamed.json';
    await waitUntil(() => el.error?.kind === 'too-large' && el.error.message.includes('streamed'), 'the streamed file is refused');
  });

  it('follows the language of the page when it has none of its own', async () => {
    const wrap = await fixture(html`<div lang="en"><codi-kpi-gauge kpi="k1"></codi-kpi-gauge></div>`);
    const el = wrap.querySelector('codi-kpi-gauge')!;
    el.plan = tinyPlan();
    await untilDrawn(el);
    expect(text(el)).to.contain('Target');
  });

  it('resizes with its container, not the window', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 500px"><codi-kpi-gauge kpi="k1"></codi-kpi-gauge></div>`);
    const el = wrap.querySelector('codi-kpi-gauge')!;
    el.plan = tinyPlan();
    await untilDrawn(el);
    const before = Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    wrap.style.width = '200px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const after = Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width'));
    expect(after).to.be.lessThan(before);
    expect(after).to.be.at.most(200);
  });
});
