// The framework recipes in examples/, mounted as an app would mount them (the test runner
// serves them: `codi-plan-viz` from src/, React as ES modules, Vue's full build; see
// scripts/wtr-recipes.mjs). Each must draw the plan given by URL and by object, and a
// selection in an element must reach the framework's own event handler.
// The plain-HTML recipe needs the one-file bundle: test/unit/bundle.test.ts mounts it.
import { expect } from '@open-wc/testing';
import { mount as mountReact } from '../../examples/react/app.js';
import { mount as mountVue } from '../../examples/vue/app.js';
import type { CodiKpiGauge } from '../../src/charts/gauge/define.js';
import type { CodiBudgetTreemap } from '../../src/charts/treemap/define.js';
import { untilDrawn } from './helpers/dom.js';

const PLAN = '/data/codi-2567.plan.json';

async function until<T>(what: string, get: () => T | null | undefined | false, ms = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What both recipes must do once mounted in `container`. */
async function checkRecipe(container: HTMLElement): Promise<void> {
  const gauge = await until('the gauge', () => container.querySelector<CodiKpiGauge>('codi-kpi-gauge'));
  const treemap = await until('the treemap (rendered once the app has the plan object)', () => container.querySelector<CodiBudgetTreemap>('codi-budget-treemap'));
  await untilDrawn(gauge, 10_000);
  await untilDrawn(treemap, 10_000);
  const status = container.querySelector('[role="status"]')!;
  expect(status.textContent).to.equal('Nothing selected');

  // By URL: the gauge fetched the plan and drew the NPL indicator (lower is better, no result yet).
  expect(gauge.state).to.equal('ready');
  expect(gauge.shadowRoot!.textContent).to.contain('NPL');

  // By object: `plan` arrived as a property (an attribute would be the string "[object Object]").
  expect(treemap.hasAttribute('plan')).to.equal(false);
  expect(treemap.plan).to.be.an('object');
  expect(treemap.state).to.equal('ready');
  expect(treemap.validatedPlan?.id).to.equal('codi-2567');
  expect(treemap.shadowRoot!.querySelectorAll('.cell').length).to.be.greaterThan(0);
  expect(treemap.shadowRoot!.textContent).to.contain('million baht'); // lang="en" reached it too

  // Events reach the framework's handler: selecting a gauge, then a treemap cell, shows in its state.
  gauge.shadowRoot!.querySelector<HTMLElement>('.mark')!.click();
  await until('the gauge selection in the app', () => /^Selected: .*NPL/.test(status.textContent ?? ''));
  const cell = treemap.shadowRoot!.querySelector<HTMLElement>('.cell.d1:not(.zero)')!;
  cell.click();
  await until('the treemap selection in the app', () => status.textContent !== '' && !/NPL/.test(status.textContent ?? ''));
  expect(status.textContent).to.match(/^Selected: \S/);
}

describe('framework recipes', () => {
  let container: HTMLElement;
  const warnings: string[] = [];
  const originalWarn = console.warn;
  const originalError = console.error;

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    warnings.length = 0;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      originalWarn(...args);
    };
    console.error = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      originalError(...args);
    };
  });

  afterEach(() => {
    console.warn = originalWarn;
    console.error = originalError;
    container.remove();
  });

  it('React 19 (examples/react): src attribute, plan property, oncodi-select handler', async function () {
    this.timeout(20_000);
    const root = mountReact(container, PLAN);
    try {
      await checkRecipe(container);
      expect(warnings, 'React warnings').to.deep.equal([]);
    } finally {
      root.unmount();
    }
  });

  it('Vue 3 (examples/vue): isCustomElement, .plan property binding, @codi-select handler', async function () {
    this.timeout(20_000);
    const app = mountVue(container, PLAN);
    try {
      await checkRecipe(container);
      // No "Failed to resolve component" or other Vue warning. (Vue's in-browser compiler would
      // also fall back to customElements.get; a precompiled template needs isCustomElement.)
      expect(app.config.compilerOptions.isCustomElement?.('codi-kpi-gauge')).to.equal(true);
      expect(warnings, 'Vue warnings').to.deep.equal([]);
    } finally {
      app.unmount();
    }
  });
});
