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

const settled = async (root: HTMLElement) => {
  // They must apply before axe checks contrast. (Only awaited when there are some, so other stories keep their timing.)
  const stylesheets = pendingStylesheets(root);
  if (stylesheets.length) await Promise.all(stylesheets);
  const start = performance.now();
  for (;;) {
    const els = [...root.querySelectorAll('*')].filter((e): e is PlanElement => e.tagName.startsWith('CODI-'));
    const loading = els.filter((e) => e.state === 'loading' && !e.src?.includes('__pending__'));
    if (!loading.length || performance.now() - start > 8000) {
      await Promise.all(els.map((e) => e.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return els;
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
          const els = await settled(host);
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
