/** Moving the focus among the sankey's nodes with the keyboard (a roving tabindex). */
import type { AlignmentGraph } from './model.js';
import type { NodeBox, SankeyGeometry } from './layout.js';

/** The nodes in reading order: column by column, top to bottom. */
export function readingOrder(geo: SankeyGeometry): NodeBox[] {
  return [...geo.nodes].sort((a, b) => a.column - b.column || a.y0 - b.y0);
}

/**
 * The node a key moves the focus to from `focusId` (the first node when it
 * is not drawn), or undefined for a key that does not move it. Up and down
 * stay in the column; left and right follow the largest flow, else go to the
 * nearest node of the next column; Home and End go to the first and last.
 */
export function nextFocus(key: string, g: AlignmentGraph, geo: SankeyGeometry, focusId: string | undefined): string | undefined {
  const boxes = readingOrder(geo);
  const current = boxes.find((b) => b.id === focusId) ?? boxes[0];
  if (!current) return undefined;
  const column = (c: number) => boxes.filter((b) => b.column === c);
  const mine = column(current.column);
  const i = mine.indexOf(current);
  let next = current;
  if (key === 'ArrowDown') next = mine[Math.min(mine.length - 1, i + 1)];
  else if (key === 'ArrowUp') next = mine[Math.max(0, i - 1)];
  else if (key === 'Home') next = boxes[0];
  else if (key === 'End') next = boxes[boxes.length - 1];
  else if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const right = key === 'ArrowRight';
    const flows = g.links.filter((l) => (right ? l.source : l.target) === current.id).sort((a, b) => b.value - a.value);
    const id = flows[0] ? (right ? flows[0].target : flows[0].source) : undefined;
    const other = column(current.column + (right ? 1 : -1));
    const centre = (current.y0 + current.y1) / 2;
    next = other.find((b) => b.id === id) ?? [...other].sort((a, b) => Math.abs((a.y0 + a.y1) / 2 - centre) - Math.abs((b.y0 + b.y1) / 2 - centre))[0] ?? current;
  } else return undefined;
  return next.id;
}
