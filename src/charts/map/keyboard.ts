/**
 * Keyboard navigation over the map's marks, as pure functions: which mark a
 * key moves to, the reading order Home and End follow, and the point of an
 * area the arrow keys measure from. No DOM, no Lit.
 */
import { ARROWS, nearestInDirection } from './layout.js';

export interface Point {
  x: number;
  y: number;
}

/**
 * The index of the mark a key moves focus to among marks at `points` (arrow
 * keys: the nearest in that direction; Home: the first; End: the last), -1
 * when an arrow finds no mark that way, or undefined for a key that does not
 * move focus (left to the page).
 */
export function keyTarget(key: string, points: readonly Point[], from: number): number | undefined {
  const dir = ARROWS[key];
  if (dir) return nearestInDirection(points, from, dir);
  if (key === 'Home') return 0;
  if (key === 'End') return points.length - 1;
  return undefined;
}

/** Rows from the north, then columns from the west: the order Home and End follow. */
export function readingOrder(a?: { col: number; row: number }, b?: { col: number; row: number }): number {
  return (a?.row ?? 0) - (b?.row ?? 0) || (a?.col ?? 0) - (b?.col ?? 0);
}

/** The centre of a set of grid cells, in px (for arrow-key moves and region labels). */
export function centre(cells: readonly { col: number; row: number }[], cell: number): Point {
  if (!cells.length) return { x: 0, y: 0 };
  const mean = (f: (c: { col: number; row: number }) => number) => cells.reduce((a, c) => a + f(c), 0) / cells.length;
  const cx = mean((c) => c.col);
  const cy = mean((c) => c.row);
  // Label a region on its cell nearest the mean, so the label sits inside the region.
  const near = [...cells].sort((a, b) => Math.hypot(a.col - cx, a.row - cy) - Math.hypot(b.col - cx, b.row - cy))[0] as { col: number; row: number };
  return { x: (near.col + 0.5) * cell, y: (near.row + 0.5) * cell };
}
