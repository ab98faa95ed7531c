/** The map's legend: the colour classes (with their forced-colours patterns), no data, outside the filter, the total. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { Plan } from '../../schema/plan.js';
import { sequentialColor } from '../../core/theme.js';
import { formatNumber, formatPercent, formatValue, type FormatOptions } from '../../format/number.js';
import { pickLabel } from '../../format/label.js';
import { DEFAULT_REGIONS_SOURCE } from './regions.js';
import type { MapModel } from './model.js';
import { overlay, overlayClass } from './marks.js';
import { ms } from './strings.js';

/** The legend of `model`; names the source of the built-in regions when the plan has none of its own. */
export function legend(plan: Plan, model: MapModel, fmt: FormatOptions): TemplateResult {
  const lang = fmt.lang;
  const fmtN = (v: number) => formatNumber(v, { ...fmt, decimals: 0 });
  const swatch = (fill: string, cls: number) => html`<svg width="22" height="16" aria-hidden="true">${svg`<rect class="fill" x="1" y="1" width="20" height="14" style=${cssProps({ fill, stroke: 'var(--_border)' })}></rect><rect class=${overlayClass(cls)} x="1" y="1" width="20" height="14" fill=${overlay(cls)}></rect>`}</svg>`;
  const hasOutside = model.marks.some((m) => !m.inside);
  const totalLabel = model.filter ? ms('totalOf', lang, { area: pickLabel(model.filter.label, lang) }) : ms('total', lang);
  const filterShare = model.filter && model.figures.target > 0 ? ` (${ms('shareOfNational', lang, { share: formatPercent(model.total / model.figures.target, { ...fmt, decimals: 1 }) })})` : '';
  return html`<div class="legend" part="legend">
      <p class="heading">${ms('legend', lang)} · ${ms('unit', lang)}</p>
      <ul>
        ${model.classes.map((c, i) => html`<li>${swatch(sequentialColor(c.swatch), i)}<span>${c.lo === c.hi ? fmtN(c.lo) : `${fmtN(c.lo)}–${fmtN(c.hi)}`}</span></li>`)}
        <li>${swatch('var(--_surface)', -1)}<span>${ms('noData', lang)}</span></li>
        ${hasOutside ? html`<li><svg width="22" height="16" aria-hidden="true">${svg`<rect x="1" y="1" width="20" height="14" style=${cssProps({ fill: 'var(--_track)' })}></rect>`}</svg><span>${ms('outside', lang)}</span></li>` : nothing}
      </ul>
      <p class="total">${totalLabel} ${formatValue(model.total, 'household', fmt)}${filterShare}</p>
      <p class="method">${ms('method', lang)}</p>
      ${plan.regions?.length ? nothing : html`<p class="note">${ms('regionsFrom', lang, { source: pickLabel(DEFAULT_REGIONS_SOURCE, lang) })}</p>`}
    </div>`;
}
