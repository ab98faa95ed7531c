// React 19 recipe: the elements are plain JSX. React 19 sets a prop as a property when the
// element has one (`plan={object}`), and `on` + an event's exact name adds a listener for
// that event (`oncodi-select`). Mounted by test/browser/recipes.test.ts.
import { useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import 'codi-plan-viz'; // registers every element (or import one: 'codi-plan-viz/charts/gauge/define.js')
import type {} from 'codi-plan-viz/jsx'; // JSX types for the elements and their events
import type { MarkDetail, Plan } from 'codi-plan-viz';

export function App({ planUrl }: { planUrl: string }) {
  const [plan, setPlan] = useState<Plan>();
  const [selected, setSelected] = useState<MarkDetail>();

  // The app already has the plan (fetched here; it could come from a store or an API).
  useEffect(() => {
    const request = new AbortController();
    fetch(planUrl, { signal: request.signal })
      .then((response) => response.json() as Promise<Plan>)
      .then(setPlan, () => undefined);
    return () => request.abort();
  }, [planUrl]);

  return (
    <main>
      {/* An attribute: the element fetches and validates the file itself. */}
      <codi-kpi-gauge src={planUrl} kpi="kpi-3-6" oncodi-select={(event) => setSelected(event.detail)} />

      {/* A property: an object (React 19 assigns `plan` as a property, not a string attribute). */}
      {plan && <codi-budget-treemap plan={plan} lang="en" oncodi-select={(event) => setSelected(event.detail)} />}

      <p role="status">{selected ? `Selected: ${selected.label}` : 'Nothing selected'}</p>
    </main>
  );
}

/** Renders the recipe into `container`, as `main.tsx` of a Vite React app would. */
export function mount(container: Element, planUrl: string): Root {
  const root = createRoot(container);
  root.render(<App planUrl={planUrl} />);
  return root;
}
