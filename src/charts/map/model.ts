/**
 * The household map's view model, as a pure function of the plan and the
 * element's options: which projects are shown, each area drawn (province
 * tile or region) with its households, share of the national target and
 * colour class, and the total the legend shows. No DOM, no Lit.
 */
import type { HouseholdProject, Households, Plan, Region } from '../../schema/plan.js';
import { shares } from '../../format/number.js';
import { pickLabel, type Lang } from '../../format/label.js';
import { PROVINCES, province } from './provinces.js';
import { DEFAULT_REGIONS } from './regions.js';
import { classBreaks, classIndex, completeRegions, householdFigures, type AreaFigures, type HouseholdFigures, type ValueClass } from './layout.js';
import { readingOrder, type Point } from './keyboard.js';
import type { GeoShape, matchKeys } from './geo.js';
import { ms } from './strings.js';

/** One area drawn: a province tile, or a region (its tiles together). */
export interface AreaMark extends AreaFigures {
  kind: 'province' | 'region';
  name: string;
  /** Tile label candidates, longest first. */
  labels: string[];
  /** Percent of the national target, from `shares()` (adds up to 100 with what no area holds). */
  share: number;
  cls: number;
  /** Within the region the map is filtered to (always true without a filter). */
  inside: boolean;
  cells: { col: number; row: number }[];
  /** Province codes (or the region id) a boundary file may key this area by. */
  keys: string[];
}

export interface MapModel {
  chosen: HouseholdProject[];
  figures: HouseholdFigures;
  view: 'province' | 'region';
  regions: Region[];
  filter?: Region;
  marks: AreaMark[];
  classes: ValueClass[];
  /** The total the legend shows: the national target, or the filtered region's households. */
  total: number;
}

/** What the element asks the model for (its attributes and language). */
export interface MapOptions {
  /** Id of the one project shown; all (or the linked ones) when unset. */
  project?: string;
  /** Id of a plan item highlighted by a linked chart. */
  highlight?: string;
  view: 'province' | 'region';
  /** Id of the region the province map is filtered to. */
  region?: string;
  lang: Lang;
}

/** Every project's national target: the projects, each one's percent of their sum (`shares()`), and the plan's stated total (else their sum). */
export function nationalTargets(hh: Households | undefined): { projects: HouseholdProject[]; pct: number[]; total: number } {
  const projects = hh?.projects ?? [];
  return { projects, pct: shares(projects.map((p) => p.target), 1), total: hh?.total ?? projects.reduce((a, p) => a + p.target, 0) };
}

/**
 * Projects that a highlighted plan item stands for (a program selected in a
 * linked chart): the project itself, or every project under that item.
 */
export function linkedProjects(plan: Plan, hh: Households, highlight: string | undefined): Households['projects'] {
  const h = highlight;
  if (h === undefined) return [];
  const parent = new Map((plan.items ?? []).map((i) => [i.id, i.parent]));
  const under = (id: string | undefined) => {
    for (let cur = id, guard = 0; cur !== undefined && guard < 16; cur = parent.get(cur), guard++) if (cur === h) return true;
    return false;
  };
  return hh.projects.filter((p) => p.id === h || under(p.item));
}

/**
 * The view model of the map, or undefined when the plan has no household
 * projects or none is chosen (an unknown `project`).
 */
