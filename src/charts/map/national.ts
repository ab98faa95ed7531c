/**
 * What the map shows when the plan has no split by area (CODI's FY2567
 * plan): each project's national target as a bar, and the total, with a
 * notice that the source has no breakdown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { Plan } from '../../schema/plan.js';
import type { MarkDetail } from '../../core/events.js';
import { formatPercent, formatValue } from '../../format/number.js';
import { nationalTargets, type MapModel } from './model.js';
import { projectName } from './describe.js';
import type { DrawContext } from './marks.js';
import { ms } from './strings.js';

/** The national-totals list at `width` px; `summary` (the chart's summary) is its accessible name. */
export function nationalList(plan: Plan, model: MapModel, width: number, summary: string, ctx: DrawContext): TemplateResult {
  const fmt = ctx.fmt;
  const lang = fmt.lang;
  const { projects: all, pct, total } = nationalTargets(plan.households);
  const max = Math.max(1, ...all.map((p) => p.target));
  const rows = [...all.map((p, i) => ({ id: p.id, name: projectName(plan, p, lang), value: p.target, share: pct[i] ?? 0, item: p.item, total: false })), { id: 'total', name: ms('total', lang), value: total, share: 100, item: undefined, total: true }];
  const focus = Math.min(ctx.focusIndex, rows.length - 1);
  const points = rows.map((_, i) => ({ x: 0, y: i }));
  return html`<div part="national">
      <p class="notice" role="note"><strong>${ms('noBreakdown', lang)}</strong> ${ms('noBreakdownHint', lang)}</p>
      <div class="bars ${width < 480 ? 'narrow' : ''}" role="list" aria-label=${summary} @keydown=${(e: KeyboardEvent) => ctx.onKey(e, points)}>
        ${rows.map((r, i) => {
          const valueText = `${formatValue(r.value, 'household', fmt)} · ${formatPercent(r.share / 100, { ...fmt, decimals: 1 })}`;
          const detail: MarkDetail = { planId: plan.id, kind: 'project', id: r.id, itemId: r.item, label: r.name, value: r.value, unit: 'household' };
          const chosen = model.chosen.length === 1 && model.chosen[0]?.id === r.id;
          const h = ctx.row(i, detail);
          return html`<div class="bar-row mark ${r.total ? 'total' : ''} ${chosen ? 'chosen' : ''}" role="listitem" tabindex=${i === focus ? 0 : -1} data-index=${i}
            aria-label="${r.name}: ${valueText}${r.total ? '' : ` (${ms('notBrokenDown', lang)})`}" aria-current=${chosen ? 'true' : nothing}
            @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave}
            @pointerenter=${h.enter} @pointerleave=${h.leave}>
            <span class="bar-label" aria-hidden="true">${r.name}</span>
            <span aria-hidden="true">${r.total || !(r.value > 0) ? nothing : html`<span class="bar" style=${cssProps({ width: `${Math.max(0.5, (r.value / max) * 100)}%` })}></span>`}</span>
            <span class="bar-value" aria-hidden="true">${valueText}</span>
          </div>`;
        })}
      </div>
    </div>`;
}
