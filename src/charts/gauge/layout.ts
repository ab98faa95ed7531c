/**
 * KPI gauge geometry: a half-ring scale with the target marked on it and,
 * when a result is reported, the reported value as a filled arc. A pure
 * function of the KPI, its result and the width: no DOM.
 */
import { nice } from 'd3-array';

export type GaugeStatus = 'met' | 'not-met' | 'no-result';

export interface GaugeInput {
  target: number;
  /** Reported value; undefined when nothing is reported yet. */
  value?: number;
  direction: 'higher' | 'lower';
  comparator?: 'at-least' | 'at-most' | 'exactly';
  /** Percent units get a 0–100 scale when the target is high enough to read on it. */
  percent?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface GaugeLayout {
  width: number;
  height: number;
  /** Centre of the ring (bottom middle of the half circle). */
  cx: number;
  cy: number;
  outer: number;
  inner: number;
  domain: [number, number];
  /** Path of the whole scale. */
  track: string;
  /** A rim along the zone of the scale that meets the target (the direction reads without colour). */
  goodZone: string;
  /** Path from the scale's zero to the reported value ('' when none). */
  valueArc: string;
  /** Tick across the ring at the target. */
  targetTick: [Point, Point];
  /** Scale end labels. */
  minLabel: Point;
  maxLabel: Point;
  status: GaugeStatus;
  /** The value clamped into the domain, as a fraction of the scale (0..1). */
  fraction: number;
}

const LIMIT = Number.MAX_VALUE / 8;
const START = -Math.PI / 2;
const END = Math.PI / 2;

/** Whether a reported value meets the target, in the KPI's direction. */
export function gaugeStatus(input: Pick<GaugeInput, 'target' | 'value' | 'direction' | 'comparator'>): GaugeStatus {
  const { value, target } = input;
  if (value === undefined || !Number.isFinite(value)) return 'no-result';
  const cmp = input.comparator ?? (input.direction === 'lower' ? 'at-most' : 'at-least');
  if (cmp === 'exactly') return value === target ? 'met' : 'not-met';
  return (cmp === 'at-most' ? value <= target : value >= target) ? 'met' : 'not-met';
}

/** The scale's extent: from zero (or below, for a negative result) to a round number past the target and the value. */
export function gaugeDomain(input: GaugeInput): [number, number] {
  // Far beyond any real KPI, but kept small enough that 2 × target and the span of the scale stay finite.
  const big = (x: number) => Math.max(-LIMIT, Math.min(LIMIT, x));
  const target = Number.isFinite(input.target) ? big(input.target) : 0;
  const value = input.value !== undefined && Number.isFinite(input.value) ? big(input.value) : undefined;
  const lo = Math.min(0, target, value ?? 0);
  let hi = Math.max(target * (input.direction === 'lower' ? 2 : 1.25), value ?? 0);
  if (input.percent && input.direction === 'higher' && target >= 20 && (value ?? 0) <= 100) hi = 100;
  if (!(hi > lo)) hi = lo + 1;
  const [a, b] = nice(lo, hi, 5);
  return [a, b];
}

export function gaugeLayout(input: GaugeInput, width: number): GaugeLayout {
  const w = Math.max(120, Number.isFinite(width) ? width : 0);
  const outer = Math.min(w / 2 - 28, 150);
  const thickness = Math.max(10, outer * 0.24);
  const inner = outer - thickness;
  const cx = w / 2;
  const cy = outer + 22;
  const domain = gaugeDomain(input);
  const angle = (v: number) => START + ((clamp(v, domain) - domain[0]) / (domain[1] - domain[0])) * (END - START);
  const path = (a0: number, a1: number) => annularSector(inner, outer, a0, a1);
  const targetAngle = angle(input.target);
  // A thin rim outside the ring, so the zone stays visible under the result arc.
  const rim = (a0: number, a1: number) => annularSector(outer + 3, outer + 8, a0, a1);
  const good = input.direction === 'lower' ? rim(START, targetAngle) : rim(targetAngle, END);
  const status = gaugeStatus(input);
  const hasValue = status !== 'no-result';
  const zero = angle(Math.max(domain[0], Math.min(0, domain[1])));
  const valueAngle = hasValue ? angle(input.value as number) : zero;
  const polar = (r: number, a: number): Point => ({ x: cx + r * Math.sin(a), y: cy - r * Math.cos(a) });
  return {
    width: w,
    height: cy + 22,
    cx,
    cy,
    outer,
    inner,
    domain,
    track: path(START, END),
    goodZone: good,
    valueArc: hasValue ? path(Math.min(zero, valueAngle), Math.max(zero, valueAngle)) : '',
    targetTick: [polar(inner - 4, targetAngle), polar(outer + 4, targetAngle)],
    minLabel: { x: cx - (inner + outer) / 2, y: cy + 16 },
    maxLabel: { x: cx + (inner + outer) / 2, y: cy + 16 },
    status,
    fraction: hasValue ? (clamp(input.value as number, domain) - domain[0]) / (domain[1] - domain[0]) : 0,
  };
}

/**
 * SVG path of a ring sector centred on the origin, angles clockwise from 12
 * o'clock (d3-shape's convention). Written out because d3-shape's `arc`
 * costs ~5 KB gzip in the bundle for this one shape; a gauge never spans
 * more than half a turn, so the large-arc flag is always 0.
 */
export function annularSector(inner: number, outer: number, a0: number, a1: number): string {
  if (!(a1 > a0) || !(outer > inner)) return '';
  const p = (r: number, a: number) => `${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(outer, a0)}A${round(outer)},${round(outer)},0,${large},1,${p(outer, a1)}L${p(inner, a1)}A${round(inner)},${round(inner)},0,${large},0,${p(inner, a0)}Z`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function clamp(v: number, [lo, hi]: [number, number]): number {
  return Math.min(hi, Math.max(lo, v));
}
