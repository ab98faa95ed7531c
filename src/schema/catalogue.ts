/**
 * Plans and shared framework catalogues (the national strategy, master plans,
 * NESDP milestones, SDGs: data/frameworks/th-national.json).
 *
 * A plan names the catalogues it uses in `catalogues` and reaches their items
 * in two ways:
 * - by id: a link `to` (or `from`), a framework item's `parent` or a
 *   discrepancy's `affects` names a catalogue item that the plan does not
 *   define itself;
 * - by `ref`: the plan restates a national item in its own `frameworks` (with
 *   the name its document prints, so the file renders on its own) and says
 *   which catalogue item it is.
 *
 * Rules, applied by `resolveCatalogues` before the integrity rules run:
 *
 * 1. **When a declared catalogue must be loaded.** Only when something needs
 *    it: an id named by a link, a framework item's `parent` or a discrepancy
 *    that the plan does not define and that no loaded catalogue holds. Then
 *    each declared catalogue that is not loaded is a located problem
 *    (`$.catalogues[i]`). A plan whose references all resolve in its own items
 *    (every national item restated, with `ref`) validates without any
 *    catalogue, and nothing is rewritten.
 * 2. **Refs are checked when they can be.** With every declared catalogue
 *    loaded, each `ref` must name an item (or framework) of one of them.
 * 3. **Canonical ids.** With a catalogue loaded, every restated item whose
 *    `ref` names a catalogue item is replaced by that item, so two plans that
 *    link to the same national item end up with the same id (`combinePlans`
 *    joins on them):
 *    - its id becomes the catalogue id everywhere: links (`from`, `to`),
 *      framework items' `parent`, discrepancies' `affects`;
 *    - it moves into a copy of the catalogue framework that holds it (e.g.
 *      `th-mp`), together with its catalogue ancestors (the plan's own
 *      restated ancestors with a `ref` become those ancestors);
 *    - its name, `code`, `parent` and `kind` are the catalogue's; what the
 *      plan says about the item (`role`, `goals`, `indicators`, `notes`,
 *      `source`) is kept from the restated item, and the catalogue's is used
 *      only where the plan says nothing. `ref` itself is dropped (the id is
 *      the ref now).
 * 4. **Items without a ref stay the plan's own**, with their ids. Those that
 *    sit under a canonicalised item (e.g. the strategy issues a plan quotes
 *    under national strategy 4) move with it into the catalogue framework copy,
 *    after the catalogue's items, their `parent` rewritten; the others stay in
 *    their framework.
 * 5. **Restated frameworks.** A plan framework emptied by rules 3 and 4 is
 *    dropped. Its id, where something names it, becomes the id of the
 *    catalogue framework its items went to (when they all went to one; a
 *    framework whose items went to several catalogue frameworks is kept, empty,
 *    when something names it). A plan framework that was empty to begin with is
 *    kept. The catalogue framework copies take the place of the first plan
 *    framework whose items went into them; catalogue frameworks reached only by
 *    id follow the plan's frameworks, in catalogue order.
 * 6. **Order and duplicates.** Catalogue items keep the catalogue's order. When
 *    two restated items refer to the same catalogue item, the first one's
 *    statements are kept and both ids are rewritten to the catalogue id. A plan
 *    item whose own id equals a catalogue item copied in (without a `ref`) is a
 *    duplicate id, reported by the integrity rules.
 *
 * The result is stable: resolving an already resolved plan again (with or
 * without the catalogue) changes nothing, because every reference then
 * resolves in the plan itself.
 */
import type { Catalogue, Framework, FrameworkItem, Plan } from './plan.js';
import type { Problem } from './problems.js';

interface CatalogueHit {
  catalogue: Catalogue;
  framework: Framework;
  item?: FrameworkItem;
}

