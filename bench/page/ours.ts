/** The benchmark page for our elements: `window.bench(job)` renders one element on one plan and times it. */
import '../../src/charts/gauge/define.js';
import '../../src/charts/map/define.js';
import '../../src/charts/sankey/define.js';
import '../../src/charts/treemap/define.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { validatePlan } from '../../src/schema/validate.js';
import { afterPaint, fetchJson, frame, heapMb, spread, timeAction, type Job, type Sample } from './measure.js';

const TAGS: Record<string, string> = {
  sankey: 'codi-alignment-sankey',
  treemap: 'codi-budget-treemap',
  map: 'codi-household-map',
  gauge: 'codi-kpi-gauge',
  board: 'codi-kpi-board',
};

/**
 * The marks a pointer can enter, the event our element listens to, and where and what leaving is
 * (pointerover / pointerout bubble, to a listener on the drawing; pointerenter / pointerleave do not).
 */
const HOVER: Record<string, { selector: string; event: 'pointerenter' | 'pointerover'; leave: string; out?: 'pointerout' }> = {
  sankey: { selector: 'g.node', event: 'pointerover', leave: 'g.node', out: 'pointerout' },
  treemap: { selector: '.cell.d1', event: 'pointerover', leave: '.tm' },
  map: { selector: 'g.tile.mark', event: 'pointerenter', leave: 'g.tile.mark' },
  gauge: { selector: '.gauge-wrap', event: 'pointerenter', leave: '.gauge-wrap' },
  board: { selector: '.card', event: 'pointerenter', leave: '.card' },
};

window.bench = async (job: Job) => {
  const plan = await fetchJson(`/data/${job.scale}.0.json`);
  const host = document.getElementById('host') as HTMLElement;
  const mount = async () => {
    const made = document.createElement(TAGS[job.element] as string) as PlanElement & { path?: string };
    host.append(made);
    // The element exists and has measured its width before the plan is set (as on a page that sets data later).
    for (let i = 0; i < 100 && !((made as unknown as { width: number }).width > 0); i++) await frame();
    await made.updateComplete;
    return made;
  };
  const el = await mount();

  const first = await timeAction(() => {
    el.plan = plan;
    return el.updateComplete;
  });
  if (el.state !== 'ready') throw new Error(`${job.element} ${job.scale}: state ${el.state} ${JSON.stringify(el.error)}`);
  const root = el.shadowRoot as ShadowRoot;
  const marks = root.querySelectorAll('*').length;
  const heap = await heapMb();

  const plan2 = await fetchJson(`/data/${job.scale}.1.json`);
  const update = await timeAction(() => {
    el.plan = plan2;
    return el.updateComplete;
  });

  const spec = HOVER[job.element] as (typeof HOVER)[string];
  const count = root.querySelectorAll(spec.selector).length;
  const hoverOn = async (i: number) => {
    const mark = root.querySelectorAll(spec.selector)[i] as Element;
    const time = await timeAction(() => {
      mark.dispatchEvent(new PointerEvent(spec.event, { bubbles: spec.event === 'pointerover', composed: true }));
      return el.updateComplete;
    });
    const away = (spec.leave === spec.selector ? mark : root.querySelector(spec.leave)) as Element;
    away.dispatchEvent(spec.out ? new PointerEvent(spec.out, { bubbles: true, composed: true }) : new PointerEvent('pointerleave'));
    await el.updateComplete;
    await afterPaint();
    return time;
  };
  // One hover first, not timed: the code behind a hover runs for the first time (as ECharts' below).
  await hoverOn(count - 1);
  const hover: number[] = [];
  for (const i of spread(count, job.hovers)) hover.push(await hoverOn(i));

  let drill: number | undefined;
  if (job.element === 'treemap' && job.drill) {
    const target = job.drill;
    drill = await timeAction(() => {
      el.path = target;
      return el.updateComplete;
    });
    if (!root.querySelector('[part~="breadcrumb"] li:nth-child(2)')) throw new Error('treemap did not drill');
  }
  // The same kind of element again on this page: the library's code, Intl formatters, fonts and
  // text measurements are warm, as for a second chart or a chart shown again in a single-page app.
  el.remove();
  const again = await mount();
  const remount = await timeAction(() => {
    again.plan = plan2;
    return again.updateComplete;
  });
  if (!job.keep) again.remove();

  // Validation alone, as the element does it on every plan it is given.
  const t0 = performance.now();
  const valid = validatePlan(plan2).ok;
  const validate = performance.now() - t0;
  if (!valid) throw new Error('the plan is invalid');
  return { first, update, hover, drill, heap, marks, remount, validate };
};
