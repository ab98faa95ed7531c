// Vue 3 recipe: tell the template compiler that codi-* tags are custom elements, bind the plan
// object as a DOM property (`.plan`), and listen with `@codi-select`. The template here is a
// string compiled in the browser, which needs Vue's full build (see README.md); a single-file
// component compiled by Vite needs the same `isCustomElement` in the Vue plugin's options.
// Mounted by test/browser/recipes.test.ts.
import { createApp, ref, shallowRef, type App } from 'vue';
import 'codi-plan-viz'; // registers every element (or import one: 'codi-plan-viz/charts/gauge/define.js')
import type { MarkDetail, Plan } from 'codi-plan-viz';

export function mount(container: Element, planUrl: string): App {
  const app = createApp({
    setup() {
      // shallowRef: the element gets the plan object itself, not a reactive Proxy of it.
      const plan = shallowRef<Plan>();
      const selected = ref<MarkDetail>();
      fetch(planUrl)
        .then((response) => response.json() as Promise<Plan>)
        .then((value) => (plan.value = value), () => undefined);
      const onSelect = (event: CustomEvent<MarkDetail>) => (selected.value = event.detail);
      return { planUrl, plan, selected, onSelect };
    },
    template: `
      <main>
        <!-- An attribute: the element fetches and validates the file itself. -->
        <codi-kpi-gauge :src="planUrl" kpi="kpi-3-6" @codi-select="onSelect"></codi-kpi-gauge>

        <!-- A property: .plan binds the object as a DOM property. -->
        <codi-budget-treemap v-if="plan" .plan="plan" lang="en" @codi-select="onSelect"></codi-budget-treemap>

        <p role="status">{{ selected ? 'Selected: ' + selected.label : 'Nothing selected' }}</p>
      </main>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('codi-');
  app.mount(container);
  return app;
}
