/**
 * Household map geometry and figures, as pure functions: what each province
 * and region holds for the chosen projects, the class breaks of the colour
 * scale, the tile-grid layout, region outlines and spatial keyboard moves.
 * No DOM, no Lit.
 */
import { quantileSorted } from 'd3-array';
import type { Households, Region } from '../../schema/plan.js';
import { GRID_COLUMNS, GRID_ROWS, PROVINCES } from './provinces.js';

// ----- figures ----------------------------------------------------------------

/** Households of one area (province or region) for the chosen projects. */
export interface AreaFigures {
  id: string;
  /** Sum over the chosen projects; undefined when the source gives nothing for this area ("no data"). */
  value?: number;
  /** Households per chosen project (0 when the area is reported but not for that project). */
  byProject: Record<string, number>;
}

export interface RegionFigures extends AreaFigures {
  region: Region;
}

export interface HouseholdFigures {
  /** The level the plan's breakdown is given at; `none` when the source has no breakdown. */
  level: 'province' | 'region' | 'none';
  /** Ids of the chosen projects (one, or all of them). */
  projects: string[];
  /** National target of the chosen projects (the plan's figures, not a sum of areas). */
  target: number;
  /** Every province of Thailand, by ISO code. */
  provinces: Map<string, AreaFigures>;
  regions: RegionFigures[];
}

/**
 * Households per province and region for `projectIds`. An area the
 * breakdown never mentions has no data; an area it mentions for other
 * projects has 0 for the rest (a complete split lists every area it covers).
 * Region figures are the sums of their provinces, or, when the breakdown is
 * given by region, the breakdown's own values.
 */
export function householdFigures(households: Households, regions: readonly Region[], projectIds: readonly string[]): HouseholdFigures {
  const wanted = new Set(projectIds);
  const chosen = households.projects.filter((p) => wanted.has(p.id));
  const ids = chosen.map((p) => p.id);
  const target = chosen.reduce((a, p) => a + p.target, 0);
  const bd = households.breakdown;
  const level = bd ? bd.level : 'none';
  // Each area's households per chosen project, in a row of numbers by the project's place in `keys` (hundreds of
  // projects by 77 provinces at 100x: objects with hundreds of keys are slow to fill and to read back).
  const keys = [...new Set(ids)];
  const slot = new Map(keys.map((p, i) => [p, i]));
  const reported = new Map<string, Float64Array>();
  for (const v of bd?.values ?? []) {
    let row = reported.get(v.area);
    if (!row) reported.set(v.area, (row = new Float64Array(keys.length)));
    const i = slot.get(v.project);
    if (i !== undefined) row[i] += v.value;
  }
  // Every area's record copies one made once and sets its values (several times faster than building it key by key).
  // The template holds NaN, not 0: V8 would otherwise store its fields as small integers and, at the first sum that
  // is not one, re-type every field of every copy in turn (400 ms for 500 projects in Chrome).
  const template: Record<string, number> = Object.fromEntries(keys.map((p) => [p, NaN]));
  const record = (row: ArrayLike<number>): Record<string, number> => {
    const out = { ...template };
    for (let i = 0; i < keys.length; i++) out[keys[i] as string] = row[i] as number;
    return out;
  };
  // An area's value adds its projects up in the record's key order (integer-like ids first), as summing its values did.
  const order = Object.keys(template).map((p) => slot.get(p) as number);
  const total = (row: ArrayLike<number>): number => {
    let t = 0;
    for (const i of order) t += row[i] as number;
    return t;
  };
  const figures = (id: string): AreaFigures => {
    const row = reported.get(id);
    if (!row) return { id, byProject: {} };
    return { id, value: total(row), byProject: record(row) };
  };
  const provinces = new Map(PROVINCES.map((p) => [p.code, level === 'province' ? figures(p.code) : { id: p.code, byProject: {} }]));
  const regionFigures = regions.map((region): RegionFigures => {
    if (level === 'region') return { ...figures(region.id), region };
    const parts = region.provinces.filter((c) => provinces.get(c)?.value !== undefined);
    if (!parts.length) return { id: region.id, byProject: {}, region };
    const rows = parts.map((c) => reported.get(c) as Float64Array);
    const sums = keys.map((_, i) => rows.reduce((a, row) => a + (row[i] as number), 0));
    return { id: region.id, value: sum(parts.map((c) => provinces.get(c)?.value ?? 0)), byProject: record(sums), region };
  });
  return { level, projects: ids, target, provinces, regions: regionFigures };
}

/**
 * The plan's regions, plus one for provinces they leave out (so every
 * province still has a region to be drawn and counted in).
 */
