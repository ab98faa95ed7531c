import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Kpi, Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { TableData } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { describeGauge, renderGaugeSvg, renderGaugeText } from './gauge-view.js';
import { gaugeTable } from './table.js';
import { gaugeStyles } from './styles.js';
import { gs } from './strings.js';
import { agenciesOf, agencyIndex, agencyName, documentFor, illustrativeFor } from '../agencies.js';

/**
 * One KPI: its target against the reported result, in the KPI's unit and
 * direction (lower is better for an NPL ratio), with a clear state when no
 * result is reported yet.
 *
 * @summary A KPI gauge: target against reported result.
 *
 * @event codi-hover - `CustomEvent<MarkDetail | null>`: the gauge is hovered or focused (null when left).
 * @event codi-select - `CustomEvent<MarkDetail>`: the gauge is selected (click, Enter, Space); `kind` is `kpi`.
 * @event error - `CustomEvent<PlanErrorDetail>`: the plan could not be loaded or is invalid (does not bubble).
 * @event codi-error - the same detail, bubbling and composed.
 *
 * @csspart base - the figure wrapping everything.
 * @csspart header - title, subtitle and toolbar.
 * @csspart chart - the drawing.
 * @csspart gauge - the gauge SVG.
 * @csspart table - the table view.
 * @csspart table-toggle - the button switching chart and table.
 * @csspart state - the loading, empty or error box.
 * @csspart retry - the retry button of a failed load.
 * @csspart illustrative - the note saying the data is illustrative.
 * @csspart tooltip - the tooltip.
 * @csspart footer - the source line.
 *
 * @cssproperty --codi-font-family - Font stack (Thai first).
 * @cssproperty --codi-color-text - Text colour.
 * @cssproperty --codi-color-muted - Secondary text colour.
 * @cssproperty --codi-color-track - The gauge's empty scale.
 * @cssproperty --codi-color-good - Target met.
 * @cssproperty --codi-color-bad - Target not met.
 * @cssproperty --codi-color-focus - Focus ring.
 * @cssproperty --codi-gauge-value - The result arc when no status colour applies.
 * @cssproperty --codi-gauge-good-zone - The zone of the scale that meets the target.
 */
export class CodiKpiGauge extends PlanElement {
  static override styles = [...baseStyles, gaugeStyles];

  /** Id of the KPI to show; the plan's first KPI when unset. With several plans shown as one, ids are prefixed with their plan's id (`codi-2567:kpi-3-6`). */
  @property({ reflect: true }) kpi?: string;

  private pickKpi(plan: Plan): Kpi | undefined {
    return this.kpi ? plan.kpis?.find((k) => k.id === this.kpi) : plan.kpis?.[0];
  }

  protected chartTitle(plan: Plan): string {
    const kpi = this.pickKpi(plan);
    if (!kpi) return gs('title', this.language);
    // Several agencies shown as one: say whose indicator it is.
    const agency = agenciesOf(plan)[agencyIndex(plan, kpi.id, kpi.item)];
    return agency ? `${agencyName(agency, this.language)}: ${this.label(kpi.label)}` : this.label(kpi.label);
  }

  protected emptyReason(plan: Plan): string | undefined {
    if (!plan.kpis?.length) return gs('noKpis', this.language);
    if (!this.pickKpi(plan)) return gs('unknownKpi', this.language, { id: this.kpi ?? '' });
    return undefined;
  }

  protected summary(plan: Plan): string {
    const kpi = this.pickKpi(plan);
    return kpi ? describeGauge(plan, kpi, 200, this.fmt).sentence : '';
  }

  protected override illustrativeNote(plan: Plan): string | undefined {
    const kpi = this.pickKpi(plan);
    const result = kpi && plan.results?.filter((r) => r.kpi === kpi.id).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
    if (result?.illustrative) return this.label(result.illustrative.note);
    const note = kpi ? illustrativeFor(plan, [agencyIndex(plan, kpi.id, kpi.item)]) : plan.illustrative;
    return note ? this.label(note.note) : undefined;
  }

  /** Several agencies shown as one: the gauge draws one agency's indicator, so it names that agency and its source only. */
  protected override subtitle(plan: Plan): string {
    const kpi = this.pickKpi(plan);
    const agency = kpi ? agenciesOf(plan)[agencyIndex(plan, kpi.id, kpi.item)] : undefined;
    return agency ? `${agencyName(agency, this.language)} · ${this.fiscalYear(plan)}` : super.subtitle(plan);
  }

  protected override sourceTitle(plan: Plan): string | undefined {
    const kpi = this.pickKpi(plan);
    const i = kpi ? agencyIndex(plan, kpi.id, kpi.item) : -1;
    return i < 0 ? super.sourceTitle(plan) : documentFor(plan, [i], this.language);
  }

  protected tableData(plan: Plan): TableData | undefined {
    const kpi = this.pickKpi(plan);
    return kpi ? gaugeTable(plan, [kpi], this.fmt) : undefined;
  }

  private detail(plan: Plan, kpi: Kpi) {
    return { planId: plan.id, kind: 'kpi' as const, id: kpi.id, itemId: kpi.item, label: this.label(kpi.label), value: kpi.target.value, unit: kpi.target.unit };
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const kpi = this.pickKpi(plan);
    if (!kpi) return nothing;
    const view = describeGauge(plan, kpi, Math.min(width, 360), this.fmt);
    const select = () => this.emitSelect(this.detail(plan, kpi));
    return html`<div
      class="mark gauge-wrap"
      tabindex="0"
      role="img"
      aria-label=${view.sentence}
      @click=${select}
      @keydown=${(e: KeyboardEvent) => this.activateOnKey(e, select)}
      @focus=${() => this.emitHover(this.detail(plan, kpi))}
      @blur=${() => this.emitHover(null)}
      @pointerenter=${() => this.emitHover(this.detail(plan, kpi))}
      @pointerleave=${() => this.emitHover(null)}
    >
      <div class="center">${renderGaugeSvg(view, this.fmt)}</div>
      ${renderGaugeText(view)}
    </div>`;
  }
}
