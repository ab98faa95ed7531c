// Network faults on `src` not covered by plan-element.test.ts: redirects, removing an element
// while its plan is loading (for every element), and the retry control after a timeout.
//
// Redirects: the test runner's server cannot redirect on demand, and a Response cannot be made to
// redirect, so here fetch is stubbed with an answer that says it was redirected (`redirected`,
// `url` on another origin), the way fetch hands over a followed redirect. Real 301/302/307/308
// redirects, a loop and a cross-origin hop go through the same loader on Node's fetch in
// test/unit/loader-redirect.test.ts; CORS on a cross-origin redirect is not tested anywhere.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { tinyPlan } from '../fixtures/plans.js';
import { badValues, delayed, stubFetch, untilDrawn, untilState } from './helpers/dom.js';
import { PageErrors, textOf } from './helpers/checks.js';

/** A response as fetch returns it after following a redirect to `finalUrl`. */
function redirected(body: string, finalUrl: string, init: ResponseInit): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('network faults', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  describe('redirects', () => {
    it('a plan served after a redirect to another origin loads', async () => {
      restore = stubFetch(async () => redirected(JSON.stringify(tinyPlan()), 'https://cdn.example.org/plans/tiny.json', { headers: JSON_TYPE }));
      const el = await fixture<PlanElement>(html`<codi-kpi-gauge src="/plans/moved.json"></codi-kpi-gauge>`);
      await untilDrawn(el);
      expect(el.state).to.equal('ready');
      expect(badValues(el)).to.deep.equal([]);
    });

    it('a redirect to a login page says so, naming where the answer came from', async () => {
      restore = stubFetch(async () => redirected('<html><form>login</form></html>', 'https://sso.example.go.th/login', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      const el = await fixture<PlanElement>(html`<codi-kpi-gauge src="/plans/private.json"></codi-kpi-gauge>`);
      await untilState(el, ['error']);
      expect(el.error?.kind).to.equal('content-type');
      expect(textOf(el)).to.contain('/plans/private.json (redirected to https://sso.example.go.th/login) is text/html, not a JSON plan file');
    });

    it('a redirect to a missing file reports the status and the final address', async () => {
      restore = stubFetch(async () => redirected('not found', 'https://cdn.example.org/old/plan.json', { status: 404, statusText: 'Not Found' }));
      const el = await fixture<PlanElement>(html`<codi-kpi-gauge src="/plans/moved.json"></codi-kpi-gauge>`);
      await untilState(el, ['error']);
      expect(textOf(el)).to.contain('The server answered 404 Not Found for /plans/moved.json (redirected to https://cdn.example.org/old/plan.json)');
      expect(el.shadowRoot!.querySelector('[part~="retry"]') === null, 'no retry for a 404').to.equal(true);
    });
  });

  describe('removing an element while its plan is loading', () => {
    for (const tag of ELEMENT_TAGS) {
      it(`<${tag}>: no late render, no error event, no console error after removal`, async () => {
        // A server that answers anyway (ignores the abort), with a failure and with a plan.
        for (const answer of [() => new Response('unavailable', { status: 503 }), () => new Response(JSON.stringify(tinyPlan()), { headers: JSON_TYPE })]) {
          restore?.();
          restore = stubFetch(() => new Promise((resolve) => setTimeout(() => resolve(answer()), 80)));
          const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
          const el = document.createElement(tag) as PlanElement;
          el.setAttribute('src', '/slow.json');
          box.append(el);
          await el.updateComplete;
          expect(el.state).to.equal('loading');
          const events: string[] = [];
          const logged: string[] = [];
          const page = new PageErrors().start();
          const original = { error: console.error, warn: console.warn };
          console.error = (...args: unknown[]) => logged.push(`error: ${args.join(' ')}`);
          console.warn = (...args: unknown[]) => logged.push(`warn: ${args.join(' ')}`);
          for (const type of ['error', 'codi-error']) el.addEventListener(type, () => events.push(type));
          try {
            el.remove();
            const before = el.shadowRoot!.innerHTML;
            await new Promise((r) => setTimeout(r, 200));
            await el.updateComplete;
            expect(events, 'events after removal').to.deep.equal([]);
            expect(logged, 'console after removal').to.deep.equal([]);
            expect(page.take(), 'page errors').to.deep.equal([]);
            expect(el.shadowRoot!.innerHTML, 'no render after removal').to.equal(before);
            expect(el.validatedPlan).to.equal(undefined);
          } finally {
            console.error = original.error;
            console.warn = original.warn;
            page.stop();
          }
        }
      });
    }

    it('an element moved while loading loads again in its new place and draws', async () => {
      let calls = 0;
      restore = stubFetch((_url, init) => {
        calls++;
        return delayed(tinyPlan(), 60, undefined, init?.signal);
      });
      const wrap = await fixture<HTMLDivElement>(html`<div><div id="a" style="width: 500px"></div><div id="b" style="width: 500px"></div></div>`);
      const el = document.createElement('codi-budget-treemap') as PlanElement;
      el.setAttribute('src', '/moving.json');
      wrap.querySelector('#a')!.append(el);
      await el.updateComplete;
      wrap.querySelector('#b')!.append(el); // removal aborts, insertion starts again
      await untilDrawn(el);
      expect(el.state).to.equal('ready');
      expect(calls).to.equal(2);
    });
  });

  describe('junk limits', () => {
    // Regression: timeout="abc" (NaN) or "0" timed out at once, and max-bytes="abc" lifted the size limit.
    for (const junk of ['abc', '0', '-5', 'Infinity']) {
      it(`timeout="${junk}" and max-bytes="${junk}" fall back to the defaults`, async () => {
        restore = stubFetch(async (url, init) =>
          url.includes('huge') ? new Response('{}', { headers: { ...JSON_TYPE, 'content-length': String(50 * 1024 * 1024) } }) : delayed(tinyPlan(), 30, undefined, init?.signal),
        );
        const el = await fixture<PlanElement>(html`<codi-kpi-gauge timeout=${junk} max-bytes=${junk} src="/plan.json"></codi-kpi-gauge>`);
        await untilDrawn(el);
        expect(el.state, textOf(el)).to.equal('ready');
        el.setAttribute('src', '/huge.json');
        await untilState(el, ['error']);
        expect(el.error?.kind).to.equal('too-large');
        expect(textOf(el)).to.contain('over the 20.0 MB limit');
      });
    }
  });

  describe('retry after a timeout', () => {
    it('the retry button fetches again and draws the plan', async () => {
      let calls = 0;
      restore = stubFetch((_url, init) => (++calls === 1 ? delayed(tinyPlan(), 10_000, undefined, init?.signal) : delayed(tinyPlan(), 10, undefined, init?.signal)));
      const el = await fixture<PlanElement>(html`<codi-kpi-board timeout="100" src="/stalled.json" style="width: 600px"></codi-kpi-board>`);
      await untilState(el, ['error']);
      expect(el.error?.kind).to.equal('timeout');
      // Regression: a timeout under a second read "within 0 s".
      expect(textOf(el)).to.contain('No complete answer from /stalled.json within 100 ms');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await untilDrawn(el);
      expect(el.state).to.equal('ready');
      expect(calls).to.equal(2);
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(2);
    });

    it('a retry that stalls again times out again, with the retry still there', async () => {
      let calls = 0;
      restore = stubFetch((_url, init) => {
        calls++;
        return delayed(tinyPlan(), 10_000, undefined, init?.signal);
      });
      const el = await fixture<PlanElement>(html`<codi-kpi-gauge timeout="80" src="/stalled.json"></codi-kpi-gauge>`);
      await untilState(el, ['error']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await untilState(el, ['loading']);
      await untilState(el, ['error']);
      expect(el.error?.kind).to.equal('timeout');
      expect(el.shadowRoot!.querySelector('[part~="retry"]') !== null).to.equal(true);
      expect(calls).to.equal(2);
    });
  });
});
