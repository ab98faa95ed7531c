// Leak check: each element is mounted and removed 500 times (a plan set, or a `src` to load,
// sometimes removed while loading); afterwards as many elements are connected, as many
// ResizeObserver observations are active, as many listeners sit on window, document and
// document.fonts, and no timer started meanwhile is still pending, as before.
import { expect } from '@open-wc/testing';
import '../../src/charts/gauge/define.js';
import '../../src/charts/map/define.js';
import '../../src/charts/sankey/define.js';
import '../../src/charts/treemap/define.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { tinyPlan } from '../fixtures/plans.js';
import { jsonUrl } from './helpers/dom.js';

const TAGS = ['codi-alignment-sankey', 'codi-budget-treemap', 'codi-household-map', 'codi-kpi-gauge', 'codi-kpi-board'] as const;
const MOUNTS = 500;
const BATCH = 50;

// ----- counters, installed before any element of this test is created -------------

/** Active ResizeObserver observations: observer → observed targets. */
const observations = new Map<ResizeObserver, Set<Element>>();
const ro = ResizeObserver.prototype;
const { observe, unobserve, disconnect } = ro;
ro.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
  const set = observations.get(this) ?? new Set<Element>();
  set.add(target);
  observations.set(this, set);
  return observe.call(this, target, options);
};
ro.unobserve = function (this: ResizeObserver, target: Element) {
  observations.get(this)?.delete(target);
  if (observations.get(this)?.size === 0) observations.delete(this);
  return unobserve.call(this, target);
};
ro.disconnect = function (this: ResizeObserver) {
  observations.delete(this);
  return disconnect.call(this);
};
const observing = () => [...observations.values()].reduce((n, s) => n + s.size, 0);

/** Listeners on the page-wide targets an element may listen to: target → "type capture" → listeners. */
const watched = (t: EventTarget) => t === window || t === document || t === document.fonts;
const listeners = new Map<EventTarget, Map<string, Set<unknown>>>();
const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
const et = EventTarget.prototype;
const { addEventListener: add, removeEventListener: remove } = et;
et.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  // A `once` listener leaves by itself when it fires: not counted.
  const once = typeof options === 'object' && Boolean(options.once);
  if (listener && watched(this) && !once) {
    const byType = listeners.get(this) ?? new Map<string, Set<unknown>>();
    listeners.set(this, byType);
    const key = `${type} ${capture(options)}`;
    const set = byType.get(key) ?? new Set();
    byType.set(key, set);
    set.add(listener);
  }
  return add.call(this, type, listener, options);
};
et.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener && watched(this)) listeners.get(this)?.get(`${type} ${capture(options)}`)?.delete(listener);
  return remove.call(this, type, listener, options);
};
const listening = () => [...listeners.values()].reduce((n, byType) => n + [...byType.values()].reduce((m, s) => m + s.size, 0), 0);

/** Timers started while `recording`, still pending; and how many were started (the check sees them). */
let recording = false;
const pending = new Set<number>();
let started = 0;
const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  if (!recording || typeof handler !== 'function') return setT(handler, ms, ...args);
  const id = setT(
    (...a: unknown[]) => {
      pending.delete(id);
      (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  pending.add(id);
  started++;
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pending.delete(id);
  clearT(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = setI(handler, ms, ...args);
  if (recording) pending.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) pending.delete(id);
  clearI(id);
}) as typeof window.clearInterval;

const connected = () => document.querySelectorAll(TAGS.join(',')).length;
const snapshot = () => ({ connected: connected(), observing: observing(), listening: listening(), timers: pending.size });
/** The most seen while elements were connected: proves the counters see what elements do. */
const peak = { connected: 0, observing: 0 };
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function mountAndRemove(tag: string, count: number, host: HTMLElement, url: string): Promise<void> {
  for (let done = 0, batch = 0; done < count; done += BATCH, batch++) {
    const els: PlanElement[] = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i++) {
      const el = document.createElement(tag) as PlanElement;
      // Every other batch loads from a URL (through the loader, its timeout timer and abort).
      if (batch % 2 === 0) el.plan = tinyPlan();
      else el.src = url;
      host.append(el);
      els.push(el);
    }
    if (batch % 4 === 3) {
      // Removed while loading: the request is aborted and its timer cleared.
      for (const el of els) el.remove();
      continue;
    }
    // Drawn at its width (ResizeObserver, then a frame), then removed.
    await Promise.all(els.map((el) => el.updateComplete));
    for (let i = 0; i < 20 && els.some((el) => el.state === 'loading' || !el.shadowRoot?.querySelector('.chart > *')); i++) await frames(1);
    expect(els.every((el) => el.state === 'ready'), `${tag}: every element drew`).to.equal(true);
    peak.connected = Math.max(peak.connected, connected());
    peak.observing = Math.max(peak.observing, observing());
    for (const el of els) el.remove();
  }
}

describe('leaks: mounting and removing each element 500 times', () => {
  const url = jsonUrl(tinyPlan());
  let host: HTMLElement;

  before(() => {
    host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
  });

  after(() => {
    host.remove();
    URL.revokeObjectURL(url);
  });

  for (const tag of TAGS) {
    it(`<${tag}> leaves no element, observer, listener or timer behind`, async function () {
      this.timeout(30_000);
      // Once first, so one-time work (fonts, caches) is not counted as a leak.
      await mountAndRemove(tag, 2, host, url);
      await frames(2);
      const before = snapshot();
      peak.connected = peak.observing = started = 0;
      recording = true;
      try {
        await mountAndRemove(tag, MOUNTS, host, url);
        // Let aborted requests settle and pending frames run.
        await new Promise((r) => setT(r, 50));
        await frames(3);
      } finally {
        recording = false;
      }
      const after = snapshot();
      expect(peak.connected - before.connected, 'elements seen connected').to.equal(BATCH);
      expect(peak.observing - before.observing, 'observations seen').to.be.at.least(BATCH);
      expect(started, 'loader timers seen').to.be.above(0);
      expect(after, `${tag}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`).to.deep.equal({ ...before, timers: 0 });
    });
  }
});
