/**
 * Plans link to shared framework catalogues (the national strategy, master
 * plans, NESDP milestones, SDGs) by id instead of restating them. Before the
 * integrity rules run, the catalogue items a plan uses (and their ancestors)
 * are copied into its `frameworks`, so every chart draws them by their
 * catalogue names without knowing catalogues exist.
 */
import type { Catalogue, Framework, Plan } from './plan.js';
import type { Problem } from './problems.js';

export function resolveCatalogues(plan: Plan, catalogues: readonly Catalogue[]): { plan: Plan; problems: Problem[] } {
  const wanted = plan.catalogues ?? [];
  const problems: Problem[] = [];
  const loaded: Catalogue[] = [];
  wanted.forEach((id, i) => {
    const c = catalogues.find((x) => x.id === id);
    if (c) loaded.push(c);
    else problems.push({ rule: 'reference', path: `$.catalogues[${i}]`, message: `catalogue "${id}" is not loaded (the CLI reads data/frameworks/${id}.json; an element takes catalogue-src)` });
  });
  if (!loaded.length) return { plan, problems };

  const own = new Set<string>();
  for (const f of plan.frameworks ?? []) {
    own.add(f.id);
    for (const it of f.items) own.add(it.id);
  }
  const used = new Set<string>();
  for (const l of plan.links ?? []) if (!own.has(l.to)) used.add(l.to);
  for (const f of plan.frameworks ?? []) for (const it of f.items) if (it.ref) used.add(it.ref);

  const copied: Framework[] = [];
  for (const c of loaded) {
    for (const f of c.frameworks) {
      const parent = new Map(f.items.map((it) => [it.id, it.parent]));
      const keep = new Set<string>();
      for (const it of f.items) {
        if (!used.has(it.id)) continue;
        for (let cur: string | undefined = it.id, guard = 0; cur !== undefined && !keep.has(cur) && guard < 32; cur = parent.get(cur), guard++) keep.add(cur);
      }
      if (keep.size || used.has(f.id)) copied.push({ ...f, items: f.items.filter((it) => keep.has(it.id)) });
    }
  }
  // A `ref` must name an item of a loaded catalogue.
  const known = new Set(loaded.flatMap((c) => c.frameworks.flatMap((f) => [f.id, ...f.items.map((it) => it.id)])));
  plan.frameworks?.forEach((f, i) =>
    f.items.forEach((it, j) => {
      if (it.ref && !known.has(it.ref)) problems.push({ rule: 'reference', path: `$.frameworks[${i}].items[${j}].ref`, message: `"${it.ref}" is not an item of the loaded catalogues (${wanted.join(', ')})` });
    }),
  );
  return { plan: { ...plan, frameworks: [...(plan.frameworks ?? []), ...copied] }, problems };
}
