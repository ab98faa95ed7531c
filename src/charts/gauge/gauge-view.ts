/**
 * Drawing one gauge from its layout, shared by `<codi-kpi-gauge>` and
 * `<codi-kpi-board>`. Everything a gauge says is derived here once
 * (`describeGauge`), so the two elements, the table and the accessible
 * name all say the same thing.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Kpi, Plan } from '../../schema/plan.js';
import { pickLabel } from '../../format/label.js';
import { formatDate } from '../../format/date.js';
import { keepThaiWords } from '../../format/wrap.js';
import { formatNumber, formatValue, type FormatOptions } from '../../format/number.js';
import { findUnit } from '../../format/units.js';
import { gaugeLayout, type GaugeLayout, type GaugeStatus } from './layout.js';
import { gaugeInput, latestResult } from './kpi.js';
import { gs } from './strings.js';

export interface GaugeView {
  kpi: Kpi;
  layout: GaugeLayout;
  label: string;
  status: GaugeStatus;
  statusText: string;
  valueText: string;
  /** The big number in the middle of the ring, and the unit under it. */
  bigNumber: string;
  unitLine: string;
  targetText: string;
  directionText: string;
  asOfText?: string;
  illustrative: boolean;
  /** One sentence with everything above, for screen readers. */
  sentence: string;
}

export function describeGauge(plan: Plan, kpi: Kpi, width: number, fmt: FormatOptions): GaugeView {
  const lang = fmt.lang;
  const result = latestResult(plan, kpi.id);
  const layout = gaugeLayout(gaugeInput(plan, kpi, result), width);
  const unitOpts = { ...fmt, planUnits: plan.units };
  const label = pickLabel(kpi.label, lang);
  const targetText = `${gs('target', lang)} ${formatValue(kpi.target.value, kpi.target.unit, { ...unitOpts, comparator: kpi.target.comparator })}${kpi.target.qualifier ? ` ${pickLabel(kpi.target.qualifier, lang)}` : ''}`;
  const valueText = result ? formatValue(result.value, kpi.target.unit, unitOpts) : '–';
  const unit = findUnit(kpi.target.unit, plan.units);
  const englishPercent = unit?.kind === 'percent' && lang === 'en';
  // The unit's own precision when it has one (million baht: 4 decimals, so 0.0001 does not read as 0).
  const bigNumber = result ? `${formatNumber(result.value, { ...fmt, decimals: unit?.decimals ?? 2 })}${englishPercent ? '%' : ''}` : '–';
  const unitLine = englishPercent ? '' : pickLabel(unit?.label ?? { th: kpi.target.unit }, lang);
  const statusText = gs(layout.status === 'met' ? 'met' : layout.status === 'not-met' ? 'notMet' : 'noResult', lang);
  const directionText = gs(kpi.direction === 'lower' ? 'lower' : 'higher', lang);
  const asOfText = result ? gs('asOf', lang, { date: formatDate(result.asOf, fmt) }) : undefined;
  const illustrative = Boolean(result?.illustrative ?? plan.illustrative);
  const parts = [label, targetText, `(${directionText})`, result ? `${gs('result', lang)} ${valueText}` : '', statusText, asOfText ?? '', illustrative ? gs('illustrativeResult', lang) : ''];
  return { kpi, layout, label, status: layout.status, statusText, valueText, bigNumber, unitLine, targetText, directionText, asOfText, illustrative, sentence: parts.filter(Boolean).join('. ') };
}

const ICON: Record<GaugeStatus, string> = { met: '✓', 'not-met': '✗', 'no-result': '○' };

/** The gauge drawing. Status is told by an icon and words, not by colour alone. */
export function renderGaugeSvg(view: GaugeView, fmt: FormatOptions): TemplateResult {
  const l = view.layout;
  const [a, b] = l.targetTick;
  // The number must fit inside the ring: about 0.6 em per digit.
  const valueSize = Math.max(12, Math.min(30, l.inner * 0.34, (l.inner * 1.7) / Math.max(3, view.bigNumber.length * 0.6)));
  const unitSize = Math.max(11, Math.min(15, valueSize * 0.5));
  return html`<svg
    class="gauge status-${view.status}"
    part="gauge"
    width=${l.width}
    height=${l.height}
    viewBox="0 0 ${l.width} ${l.height}"
    aria-hidden="true"
  >
    ${svg`<g transform="translate(${l.cx} ${l.cy})">
      <path class="track" d=${l.track}></path>
      <path class="good-zone" d=${l.goodZone}></path>
      ${l.valueArc ? svg`<path class="value" d=${l.valueArc}></path>` : nothing}
    </g>
    <line class="target" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>
    <text class="value-text" x=${l.cx} y=${l.cy - unitSize - 6} text-anchor="middle" font-size=${valueSize}>${view.bigNumber}</text>
    ${view.unitLine ? svg`<text class="unit-text" x=${l.cx} y=${l.cy - 2} text-anchor="middle" font-size=${unitSize}>${view.unitLine}</text>` : nothing}
    <text class="scale" x=${l.minLabel.x} y=${l.minLabel.y} text-anchor="middle">${formatNumber(l.domain[0], fmt)}</text>
    <text class="scale" x=${l.maxLabel.x} y=${l.maxLabel.y} text-anchor="middle">${formatNumber(l.domain[1], fmt)}</text>`}
  </svg>`;
}

/** The words under a gauge: target, direction, status, date. */
export function renderGaugeText(view: GaugeView): TemplateResult {
  return html`<p class="target-text">${keepThaiWords(view.targetText)} <span class="direction">(${view.directionText})</span></p>
    <p class="status-text status-${view.status}">${ICON[view.status]} ${view.statusText}${view.asOfText ? html` · <span class="as-of">${view.asOfText}</span>` : nothing}</p>`;
}
