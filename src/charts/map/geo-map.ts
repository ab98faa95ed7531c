/**
 * The map drawn from the site's own boundaries (`geo-src`): the shapes
 * matched to the model's areas (see `geoAreas`), the unmatched ones hatched
 * as no data, and notes naming keys that match nothing.
 */
import { html, svg, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { GeoLayout, matchKeys } from './geo.js';
import { geoAreas, type MapModel } from './model.js';
import { fill, markClass, overlay, overlayClass, patterns, type DrawContext } from './marks.js';
import { ms } from './strings.js';

/**
 * The boundary map of `layout` (projected by geo.ts); pushes onto `notes`
 * what does not match (`geoKey` is the feature property the keys were read from).
 */
export function boundaryMap(model: MapModel, layout: GeoLayout, match: typeof matchKeys, geoKey: string, notes: TemplateResult[], ctx: DrawContext): TemplateResult {
  const lang = ctx.fmt.lang;
  const { unknown, missing, areas, unkeyed } = geoAreas(model, layout.shapes, match);
  const list = (xs: string[]) => xs.slice(0, 6).join(', ') + (xs.length > 6 ? ', …' : '');
  if (unknown.length) notes.push(html`<p>${ms('geoUnknown', lang, { n: unknown.length, keys: list(unknown) })} ${ms('geoKeyHint', lang, { key: geoKey })}</p>`);
  if (missing.length) notes.push(html`<p>${ms('geoMissing', lang, { n: missing.length, keys: list(missing) })}</p>`);
  const points = areas.map((a) => a.point);
  const focus = Math.min(ctx.focusIndex, areas.length - 1);
  return html`<svg class="map" part="map" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="title" aria-describedby="summary"
      @keydown=${(e: KeyboardEvent) => ctx.onKey(e, points)}>
      ${patterns(model)}
      ${unkeyed.map((s) => svg`<g class="area no-data" aria-hidden="true"><path class="fill" d=${s.d}></path><path class="hatch-fill" d=${s.d} fill="url(#hatch)"></path></g>`)}
      ${areas.map(({ m, d }, fi) => {
        const h = ctx.area(m, fi);
        return svg`<g class=${markClass(model, m, 'area', ctx.highlight)} role="button" tabindex=${fi === focus ? 0 : -1} data-index=${fi} aria-label=${h.sentence}
            @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
          <path class="fill" d=${d} style=${cssProps(fill(model, m))}></path>
          <path class=${overlayClass(m.cls)} d=${d} fill=${overlay(m.cls)}></path>
          <path class="ring" d=${d}></path>
        </g>`;
      })}
    </svg>`;
}
