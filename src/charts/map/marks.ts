/**
 * What the tile map, the boundary map and the national list share: the
 * drawing context the element hands them (formatting, focus, handlers), an
 * area's fill and classes, and the patterns that tell classes apart without
 * colour (forced-colours mode).
 */
import { svg, nothing, type TemplateResult } from 'lit';
import type { MarkDetail } from '../../core/events.js';
import { sequentialColor } from '../../core/theme.js';
import type { FormatOptions } from '../../format/number.js';
import type { Point } from './keyboard.js';
import type { AreaMark, MapModel } from './model.js';

export const FONT = "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif";
const PATTERN_STEP = [0, 9, 6, 4, 3];

/** Event handlers of one focusable mark. */
export interface MarkHandlers {
  click: () => void;
  key: (e: KeyboardEvent) => void;
  focus: (e: Event) => void;
  enter: (e: Event) => void;
  leave: () => void;
}

/** What the drawing functions need from the element. */
export interface DrawContext {
  fmt: FormatOptions;
  /** Index of the mark that takes Tab (roving tabindex). */
  focusIndex: number;
  highlight: string | undefined;
  /** Handlers of an area (`index` among the focusable marks) and its accessible name. */
  area(m: AreaMark, index: number): MarkHandlers & { sentence: string };
  /** Handlers of a row of the national list. */
  row(index: number, detail: MarkDetail): MarkHandlers;
  /** Arrow keys, Home and End over the marks at `points`. */
  onKey(e: KeyboardEvent, points: Point[]): void;
}

/** An area's fill: its class colour, or none (no data, outside the filter: the stylesheet paints those). */
export function fill(model: MapModel, m: AreaMark): { fill: string | undefined } {
  const c = model.classes[m.cls];
  return { fill: m.inside && c ? sequentialColor(c.swatch) : undefined };
}

/** An area's classes: its kind, `mark`, its colour class (or `no-data`, `outside`), `highlighted`. */
export function markClass(model: MapModel, m: AreaMark, base: string, highlight: string | undefined): string {
  const c = model.classes[m.cls];
  return [base, 'mark', m.inside ? (c ? `c${m.cls}` : 'no-data') : 'outside', highlight !== undefined && highlight === m.id ? 'highlighted' : ''].join(' ');
}

/** Text over an area: `light` on the dark steps of the scale, else `dark`. */
export function textClass(model: MapModel, m: AreaMark): string {
  const c = model.classes[m.cls];
  return m.inside && c && !c.darkText ? 'light' : 'dark';
}

/** The no-data hatching and one line pattern per class (denser for higher classes), for forced-colours mode. */
export function patterns(model: MapModel): TemplateResult {
  return svg`<defs>
      <pattern id="hatch" class="hatch" patternUnits="userSpaceOnUse" width="6" height="6"><path d="M-1,1l2,-2M0,6l6,-6M5,7l2,-2"></path></pattern>
      ${model.classes.map((c, i) => {
        const s = PATTERN_STEP[Math.min(PATTERN_STEP.length - 1, c.hi === 0 ? 0 : i + (model.classes[0]?.hi === 0 ? 0 : 1))] as number;
        return s ? svg`<pattern id="pat-${i}" class="pattern-lines" patternUnits="userSpaceOnUse" width=${s} height=${s}><path d="M0,${s / 2}H${s}${i > 2 ? `M${s / 2},0V${s}` : ''}"></path></pattern>` : nothing;
      })}
    </defs>`;
}

/** What is drawn over an area's fill: its class pattern (shown in forced-colours mode), or the no-data hatching. */
export function overlay(cls: number): string {
  return cls < 0 ? 'url(#hatch)' : `url(#pat-${cls})`;
}

/** The class of the overlay (`overlay()`): hidden patterns, or the visible hatching. */
export function overlayClass(cls: number): string {
  return cls < 0 ? 'hatch-fill' : 'pattern';
}
