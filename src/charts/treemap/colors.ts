/**
 * Treemap colours, from the theme's category colours in the plan's order:
 * a cell's fill (one colour, or bands in proportion to its funding sources)
 * and a legend swatch. Pure: CSS colour strings out.
 */
import { categoryColor, type CategoryKind } from '../../core/theme.js';
import type { TreemapCell } from './cell.js';
import type { ColorBy } from './legend.js';

/**
 * The background of a cell, or of its header band when its children are drawn
 * inside it. `topKind` colours the plan's top-level items (development issues,
 * or agencies when several plans are shown as one).
 */
export function cellFill(cell: TreemapCell, colorBy: ColorBy, topKind: CategoryKind, header: boolean): string {
  if (colorBy === 'issue') {
    const c = cell.node.issue >= 0 ? categoryColor(topKind, cell.node.issue) : 'var(--_tm-other)';
    return header ? `color-mix(in srgb, ${c} 70%, #000)` : c;
  }
  if (header) return 'var(--_tm-header)';
  const parts = cell.funding;
  if (!parts.length) return 'var(--_tm-other)';
  if (parts.length === 1) return categoryColor('source', parts[0].source);
  // Horizontal bands in proportion to each source's money: the area of each colour is its money.
  let at = 0;
  const stops = parts.map((p, i) => {
    const start = at;
    at = i === parts.length - 1 ? 100 : at + p.share * 100;
    return `${categoryColor('source', p.source)} ${start.toFixed(2)}% ${at.toFixed(2)}%`;
  });
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/** The colour of legend entry `index` (-1: lines under no top-level item). */
export function swatchColor(index: number, colorBy: ColorBy, topKind: CategoryKind): string {
  return index < 0 ? 'var(--_tm-other)' : categoryColor(colorBy === 'issue' ? topKind : 'source', index);
}
