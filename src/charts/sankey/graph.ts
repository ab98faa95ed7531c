/**
 * From a plan to the alignment graph: a column for the chosen framework's
 * items, then one column per plan level (development issue, program…), with
 * flows weighted by budget or by count. Pure: no DOM, no Lit.
 *
 * Money is never counted twice. Every amount sits at one plan item (its
 * budget line's item, or the nearest one above the line) and is an "atom".
 * An atom is shared among the framework items its item serves, by the
 * links' weights (equal shares for unweighted links): first the links of the
 * item and of the items under it; failing those, the nearest item above it
 * that states links; failing that, "not linked". Shares are allocated in
 * integer units (0.0001 million baht) by largest remainder, so every column
 * adds up to the plan's total exactly.
 *
 * The steps live beside this file: hierarchy.ts (the plan's item tree),
 * atoms.ts (the amounts), shares.ts (links to the framework), assemble.ts
 * (nodes and flows), queries.ts (what a hover asks of the graph).
 */
import type { Plan } from '../../schema/plan.js';
import { MONEY_SCALE } from '../../schema/money.js';
import { pickLabel } from '../../format/label.js';
import { amounts, splitAtoms } from './atoms.js';
import { assemble } from './assemble.js';
import { pickFramework } from './frameworks.js';
import { planHierarchy } from './hierarchy.js';
import { COUNT_SCALE, MAX_DEPTH, UNLINKED, type AlignmentGraph, type GraphOptions } from './model.js';
import { frameworkShares } from './shares.js';

export * from './model.js';
export { linkedFrameworks, pickFramework } from './frameworks.js';
export { allocate } from './shares.js';
export { breakdown, contributions, graphIndex, related, type GraphIndex } from './queries.js';

export function alignmentGraph(plan: Plan, options: GraphOptions): AlignmentGraph {
  const lang = options.lang;
  const levels = plan.levels ?? [];
  const depth = Math.max(1, Math.min(MAX_DEPTH, levels.length, Math.floor(options.depth ?? 2) || 2));
  const items = plan.items ?? [];
  const framework = pickFramework(plan, options.framework);
  const frameworkLabel = framework ? pickLabel(framework.label, lang) : (options.framework ?? '');
  const levelLabel = (k: number) => pickLabel(levels[k]?.label, lang);
  const columns = [{ title: frameworkLabel }, ...levels.slice(0, depth).map((l) => ({ title: pickLabel(l.label, lang), levelId: l.id }))];
  const base: AlignmentGraph = {
    framework,
    frameworkLabel,
    columns,
    nodes: [],
    links: [],
    atoms: [],
    weighting: options.weight === 'count' ? 'count' : 'budget',
    scale: MONEY_SCALE,
    unit: 'million-baht',
    total: 0,
    restLevels: [],
    leafLevel: levelLabel(depth - 1),
    roles: [],
  };
  if (!items.length || !levels.length) return { ...base, empty: 'noItems' };
  if (!plan.frameworks?.length) return { ...base, empty: 'noFrameworks' };
  if (!framework) return { ...base, empty: 'unknownFramework' };

  const h = planHierarchy(plan, depth);
  const { units, weighting, fallbackLevel } = amounts(plan, h, depth, options.weight, levelLabel);
  const atoms = splitAtoms(units, h, frameworkShares(plan, framework, h));
  const total = atoms.reduce((s, a) => s + a.units, 0);
  const common = {
    ...base,
    atoms,
    weighting,
    fallbackLevel,
    scale: weighting === 'budget' ? MONEY_SCALE : COUNT_SCALE,
    unit: weighting === 'budget' ? ('million-baht' as const) : ('item' as const),
    total,
  };
  if (!atoms.length || total <= 0) return { ...common, empty: 'noValues' };
  if (atoms.every((a) => a.targets.every((t) => t.node === UNLINKED))) return { ...common, empty: 'noLinks' };

  const { nodes, links, restLevels, roles } = assemble(atoms, { framework, frameworkLabel, lang, h, levelLabel });
  return { ...common, nodes, links, restLevels: restLevels.map((k) => levelLabel(k)), roles };
}