/** Every id the plan defines itself, in any list. */
function definedIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly { id: string }[] | undefined) => list?.forEach((x) => ids.add(x.id));
  add(plan.levels);
  add(plan.fundingSources);
  add(plan.units);
  add(plan.responsibleUnits);
  add(plan.regions);
  add(plan.frameworks);
  plan.frameworks?.forEach((f) => add(f.items));
  add(plan.items);
  add(plan.kpis);
  add(plan.budget?.lines);
  add(plan.budget?.shares);
  add(plan.households?.projects);
  add(plan.discrepancies);
  return ids;
}

/** Ids the plan names where a framework (item) or any plan id is expected. */
function namedIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const l of plan.links ?? []) ids.add(l.from).add(l.to);
  for (const f of plan.frameworks ?? []) for (const it of f.items) if (it.parent !== undefined) ids.add(it.parent);
  for (const d of plan.discrepancies ?? []) for (const a of d.affects ?? []) ids.add(a);
  return ids;
}

const quoteList = (ids: readonly string[], max = 3) =>
  `${ids.slice(0, max).map((id) => `"${id}"`).join(', ')}${ids.length > max ? ` and ${ids.length - max} more` : ''}`;

export function resolveCatalogues(plan: Plan, catalogues: readonly Catalogue[]): { plan: Plan; problems: Problem[] } {
  const wanted = plan.catalogues ?? [];
  const problems: Problem[] = [];
  if (!wanted.length) return { plan, problems };
  const loaded: Catalogue[] = [];
  const missing: { id: string; index: number }[] = [];
  wanted.forEach((id, index) => {
    const c = catalogues.find((x) => x.id === id);
    if (c) {
      if (!loaded.includes(c)) loaded.push(c);
    } else missing.push({ id, index });
  });

  // Catalogue ids, first catalogue first.
  const index = new Map<string, CatalogueHit>();
  for (const catalogue of loaded) {
    for (const framework of catalogue.frameworks) {
      if (!index.has(framework.id)) index.set(framework.id, { catalogue, framework });
      for (const item of framework.items) if (!index.has(item.id)) index.set(item.id, { catalogue, framework, item });
    }
  }

  // Rule 1: a missing catalogue is a problem only when some reference needs it.
  const defined = definedIds(plan);
  const outside = [...namedIds(plan)].filter((id) => !defined.has(id));
  const unresolved = outside.filter((id) => !index.has(id));
  if (unresolved.length) {
    for (const m of missing) {
      problems.push({
        rule: 'reference',
        path: `$.catalogues[${m.index}]`,
        message: `catalogue "${m.id}" is not loaded, and the plan names ids it does not define (${quoteList(unresolved)}); the CLI reads data/frameworks/${m.id}.json, an element takes catalogue-src`,
      });
    }
  }
  if (!loaded.length) return { plan, problems };

  // Rule 2: refs are checked once every declared catalogue is there to check them against.
  if (!missing.length) {
    plan.frameworks?.forEach((f, i) =>
      f.items.forEach((it, j) => {
        if (it.ref !== undefined && !index.has(it.ref)) {
          problems.push({ rule: 'reference', path: `$.frameworks[${i}].items[${j}].ref`, message: `"${it.ref}" is not an item of the loaded catalogues (${wanted.join(', ')})` });
        }
      }),
    );
  }

  // Rule 3: restated items with a ref to a catalogue item, and what the plan says about them.
  const canon = new Map<string, string>();
  const statements = new Map<string, Partial<FrameworkItem>>();
  const ownParent = new Map<string, string | undefined>();
  for (const f of plan.frameworks ?? []) {
    for (const it of f.items) {
      if (!ownParent.has(it.id)) ownParent.set(it.id, it.parent);
      const hit = it.ref === undefined ? undefined : index.get(it.ref);
      if (!hit?.item || canon.has(it.id)) continue;
      canon.set(it.id, hit.item.id);
      if (!statements.has(hit.item.id)) {
        const { id: _id, label: _label, code: _code, parent: _parent, kind: _kind, ref: _ref, ...said } = it;
        statements.set(hit.item.id, said);
      }
    }
  }
  if (!canon.size && !outside.some((id) => index.has(id))) return { plan, problems };

  // Rule 4: own items under a canonicalised item go where it goes.
  const homeOf = (id: string): Framework | undefined => {
    const seen = new Set<string>();
    for (let cur = ownParent.get(id); cur !== undefined && !seen.has(cur); cur = ownParent.get(cur)) {
      seen.add(cur);
      const c = canon.get(cur);
      if (c !== undefined) return index.get(c)!.framework;
    }
    return undefined;
  };

  // The catalogue items to copy: those named from outside or by a ref, and their ancestors.
  const used = new Set<string>([...canon.values(), ...outside.filter((id) => index.has(id))]);
  const keep = new Set<string>();
  for (const id of used) {
    const hit = index.get(id)!;
    if (!hit.item) continue;
    const parentIn = new Map(hit.framework.items.map((it) => [it.id, it.parent]));
    for (let cur: string | undefined = id, guard = 0; cur !== undefined && !keep.has(cur) && guard < 64; cur = parentIn.get(cur), guard++) keep.add(cur);
  }

  const rename = (id: string) => canon.get(id) ?? id;
  const moved = new Map<Framework, FrameworkItem[]>();
  const homes = new Map<Framework, Framework[]>(); // plan framework → catalogue frameworks its items went to
  const remaining = new Map<Framework, FrameworkItem[]>();
  for (const f of plan.frameworks ?? []) {
    const went: Framework[] = [];
    const stay: FrameworkItem[] = [];
    for (const it of f.items) {
      const c = canon.get(it.id);
      const home = c !== undefined ? index.get(c)!.framework : homeOf(it.id);
      if (home) {
        if (!went.includes(home)) went.push(home);
        if (c === undefined) {
          const list = moved.get(home) ?? [];
          list.push(it.parent === undefined ? it : { ...it, parent: rename(it.parent) });
          moved.set(home, list);
        }
      } else stay.push(it.parent === undefined ? it : { ...it, parent: rename(it.parent) });
    }
    homes.set(f, went);
    remaining.set(f, stay);
  }

  // Rule 5: which plan frameworks stay, and the id each dropped one takes.
  const named = namedIds(plan);
  const frameworkRename = new Map<string, string>();
  const dropped = new Set<Framework>();
  for (const f of plan.frameworks ?? []) {
    const went = homes.get(f)!;
    if (!f.items.length || remaining.get(f)!.length || !went.length) continue;
    if (went.length === 1) frameworkRename.set(f.id, went[0]!.id);
    else if (named.has(f.id)) continue;
    dropped.add(f);
  }

  const copyOf = (fw: Framework): Framework => {
    const items: FrameworkItem[] = fw.items.filter((it) => keep.has(it.id)).map((it) => ({ ...it, ...statements.get(it.id) }));
    return { ...fw, items: [...items, ...(moved.get(fw) ?? [])] };
  };
  const placed = new Set<Framework>();
  const frameworks: Framework[] = [];
  const place = (fw: Framework) => {
    if (placed.has(fw)) return;
    placed.add(fw);
    frameworks.push(copyOf(fw));
  };
  for (const f of plan.frameworks ?? []) {
    for (const home of homes.get(f)!) place(home);
    if (!dropped.has(f)) frameworks.push({ ...f, items: remaining.get(f)! });
  }
  for (const catalogue of loaded) {
    for (const fw of catalogue.frameworks) {
      if (fw.items.some((it) => keep.has(it.id)) || used.has(fw.id) || moved.has(fw)) place(fw);
    }
  }

  const id = (x: string) => canon.get(x) ?? frameworkRename.get(x) ?? x;
  const out: Plan = { ...plan, frameworks };
  if (plan.links) out.links = plan.links.map((l) => (id(l.from) === l.from && id(l.to) === l.to ? l : { ...l, from: id(l.from), to: id(l.to) }));
  if (plan.discrepancies) {
    out.discrepancies = plan.discrepancies.map((d) => (d.affects?.some((a) => id(a) !== a) ? { ...d, affects: d.affects.map(id) } : d));
  }
  return { plan: out, problems };
}