export function mapModel(plan: Plan, options: MapOptions): MapModel | undefined {
  const hh = plan.households;
  if (!hh?.projects.length) return undefined;
  const linked = options.project ? [] : linkedProjects(plan, hh, options.highlight);
  const chosen = options.project ? hh.projects.filter((p) => p.id === options.project) : linked.length ? linked : hh.projects;
  if (!chosen.length) return undefined;
  const regions = completeRegions(plan.regions?.length ? plan.regions : DEFAULT_REGIONS, { th: ms('otherRegion', 'th'), en: ms('otherRegion', 'en') });
  const figures = householdFigures(hh, regions, chosen.map((p) => p.id));
  const view = figures.level === 'region' || options.view === 'region' ? 'region' : 'province';
  const filter = view === 'province' ? regions.find((r) => r.id === options.region) : undefined;
  const inFilter = new Set(filter?.provinces ?? []);
  const lang = options.lang;
  const en = lang === 'en';
  const marks: AreaMark[] =
    view === 'province'
      ? PROVINCES.map((p) => ({
          ...(figures.provinces.get(p.code) as AreaFigures),
          kind: 'province' as const,
          name: en ? p.en : p.th,
          labels: en ? [p.en, p.abbr] : [p.th, p.short],
          share: 0,
          cls: -1,
          inside: !filter || inFilter.has(p.code),
          cells: [{ col: p.col, row: p.row }],
          keys: [p.code],
        })).sort((a, b) => readingOrder(a.cells[0], b.cells[0]))
      : figures.regions.map((r) => {
          const name = pickLabel(r.region.label, lang);
          return {
            ...r,
            kind: 'region' as const,
            name,
            labels: [name],
            share: 0,
            cls: -1,
            inside: true,
            cells: r.region.provinces.map((c) => province(c)).filter((p) => p !== undefined).map((p) => ({ col: p.col, row: p.row })),
            keys: [r.id, ...r.region.provinces],
          };
        });
  const allocated = marks.reduce((a, m) => a + (m.value ?? 0), 0);
  const pct = shares([...marks.map((m) => m.value ?? 0), Math.max(0, figures.target - allocated)], 1);
  const shown = marks.filter((m) => m.inside);
  const classes = classBreaks(shown.map((m) => m.value));
  marks.forEach((m, i) => {
    m.share = pct[i] ?? 0;
    m.cls = classIndex(classes, m.value);
  });
  const total = filter ? shown.reduce((a, m) => a + (m.value ?? 0), 0) : figures.target;
  return { chosen, figures, view, regions, filter, marks, classes, total };
}

/** The areas of the model a boundary file draws, and what does not match. */
export interface GeoAreas {
  /** Keys of the file that name no area ('(none)' for a feature without one). */
  unknown: string[];
  /** Ids of areas with data that no feature draws. */
  missing: string[];
  /** Areas drawn and focusable, in the model's order: the mark, its path and the point arrow keys measure from. */
  areas: { m: AreaMark; d: string; point: Point }[];
  /** Shapes drawn as no data: without a key, or keyed by no area. */
  unkeyed: GeoShape[];
}

/**
 * Matches the shapes of a boundary file to the model's areas: by province
 * code in the province view; by region id or any of its provinces' codes in
 * the region view (a region is then drawn as the union of its shapes).
 * `match` is geo.ts's `matchKeys`, passed in: geo.ts loads only when used.
 */
export function geoAreas(model: MapModel, shapes: readonly GeoShape[], match: typeof matchKeys): GeoAreas {
  const owner = new Map<string, number>();
  model.marks.forEach((m, i) => (model.view === 'province' ? [m.id] : m.keys).forEach((k) => owner.set(k, i)));
  const withData = model.marks.filter((m) => m.inside && m.value !== undefined).map((m) => m.id);
  const drawnMarks = new Set(shapes.map((s) => (s.key === undefined ? -1 : (owner.get(s.key) ?? -1))));
  const { unknown } = match(shapes.map((s) => s.key), new Set(owner.keys()), withData);
  const missing = model.marks.filter((m, i) => m.inside && m.value !== undefined && !drawnMarks.has(i)).map((m) => m.id);
  const areas = model.marks.flatMap((m, i) => {
    if (!(m.inside && drawnMarks.has(i))) return [];
    const own = shapes.filter((s) => s.key !== undefined && owner.get(s.key) === i);
    const point = { x: own.reduce((a, s) => a + s.x, 0) / own.length, y: own.reduce((a, s) => a + s.y, 0) / own.length };
    return [{ m, d: own.map((s) => s.d).join(''), point }];
  });
  const unkeyed = shapes.filter((s) => s.key === undefined || !owner.has(s.key));
  return { unknown, missing, areas, unkeyed };
}
