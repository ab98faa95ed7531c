// Every string in a plan is data: labels, units, notes and ids carrying HTML, SVG,
// URL and CSS payloads never run, never add elements and never change the host page,
// in any element, its tooltip, its table view or its error messages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import type { Plan } from '../../src/schema/plan.js';
import { tinyPlan } from '../fixtures/plans.js';
import { untilDrawn } from './helpers/dom.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  'javascript:window.__pwned=1',
  '</text><script>window.__pwned=1</script>',
  '"><img src=x onerror=window.__pwned=1>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  'red;} :host { display: none } x {',
  'url(javascript:window.__pwned=1)',
];

/** The tiny plan with every human-readable string replaced by a payload. */
function hostilePlan(): Plan {
  let i = 0;
  const poison = (node: unknown, key?: string): unknown => {
    if (typeof node === 'string') return key === 'th' || key === 'en' || key === 'says' || key === 'reading' ? `${PAYLOADS[i++ % PAYLOADS.length]} ท้องถิ่น` : node;
    if (Array.isArray(node)) return node.map((v) => poison(v));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v, k)]));
    return node;
  };
  return poison(tinyPlan()) as Plan;
}

/** Elements that could run script or load a URL: never rendered from plan data (text in aria-label is fine). */
const dangerous = (root: ParentNode) =>
  [...root.querySelectorAll('*')].filter(
    (n) => ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FOREIGNOBJECT'].includes(n.tagName.toUpperCase()) || [...n.attributes].some((a) => /^on/i.test(a.name) || (/^(href|xlink:href|src|action|formaction|data|style)$/i.test(a.name) && /javascript:|url\(/i.test(a.value))),
  );

describe('hostile plan strings', () => {
  it('covers every element', () => {
    expect(ELEMENT_TAGS.length).to.be.greaterThan(1);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}> renders payloads as text: nothing runs, nothing is added, the page is untouched`, async () => {
      (window as { __pwned?: number }).__pwned = undefined;
      const bodyBefore = document.body.children.length;
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement(tag) as PlanElement;
      wrap.append(el);
      el.plan = hostilePlan();
      await untilDrawn(el);
      // Hover and focus every mark, so tooltips and highlights render too.
      for (const mark of [...el.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>('.mark, [tabindex]')].slice(0, 40)) {
        mark.dispatchEvent(new PointerEvent('pointerenter', { bubbles: true, composed: true }));
        mark.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
        (mark as HTMLElement).focus?.();
        await el.updateComplete;
        expect(dangerous(el.shadowRoot!), 'with a tooltip open').to.deep.equal([]);
      }
      el.table = true;
      await el.updateComplete;
      expect(dangerous(el.shadowRoot!), 'in the table view').to.deep.equal([]);
      expect(el.shadowRoot!.textContent, 'the payloads are shown as text').to.contain('window.__pwned=1');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(document.body.children.length - 1).to.equal(bodyBefore);
      expect(getComputedStyle(el).display).to.not.equal('none');
    });
  }

  it('an invalid hostile plan shows its problems as text', async () => {
    const el = await fixture<PlanElement>(html`<codi-kpi-gauge></codi-kpi-gauge>`);
    const plan = hostilePlan() as unknown as Record<string, unknown>;
    plan['<img src=x onerror=window.__pwned=1>'] = 1;
    el.plan = plan;
    await untilDrawn(el);
    expect(el.state).to.equal('error');
    expect(dangerous(el.shadowRoot!)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
  });
});
