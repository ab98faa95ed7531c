/** Keyboard movement between treemap cells: pure geometry, no DOM. */

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * The nearest cell in the direction of an arrow key, from the centre of cell
 * `from`: among cells whose centre lies that way, the one closest along the
 * key's axis, with sideways distance counting double. `from` when none.
 */
export function neighbour(rects: readonly { x0: number; y0: number; x1: number; y1: number }[], from: number, key: ArrowKey): number {
  const c = rects[from];
  if (!c) return from;
  const cx = (c.x0 + c.x1) / 2;
  const cy = (c.y0 + c.y1) / 2;
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const sign = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
  let best = from;
  let bestScore = Infinity;
  rects.forEach((r, i) => {
    if (i === from) return;
    // Nearest point of the candidate to our centre, so a long neighbour counts as close.
    const dx = Math.max(r.x0 - cx, 0, cx - r.x1) * Math.sign((r.x0 + r.x1) / 2 - cx);
    const dy = Math.max(r.y0 - cy, 0, cy - r.y1) * Math.sign((r.y0 + r.y1) / 2 - cy);
    const along = (horizontal ? (r.x0 + r.x1) / 2 - cx : (r.y0 + r.y1) / 2 - cy) * sign;
    if (along <= 0) return;
    const score = Math.abs(horizontal ? dx : dy) + 2 * Math.abs(horizontal ? dy : dx) + along * 1e-3;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** Where a key moves the focus among `rects` from `at`: arrows to the neighbour, Home and End to the first and last; undefined for any other key. */
export function moveFocus(rects: readonly { x0: number; y0: number; x1: number; y1: number }[], at: number, key: string): number | undefined {
  if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') return neighbour(rects, at, key);
  if (key === 'Home') return 0;
  if (key === 'End') return rects.length - 1;
  return undefined;
}
