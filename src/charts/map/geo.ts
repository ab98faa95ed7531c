/**
 * Geometry mode: a site's own boundaries (GeoJSON, or TopoJSON through
 * topojson-client), loaded like a plan file (abort, timeout, size limit,
 * faults as readable messages, never an exception into the page) and
 * projected with d3-geo's Mercator fitted to the element. Only
 * `geoMercator`, `geoPath` and `geoArea` are imported, and the element
 * loads this module only when `geo-src` is set.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../core/limits.js';

/** A feature with the area code read from its `geo-key` property. */
export interface KeyedFeature {
  key?: string;
  feature: Feature<Geometry | null, GeoJsonProperties>;
}

export type GeoResult = { ok: true; features: KeyedFeature[] } | { ok: false; message: string; retryable: boolean };

export interface GeoLoadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** TopoJSON object to read; the first one when unset. */
  object?: string;
}

/** Fetches and reads a boundary file. Rejects only with an AbortError (a newer request took over). */
export async function loadGeometry(url: string, key: string, options: GeoLoadOptions = {}): Promise<GeoResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const fault = (e: unknown): GeoResult => {
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    if (timeout.signal.aborted) return { ok: false, message: `No complete answer from ${url} within ${Math.round(timeoutMs / 1000)} s`, retryable: true };
    return { ok: false, message: `Could not reach ${url} (${e instanceof Error ? e.message : String(e)})`, retryable: true };
  };
  try {
    let text: string;
    try {
      const response = await fetch(url, { signal: timeout.signal, credentials: 'same-origin', headers: { accept: 'application/geo+json, application/json' } });
      if (!response.ok) return { ok: false, message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}`, retryable: response.status >= 500 || response.status === 408 || response.status === 429 };
      if (Number(response.headers.get('content-length')) > maxBytes) return tooLarge(url, maxBytes);
      text = await response.text();
    } catch (e) {
      return fault(e);
    }
    if (text.length > maxBytes) return tooLarge(url, maxBytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, message: `${url} is not valid JSON (${e instanceof Error ? e.message : String(e)})`, retryable: false };
    }
    return readGeometry(json, key, options.object, url);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function tooLarge(url: string, max: number): GeoResult {
  return { ok: false, message: `${url} is larger than the ${(max / 1024 / 1024).toFixed(1)} MB limit`, retryable: false };
}

/** GeoJSON (FeatureCollection or Feature) or TopoJSON (a Topology) as keyed features. */
export function readGeometry(json: unknown, key: string, object?: string, name = 'the boundary file'): GeoResult {
  const o = json as { type?: unknown; objects?: Record<string, unknown>; features?: unknown };
  let features: Feature<Geometry | null, GeoJsonProperties>[];
  if (o?.type === 'Topology' && o.objects && typeof o.objects === 'object') {
    const names = Object.keys(o.objects);
    const chosen = object ?? names[0];
    if (!chosen || !(chosen in o.objects)) return { ok: false, message: `${name} has no TopoJSON object "${object ?? ''}" (it has: ${names.join(', ') || 'none'})`, retryable: false };
    try {
      const fc = feature(json as Topology, chosen) as FeatureCollection<Geometry | null> | Feature<Geometry | null>;
      features = fc.type === 'FeatureCollection' ? fc.features : [fc];
    } catch (e) {
      return { ok: false, message: `${name}: the TopoJSON could not be read (${e instanceof Error ? e.message : String(e)})`, retryable: false };
    }
  } else if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) {
    features = o.features as Feature<Geometry | null>[];
  } else if (o?.type === 'Feature') {
    features = [json as Feature<Geometry | null>];
  } else {
    return { ok: false, message: `${name} is neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology)`, retryable: false };
  }
  return {
    ok: true,
    features: features
      .filter((f) => f && typeof f === 'object' && f.type === 'Feature')
      .map((f) => {
        const raw = f.properties?.[key] ?? (key === 'id' ? f.id : undefined);
        return { key: raw === undefined || raw === null ? undefined : String(raw), feature: d3Winding(f) };
      }),
  };
}

/**
 * d3-geo reads polygon rings on the sphere: exterior rings clockwise. RFC
 * 7946 GeoJSON (most tools' output) winds them the other way, which d3 reads
 * as "the whole globe except this province". A polygon covering more than a
 * hemisphere is such a case, so its rings are reversed (a copy; the input is
 * not changed).
 */
export function d3Winding<F extends Feature<Geometry | null, GeoJsonProperties>>(f: F): F {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const rewind = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  const flip = (polygon: number[][][]) => (geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? rewind(polygon) : polygon);
  try {
    const geometry = g.type === 'Polygon' ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) };
    return { ...f, geometry };
  } catch {
    return f;
  }
}

export interface GeoShape {
  key?: string;
  /** SVG path; '' for an empty or unprojectable geometry. */
  d: string;
  /** Centroid, for labels and arrow-key moves. */
  x: number;
  y: number;
}

export interface GeoLayout {
  width: number;
  height: number;
  shapes: GeoShape[];
}

/** Projects the features with Mercator, fitted to `width` and at most `maxHeight`. */
export function geoLayout(features: readonly KeyedFeature[], width: number, maxHeight: number): GeoLayout {
  const w = Math.max(1, Number.isFinite(width) ? width : 1);
  const drawable = features.filter((f) => f.feature.geometry);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: drawable.map((f) => f.feature as Feature) };
  if (!drawable.length) return { width: w, height: 0, shapes: [] };
  const projection = geoMercator().fitWidth(w, collection);
  let path = geoPath(projection);
  let height = Math.ceil(path.bounds(collection)[1][1]);
  if (!(height > 0) || height > maxHeight) {
    height = Math.max(1, Math.min(maxHeight, Number.isFinite(height) && height > 0 ? height : w));
    projection.fitSize([w, height], collection);
    path = geoPath(projection);
  }
  path.digits(1);
  const shapes = drawable.map(({ key, feature: f }): GeoShape => {
    const d = path(f as Feature) ?? '';
    const [x, y] = path.centroid(f as Feature);
    const ok = /^[MLZHVAC0-9.,\-e ]*$/i.test(d) && !d.includes('NaN');
    return { key, d: ok ? d : '', x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 };
  });
  return { width: w, height, shapes };
}

/** Keys that name no known area, and areas with data that no feature draws. */
export function matchKeys(keys: readonly (string | undefined)[], known: ReadonlySet<string>, withData: readonly string[]): { unknown: string[]; missing: string[] } {
  const present = new Set(keys.filter((k): k is string => k !== undefined));
  const unknown = [...new Set(keys.map((k) => k ?? '(none)'))].filter((k) => k === '(none)' || !known.has(k));
  return { unknown, missing: withData.filter((a) => !present.has(a)) };
}
