/**
 * The built-in tile-grid map: one equal tile per province (or each region
 * as its tiles together), region outlines over them, and the provinces
 * outside a region filter greyed.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import { formatNumber } from '../../format/number.js';
import { canvasMeasure, wrapText } from '../../format/wrap.js';
import { province } from './provinces.js';
import { cellsOutline, tileLayout } from './layout.js';
import { centre } from './keyboard.js';
import type { MapModel } from './model.js';
import { FONT, fill, markClass, overlay, overlayClass, patterns, textClass, type DrawContext } from './marks.js';
import { ms } from './strings.js';

/** The tile map at `mapWidth` px. */
export function tileMap(model: MapModel, mapWidth: number, ctx: DrawContext): TemplateResult {
  const lang = ctx.fmt.lang;
  const values = new Map(model.view === 'province' ? model.marks.map((m) => [m.id, m.value]) : []);
  const grid = tileLayout(values, model.classes, mapWidth);
  const cell = grid.cell;
  const fs = Math.max(9, Math.min(13, Math.round(cell * 0.27)));
  const measure = canvasMeasure(`${fs}px ${FONT}`);
  const valueMeasure = canvasMeasure(`700 ${fs - 1}px ${FONT}`);
  const focusable = model.marks.map((m, i) => ({ m, i })).filter(({ m }) => m.inside);
  const points = focusable.map(({ m }) => centre(m.cells, cell));
  const focus = Math.min(ctx.focusIndex, focusable.length - 1);
  const outlines = model.regions.map((r) => cellsOutline(r.provinces.map((c) => province(c)).filter((p) => p !== undefined), cell));
  const body = focusable.map(({ m }, fi) => {
    const h = ctx.area(m, fi);
    const tabindex = fi === focus ? 0 : -1;
    if (m.kind === 'province') {
      const { col, row } = m.cells[0] as { col: number; row: number };
      const x = col * cell;
      const y = row * cell;
      const label = m.labels.find((l) => measure(l) <= cell - 6) ?? '';
      const valueText = m.value === undefined ? '' : formatNumber(m.value, { ...ctx.fmt, decimals: 0 });
      const showValue = cell >= 40 && valueText && valueMeasure(valueText) <= cell - 6;
      const tc = textClass(model, m);
      // The name holds what the tile shows, in order (WCAG 2.5.3): "Chiang Rai, CRI 1,003 households, …".
      return svg`<g class=${markClass(model, m, 'tile', ctx.highlight)} role="button" tabindex=${tabindex} data-index=${fi} aria-label=${label && label !== m.name ? `${m.name}, ${label} ${h.sentence.slice(m.name.length + 2)}` : h.sentence}
            @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
          <rect class="fill" x=${x} y=${y} width=${cell} height=${cell} style=${cssProps(fill(model, m))}></rect>
          <rect class=${overlayClass(m.cls)} x=${x + 1} y=${y + 1} width=${cell - 2} height=${cell - 2} fill=${overlay(m.cls)}></rect>
          <rect class="ring" x=${x + 2.5} y=${y + 2.5} width=${cell - 5} height=${cell - 5}></rect>
          ${label ? svg`<text class=${tc} x=${x + cell / 2} y=${y + (showValue ? cell * 0.4 : cell / 2)} dy="0.35em" text-anchor="middle" font-size=${fs}>${label}</text>` : nothing}
          ${showValue ? svg`<text class="value ${tc}" x=${x + cell / 2} y=${y + cell * 0.72} dy="0.35em" text-anchor="middle" font-size=${fs - 1}>${valueText}</text>` : nothing}
        </g>`;
    }
    const p = points[fi] as { x: number; y: number };
    const outline = cellsOutline(m.cells, cell);
    const lines = wrapText(m.name, Math.max(cell * 3, 60), measure, { lang, maxLines: 2 }).lines;
    const valueText = m.value === undefined ? ms('noData', lang) : formatNumber(m.value, { ...ctx.fmt, decimals: 0 });
    const tc = textClass(model, m);
    return svg`<g class=${markClass(model, m, 'region', ctx.highlight)} role="button" tabindex=${tabindex} data-index=${fi} aria-label=${h.sentence}
          @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
        ${m.cells.map((c) => svg`<rect class="fill" x=${c.col * cell} y=${c.row * cell} width=${cell} height=${cell} style=${cssProps(fill(model, m))}></rect>
          <rect class=${overlayClass(m.cls)} x=${c.col * cell} y=${c.row * cell} width=${cell} height=${cell} fill=${overlay(m.cls)}></rect>`)}
        <path class="ring" d=${outline}></path>
        ${lines.map((l, i) => svg`<text class="region-label ${tc}" x=${p.x} y=${p.y + (i - lines.length / 2) * fs * 1.25} dy="0.9em" text-anchor="middle" font-size=${fs}>${l}</text>`)}
        <text class="region-label value ${tc}" x=${p.x} y=${p.y + (lines.length / 2) * fs * 1.25} dy="0.9em" text-anchor="middle" font-size=${fs}>${valueText}</text>
      </g>`;
  });
  const outside = model.marks.filter((m) => !m.inside);
  return html`<svg class="map" part="map" width=${grid.width} height=${grid.height} viewBox="0 0 ${grid.width} ${grid.height}" role="group" aria-labelledby="title" aria-describedby="summary"
      @keydown=${(e: KeyboardEvent) => ctx.onKey(e, points)}>
      ${patterns(model)}
      ${outside.map((m) => {
        const { col, row } = m.cells[0] as { col: number; row: number };
        return svg`<g class="tile outside" aria-hidden="true"><rect class="fill" x=${col * cell} y=${row * cell} width=${cell} height=${cell}></rect></g>`;
      })}
      ${body}
      ${svg`<path class="outline" d=${outlines.join('')}></path>`}
    </svg>`;
}