export function completeRegions(regions: readonly Region[], otherLabel: Region['label']): Region[] {
  const covered = new Set(regions.flatMap((r) => r.provinces));
  const rest = PROVINCES.map((p) => p.code).filter((c) => !covered.has(c));
  return rest.length ? [...regions, { id: '_other', label: otherLabel, provinces: rest }] : [...regions];
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

// ----- class breaks ------------------------------------------------------------

export interface ValueClass {
  /** Smallest and largest value of the class (inclusive). */
  lo: number;
  hi: number;
  /** Step of the theme's sequential scale (`sequentialColor`). */
  swatch: number;
  /** Whether text drawn on this class should be dark (light fills) or light. */
  darkText: boolean;
}

/**
 * Steps of the sequential scale used for 1…4 classes of positive values.
 * Step 4 (index 3) is left out: neither dark nor white text reaches 4.5:1 on it.
 */
const SWATCHES: Record<number, number[]> = { 1: [4], 2: [2, 5], 3: [1, 4, 5], 4: [1, 2, 4, 5] };
export const MAX_CLASSES = 4;

/**
 * Quantile classes: counts of households are skewed (a few large provinces,
 * many small ones), so each class holds about the same number of areas
 * instead of spanning the same width. Zero gets a class of its own; the
 * breaks are whole numbers, so the legend reads "1–120", "121–480", …
 */
export function classBreaks(values: readonly (number | undefined)[], count = MAX_CLASSES): ValueClass[] {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  const positive = finite.filter((v) => v > 0).sort((a, b) => a - b);
  const classes: ValueClass[] = finite.some((v) => v === 0) ? [{ lo: 0, hi: 0, swatch: 0, darkText: true }] : [];
  if (!positive.length) return classes;
  const k = Math.max(1, Math.min(MAX_CLASSES, Math.floor(count)));
  const min = positive[0] as number;
  const max = positive[positive.length - 1] as number;
  const uppers: number[] = [];
  for (let j = 1; j < k; j++) {
    const q = Math.floor(quantileSorted(positive, j / k) ?? max);
    if (q >= min && q < max && (!uppers.length || q > (uppers[uppers.length - 1] as number))) uppers.push(q);
  }
  uppers.push(max);
  const swatches = SWATCHES[uppers.length] as number[];
  let lo = min;
  uppers.forEach((hi, i) => {
    const swatch = swatches[i] as number;
    classes.push({ lo, hi, swatch, darkText: swatch <= 2 });
    lo = Number.isInteger(hi) ? hi + 1 : hi;
  });
  return classes;
}

/**
 * Index of the class holding `value`: -1 for no data. A value outside the
 * classes (they may be computed over a filtered set) goes to the nearest end.
 */
export function classIndex(classes: readonly ValueClass[], value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || !classes.length) return -1;
  if (value <= 0) return Math.max(0, classes.findIndex((c) => c.hi === 0));
  const i = classes.findIndex((c) => c.hi > 0 && value <= c.hi);
  return i >= 0 ? i : classes.length - 1;
}

// ----- tile grid ---------------------------------------------------------------

export interface Tile {
  code: string;
  col: number;
  row: number;
  /** Top-left corner and side, in px. */
  x: number;
  y: number;
  size: number;
  value?: number;
  /** Index into the classes, -1 for no data. */
  cls: number;
}

export interface TileLayout {
  width: number;
  height: number;
  /** Side of one grid cell, in px (tiles are drawn a little smaller, leaving a gap). */
  cell: number;
  tiles: Tile[];
}

export interface TileOptions {
  /** Largest cell side, so a wide page does not get a wall-sized map (default 46). */
  maxCell?: number;
  /** Smallest cell side (default 16): below it the map overflows rather than vanish. */
  minCell?: number;
}

/** The tile grid fitted to `width`: one equal square per province, coloured by class. */
export function tileLayout(values: ReadonlyMap<string, number | undefined>, classes: readonly ValueClass[], width: number, options: TileOptions = {}): TileLayout {
  const maxCell = options.maxCell ?? 46;
  const minCell = options.minCell ?? 16;
  const w = Number.isFinite(width) ? width : 0;
  const cell = Math.max(minCell, Math.min(maxCell, Math.floor(w / GRID_COLUMNS)));
  const tiles = PROVINCES.map((p): Tile => {
    const value = values.get(p.code);
    return { code: p.code, col: p.col, row: p.row, x: p.col * cell, y: p.row * cell, size: cell, value, cls: classIndex(classes, value) };
  });
  return { width: cell * GRID_COLUMNS, height: cell * GRID_ROWS, cell, tiles };
}

/**
 * The outline of a set of grid cells as an SVG path: every cell side that
 * does not face another cell of the set. Drawn over the tiles, it shows the
 * regions without needing geometry.
 */
export function cellsOutline(cells: readonly { col: number; row: number }[], cell: number): string {
  const set = new Set(cells.map((c) => `${c.col},${c.row}`));
  const has = (c: number, r: number) => set.has(`${c},${r}`);
  let d = '';
  for (const { col, row } of cells) {
    const x = col * cell;
    const y = row * cell;
    if (!has(col, row - 1)) d += `M${x},${y}H${x + cell}`;
    if (!has(col, row + 1)) d += `M${x},${y + cell}H${x + cell}`;
    if (!has(col - 1, row)) d += `M${x},${y}V${y + cell}`;
    if (!has(col + 1, row)) d += `M${x + cell},${y}V${y + cell}`;
  }
  return d;
}

// ----- keyboard ----------------------------------------------------------------

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The mark an arrow key moves to: the nearest one in that direction,
 * preferring marks within 45° of the arrow, and weighing sideways distance
 * twice so that "down" stays in the column when it can. -1 when there is none.
 */
export function nearestInDirection(points: readonly { x: number; y: number }[], from: number, dir: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  let best = -1;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (!(along > 1e-9)) return;
    const score = along + 2 * across + (across > along ? 1e6 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
