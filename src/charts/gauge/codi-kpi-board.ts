import { html, css, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Kpi, Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { TableData } from '../../core/table.js';
import type { FormatOptions } from '../../format/number.js';
import { baseStyles } from '../../core/styles.js';
import { describeGauge, renderGaugeSvg, renderGaugeText, type GaugeView } from './gauge-view.js';
import { gaugeTable } from './table.js';
import { gaugeInput, kpisOf, latestResult } from './kpi.js';
import { gaugeStatus, type GaugeStatus } from './layout.js';
import { gaugeStyles } from './styles.js';
import { gs } from './strings.js';
import { keepThaiWords } from '../../format/wrap.js';
import { cssProps } from '../../core/css-props.js';
import { categoryColor } from '../../core/theme.js';
import { AGENCY_LEVEL } from '../../schema/agency.js';
import { agenciesOf, agencyIndex, agencyName, documentFor, illustrativeFor } from '../agencies.js';

const CARD_MIN = 220;

/**
 * A board of KPI gauges: every KPI of a development issue (or of the whole
 * plan), in a grid that reflows with the container, grouped by agency when
 * several agencies' plans are shown as one. Arrow keys move between gauges;
 * Enter or Space selects one.
 *
 * @summary A board of KPI gauges.
 *
 * @event codi-hover - `CustomEvent<MarkDetail | null>`: a gauge is hovered or focused (null when left).
 * @event codi-select - `CustomEvent<MarkDetail>`: a gauge is selected; `kind` is `kpi`.
 * @event error - `CustomEvent<PlanErrorDetail>`: the plan could not be loaded or is invalid (does not bubble).
 * @event codi-error - the same detail, bubbling and composed.
 *
 * @csspart base - the figure wrapping everything.
 * @csspart header - title, subtitle and toolbar.
 * @csspart chart - the grid of gauges.
 * @csspart card - one gauge with its label.
 * @csspart group-title - the heading of an agency's gauges (several agencies' plans shown as one).
 * @csspart gauge - a gauge SVG.
 * @csspart table - the table view.
 * @csspart table-toggle - the button switching chart and table.
 * @csspart state - the loading, empty or error box.
 * @csspart retry - the retry button of a failed load.
 * @csspart illustrative - the note saying the data is illustrative.
 * @csspart footer - the source line.
 *
 * @cssproperty --codi-font-family - Font stack (Thai first).
 * @cssproperty --codi-color-good - Target met.
 * @cssproperty --codi-color-bad - Target not met.
 * @cssproperty --codi-color-border - Card borders.
 * @cssproperty --codi-board-min-card - Narrowest card before the grid drops a column (default 220px).
 * @cssproperty --codi-agency-1 - Colour mark of the first agency's heading (then --codi-agency-2…).
 */
export class CodiKpiBoard extends PlanElement {
  // Cards off screen skip style, layout and paint (content-visibility: auto) until scrolled near: a board of
  // thousands of KPIs drew every card before its first frame. A skipped card is sized as a one-line-label card
  // (246 px of content: 267 px with padding and border) until it has been drawn once; its row and the cards on
  // screen are laid out as before, it stays in the accessibility tree, and focus or find-in-page draws it. An export
  // lays every card out first (exportSvg), and so does printing, so both are the same as without this.
  static override styles = [
    ...baseStyles,
    gaugeStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--codi-board-min-card, ${CARD_MIN}px)), 1fr));
        gap: 0.75rem;
      }
      .card {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        padding: 0.6rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        content-visibility: auto;
        contain-intrinsic-block-size: auto 246px;
      }
      .all-drawn > .card {
        content-visibility: visible;
      }
      @media print {
        .card {
          content-visibility: visible;
        }
      }
      .card.highlighted {
        border-color: var(--_accent);
        box-shadow: 0 0 0 2px var(--_accent);
      }
      .card .center {
        display: flex;
        justify-content: center;
      }
      .group + .group {
        margin-top: 1.25rem;
      }
      .group-title {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 0.5rem;
        font-size: 1.05em;
        font-weight: 700;
      }
      .group-title .swatch {
        flex: none;
        width: 0.9em;
        height: 0.9em;
        border-radius: 2px;
        background: var(--c);
      }
    `,
  ];

  @state() private focusIndex = 0;

  /** What every render asks again (title, summary, table, each card's view), kept while its inputs stay the same. */
  private kpiMemo?: { key: unknown[]; kpis: Kpi[] };
  private viewMemo?: { key: unknown[]; views: GaugeView[] };

  /** Id of a plan item (e.g. a development issue): show only its KPIs. When unset: all KPIs, or those of the issue above a highlighted item. */
  @property({ reflect: true }) issue?: string;

  /**
   * The issue whose KPIs are shown: the `issue` attribute, else the top-level
   * item above a highlighted plan item (a program selected in a linked chart);
   * with several agencies, the item just under the agency (or the agency).
   */
  private focusIssue(plan: Plan): string | undefined {
    if (this.issue) return this.issue;
    const items = new Map((plan.items ?? []).map((i) => [i.id, i]));
    let cur = this.highlight === undefined ? undefined : items.get(this.highlight);
    for (let guard = 0; cur?.parent !== undefined && guard < 16; guard++) {
      const up = items.get(cur.parent);
      if (!up || up.level === AGENCY_LEVEL) break;
      cur = up;
    }
    return cur?.id;
  }

  /** The KPIs shown, by agency (one group without a heading for a single agency's plan). */
  private groups(plan: Plan, kpis: Kpi[]): { agency: number; kpis: { kpi: Kpi; index: number }[] }[] {
    const agencies = agenciesOf(plan);
    const groups = new Map<number, { kpi: Kpi; index: number }[]>();
    kpis.forEach((kpi, index) => {
      const a = agencies.length ? agencyIndex(plan, kpi.id, kpi.item) : -1;
      groups.set(a, [...(groups.get(a) ?? []), { kpi, index }]);
    });
    return [...groups.entries()].sort((x, y) => (x[0] < 0 ? 1e9 : x[0]) - (y[0] < 0 ? 1e9 : y[0])).map(([agency, list]) => ({ agency, kpis: list }));
  }

  private kpis(plan: Plan): Kpi[] {
    const key = [plan, this.issue, this.highlight];
    if (!same(this.kpiMemo?.key, key)) this.kpiMemo = { key, kpis: kpisOf(plan, this.focusIssue(plan)) };
    return (this.kpiMemo as { kpis: Kpi[] }).kpis;
  }

  /** One view per KPI shown, at the card width. */
  private views(plan: Plan, width: number): GaugeView[] {
    const kpis = this.kpis(plan);
    const fmt: FormatOptions = this.fmt;
    const key = [plan, kpis, width, fmt.lang, fmt.thaiDigits];
    if (!same(this.viewMemo?.key, key)) this.viewMemo = { key, views: kpis.map((k) => describeGauge(plan, k, width, fmt)) };
    return (this.viewMemo as { views: GaugeView[] }).views;
  }

  protected chartTitle(plan: Plan): string {
    const focus = this.focusIssue(plan);
    const item = focus ? plan.items?.find((i) => i.id === focus) : undefined;
    return item ? `${gs('boardTitle', this.language)}: ${this.label(item.label)}` : gs('boardTitle', this.language);
  }

  protected override illustrativeNote(plan: Plan): string | undefined {
    // Several agencies as one: the note only when an illustrative agency's KPIs are shown.
    const note = illustrativeFor(plan, this.kpis(plan).map((k) => agencyIndex(plan, k.id, k.item)));
    return note ? this.label(note.note) : undefined;
  }

  /** Several agencies as one: the agencies whose KPIs are shown (all of them when none is narrowed). */
  private drawnAgencies(plan: Plan): number[] {
    return [...new Set(this.kpis(plan).map((k) => agencyIndex(plan, k.id, k.item)))].filter((i) => i >= 0).sort((a, b) => a - b);
  }

  protected override subtitle(plan: Plan): string {
    const agencies = agenciesOf(plan);
    const drawn = this.drawnAgencies(plan);
    if (!agencies.length || !drawn.length) return super.subtitle(plan);
    return `${drawn.map((i) => agencyName(agencies[i], this.language)).join(' · ')} · ${this.fiscalYear(plan)}`;
  }

  protected override sourceTitle(plan: Plan): string | undefined {
    const drawn = this.drawnAgencies(plan);
    return agenciesOf(plan).length && drawn.length ? documentFor(plan, drawn, this.language) : super.sourceTitle(plan);
  }

  protected emptyReason(plan: Plan): string | undefined {
    if (!plan.kpis?.length) return gs('noKpis', this.language);
    if (!this.kpis(plan).length) {
      const item = plan.items?.find((i) => i.id === this.issue);
      return gs('noKpisFor', this.language, { item: item ? this.label(item.label) : (this.issue ?? '') });
    }
    return undefined;
  }

  protected summary(plan: Plan): string {
    // Only statuses: no formatting, so asking on every render costs little.
    const kpis = this.kpis(plan);
    const count: Record<GaugeStatus, number> = { met: 0, 'not-met': 0, 'no-result': 0 };
    for (const k of kpis) count[gaugeStatus(gaugeInput(plan, k, latestResult(plan, k.id)))]++;
    return gs('summaryBoard', this.language, { n: kpis.length, met: count.met, notMet: count['not-met'], none: count['no-result'] });
  }

  /** The chart as an SVG document, every card laid out as drawn (cards off screen are not, until scrolled near). */
  override async exportSvg(): Promise<string> {
    const grids = Array.from(this.renderRoot.querySelectorAll('.grid'));
    for (const g of grids) g.classList.add('all-drawn');
    try {
      return await super.exportSvg();
    } finally {
      for (const g of grids) g.classList.remove('all-drawn');
    }
  }

  protected tableData(plan: Plan): TableData | undefined {
    return gaugeTable(plan, this.kpis(plan), this.fmt);
  }

  private onKey(e: KeyboardEvent, count: number, columns: number): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns };
    let next = this.focusIndex;
    if (e.key in moves) next += moves[e.key] as number;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else return;
    e.preventDefault();
    this.focusIndex = Math.max(0, Math.min(count - 1, next));
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-index="${this.focusIndex}"]`) as HTMLElement | null)?.focus());
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const kpis = this.kpis(plan);
    const columns = Math.max(1, Math.floor((width + 12) / (CARD_MIN + 12)));
    const cardWidth = Math.min(300, (width - 12 * (columns - 1)) / columns - 20);
    const focus = Math.min(this.focusIndex, kpis.length - 1);
    const views = this.views(plan, cardWidth);
    const card = (kpi: Kpi, i: number) => {
      const view = views[i] as GaugeView;
      const detail = { planId: plan.id, kind: 'kpi' as const, id: kpi.id, itemId: kpi.item, label: view.label, value: kpi.target.value, unit: kpi.target.unit };
      const select = () => {
        this.focusIndex = i;
        this.emitSelect(detail);
      };
      const highlighted = this.highlight !== undefined && (this.highlight === kpi.id || this.highlight === kpi.item);
      return html`<div
        class="card mark ${highlighted ? 'highlighted' : ''}"
        part="card"
        role="listitem"
        tabindex=${i === focus ? 0 : -1}
        data-index=${i}
        aria-label=${view.sentence}
        @click=${select}
        @keydown=${(e: KeyboardEvent) => this.activateOnKey(e, select)}
        @focus=${() => {
          this.focusIndex = i;
          this.emitHover(detail);
        }}
        @blur=${() => this.emitHover(null)}
        @pointerenter=${() => this.emitHover(detail)}
        @pointerleave=${() => this.emitHover(null)}
      >
        <p class="kpi-label" aria-hidden="true">${keepThaiWords(view.label)}</p>
        <div class="center">${renderGaugeSvg(view, this.fmt)}</div>
        <div aria-hidden="true">${renderGaugeText(view)}</div>
      </div>`;
    };
    const onKey = (e: KeyboardEvent) => this.onKey(e, kpis.length, columns);
    const groups = this.groups(plan, kpis);
    if (groups.length === 1 && groups[0]?.agency === -1) {
      return html`<div class="grid" role="list" aria-label=${this.summary(plan)} @keydown=${onKey}>${kpis.map((kpi, i) => card(kpi, i))}</div>`;
    }
    const agencies = agenciesOf(plan);
    return html`<div @keydown=${onKey}>
      ${groups.map((g) => {
        const name = g.agency >= 0 ? agencyName(agencies[g.agency], this.language) : gs('otherKpis', this.language);
        const id = `agency-${g.agency + 1}`;
        return html`<section class="group" aria-labelledby=${id}>
          <p class="group-title" part="group-title" id=${id}>
            ${g.agency >= 0 ? html`<span class="swatch" aria-hidden="true" style=${cssProps({ '--c': categoryColor('agency', g.agency) })}></span>` : nothing}${name}
          </p>
          <div class="grid" role="list" aria-label=${`${name}: ${gs('count', this.language, { n: g.kpis.length })}`}>${g.kpis.map(({ kpi, index }) => card(kpi, index))}</div>
        </section>`;
      })}
    </div>`;
  }
}

function same(a: unknown[] | undefined, b: unknown[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}
