/**
 * The treemap's colour key: which categories (funding sources, or the plan's
 * top-level items) the cells of the level shown are coloured by, each with
 * its exact total. Pure: a budget tree in, entries out.
 */
import type { Label } from '../../schema/plan.js';
import { shares } from '../../format/number.js';
import type { BudgetNode, BudgetTree } from './tree.js';
import { ts } from './strings.js';

export type ColorBy = 'source' | 'issue';

export interface LegendEntry {
  /** Category index (funding source or issue); -1 for lines without a development issue. */
  index: number;
  label: Label;
  /** Number as printed (development issues). */
  code?: string;
  units: number;
  /** Percent of the total shown, to 0.1, adding up to 100.0. */
  share: number;
}

/** What the colours mean, with the total of each category within the focus; the totals add up to the focus's. */
export function legendOf(tree: BudgetTree, focus: BudgetNode, colorBy: ColorBy): LegendEntry[] {
  const byIndex = new Map<number, number>();
  if (colorBy === 'source') {
    focus.bySource.forEach((u, i) => u > 0 && byIndex.set(i, u));
  } else {
    const walk = (n: BudgetNode): void => {
      if (n.issue >= 0 || !n.children.length) byIndex.set(n.issue, (byIndex.get(n.issue) ?? 0) + n.units);
      else n.children.forEach(walk);
    };
    walk(focus);
  }
  const entries = [...byIndex].filter(([, u]) => u > 0).sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]));
  const pct = shares(entries.map(([, u]) => u), 1);
  const cats = colorBy === 'source' ? tree.sources : tree.issues;
  return entries.map(([index, units], i) => ({
    index,
    label: index < 0 ? { th: ts('other', 'th'), en: ts('other', 'en') } : (cats[index]?.shortLabel ?? cats[index]?.label ?? { th: String(index) }),
    code: index < 0 ? undefined : cats[index]?.code,
    units,
    share: pct[i] ?? 0,
  }));
}
