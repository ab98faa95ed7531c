// Renders every story of every stories/*.stories.ts file (found by the test runner, so a new
// story is checked without anyone registering it) and runs axe-core on it: WCAG 2.2 A and AA.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { AxeResults, RunOptions } from 'axe-core';
import stories from '/__all-stories.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { badValues } from './helpers/dom.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  name?: string;
}

/** Stylesheets a story links (a theme, as a site links one) that have not applied yet. */
const pendingStylesheets = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .filter((link) => !link.sheet)
    .map((link) => new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    }));

/** How long a story's elements may take to load and draw before the test fails. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * An element that was given data (`src` or `.plan`) and has not finished with it: still `idle`
 * (a `src` not fetched yet) or `loading`. Only a story's deliberately endless load (a
 * `__pending__` URL, the loading-state story) is left loading.
 */
const unsettled = (e: PlanElement): boolean => {
  const given = e.plan !== undefined || Boolean(e.src?.trim());
  const endless = e.plan === undefined && Boolean(e.src?.includes('__pending__'));
  const state = e.getAttribute('state') ?? 'idle'; // no attribute before the first update
  return given && !endless && (state === 'idle' || state === 'loading');
};

/** Waits until every element of the story has drawn its data (or failed to), then for stylesheets and a frame. */
const settled = async (root: HTMLElement, story: string) => {
  // They must apply before axe checks contrast. (Only awaited when there are some, so other stories keep their timing.)
  const stylesheets = pendingStylesheets(root);
  if (stylesheets.length) await Promise.all(stylesheets);
  const start = performance.now();
  for (;;) {
    // Plan elements only (they have a `state`; <codi-plan-group> has none).
    const els = [...root.querySelectorAll('*')].filter((e): e is PlanElement => e.tagName.startsWith('CODI-') && 'state' in e);
    const waiting = els.filter(unsettled);
    if (!waiting.length) {
      await Promise.all(els.map((e) => e.updateComplete));
      // An update may have started a load (a `src` set during the first render): look again.
      if (els.some(unsettled)) continue;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return els;
    }
    if (performance.now() - start > SETTLE_TIMEOUT_MS) {
      const which = waiting.map((e) => `<${e.localName}> ${e.getAttribute('state') ?? 'idle'} (${e.plan !== undefined ? 'plan property' : `src="${e.src}"`})`);
      throw new Error(`${story}: after ${SETTLE_TIMEOUT_MS / 1000} s, still not drawn: ${which.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** axe-core ships as a UMD script: load it as a classic script, once. */
async function axe(): Promise<{ run: (context: Element, options: RunOptions) => Promise<AxeResults> }> {
  const w = window as unknown as { axe?: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load axe-core'));
      document.head.append(script);
    });
  }
  return w.axe!;
}

describe('every story', () => {
  it('found story files to check', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const { file, module } of stories) {
    const meta = (module.default ?? {}) as StoryLike & { title?: string };
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      it(`${meta.title ?? file} / ${name}: renders, with no axe violations and no NaN`, async function () {
        this.timeout(20_000);
        const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
        const draw = story.render ?? meta.render;
        if (!draw) throw new Error(`${file} ${name} has no render function`);
        const host = document.createElement('div');
        host.setAttribute('lang', 'th');
        document.body.append(host);
        try {
          render(draw(args, { args, id: name }), host);
          const els = await settled(host, `${meta.title ?? file} / ${name}`);
          expect(els.length, 'the story renders at least one element').to.be.greaterThan(0);
          for (const el of els) expect(badValues(el), `${el.tagName} markup`).to.deep.equal([]);
          const result = await (await axe()).run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
          expect(violations).to.deep.equal([]);
        } finally {
          render(null, host);
          host.remove();
        }
      });
    }
  }
});
