/**
 * The drill animation: the new level grows out of the cell drilled into, or
 * the old level shrinks back into its cell on the way up. Pure geometry: the
 * keyframes of the stage's transform, from the layout drawn.
 */
import type { TreemapLayout } from './layout.js';

export interface Zoom {
  dir: 'in' | 'out';
  /** Drilling in: the cell drilled into, where it was drawn. */
  rect?: { x0: number; y0: number; x1: number; y1: number };
  /** The node drilled into (in) or come back from (out). */
  key: string;
}

/** Keyframes taking the stage from the zoomed cell to the whole box; undefined when there is nothing to animate. */
export function zoomFrames(zoom: Zoom, layout: TreemapLayout): Keyframe[] | undefined {
  const { width: W, height: H } = layout;
  const r = zoom.dir === 'in' ? zoom.rect : layout.cells.find((c) => c.key === zoom.key);
  if (!r || !(r.x1 - r.x0 > 1) || !(r.y1 - r.y0 > 1) || !(W > 0) || !(H > 0)) return undefined;
  const sx = (r.x1 - r.x0) / W;
  const sy = (r.y1 - r.y0) / H;
  const from = zoom.dir === 'in' ? `translate(${r.x0}px, ${r.y0}px) scale(${sx}, ${sy})` : `scale(${1 / sx}, ${1 / sy}) translate(${-r.x0}px, ${-r.y0}px)`;
  return [{ transform: from, opacity: zoom.dir === 'in' ? 0.4 : 0.6 }, { transform: 'none', opacity: 1 }];
}
