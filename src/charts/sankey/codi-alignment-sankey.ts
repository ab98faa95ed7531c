import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { TableData } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { categoryColor, topLevelKind } from '../../core/theme.js';
import { canvasMeasure, clearMeasureCache } from '../../format/wrap.js';
import { alignmentGraph, type AlignmentGraph, type GraphLink, type Weighting } from './graph.js';
import { linkedFrameworks } from './frameworks.js';
import { graphIndex, related } from './queries.js';
import { MarkEmphasis } from './emphasis.js';
import { nextFocus, readingOrder } from './keyboard.js';
import { fitDepth, sankeyLayout, type SankeyGeometry } from './layout.js';
import { sankeyMarks, sankeyNotes } from './marks.js';
import { sankeyStyles } from './styles.js';
import { ss } from './strings.js';
import { sankeySummary, sankeyTable } from './table.js';
import { markDetail, tipFor, type Active } from './tooltip.js';
import { short } from './words.js';

/**
 * How a plan lines up with a framework (the national strategy, master plans,
 * SDGs…) and where its money flows: the framework's items, then the plan's
 * levels (development issues, programs, on demand sub-programs), with flows
 * weighted by budget or by count. A program serving several targets shares
 * its budget among them, so every column adds up to the plan's total.
 *
 * @summary Strategy-alignment sankey: framework → development issues → programs.
 *
 * @event codi-hover - `CustomEvent<MarkDetail | null>`: a node or flow is hovered or focused (null when left).
 * @event codi-select - `CustomEvent<MarkDetail>`: a node or flow is selected (click, Enter, Space); `kind` is `item`, `framework-item`, `framework` or `link`, and `itemId` names the plan item.
 * @event error - `CustomEvent<PlanErrorDetail>`: the plan could not be loaded or is invalid (does not bubble).
 * @event codi-error - the same detail, bubbling and composed.
 *
 * @csspart base - the figure wrapping everything.
 * @csspart header - title, subtitle and toolbar.
 * @csspart framework-select - the framework picker.
 * @csspart level-toggle - the button showing one more plan level.
 * @csspart chart - the drawing.
 * @csspart sankey - the sankey SVG.
 * @csspart notes - weighting, totals, legend and the sharing note under the chart.
 * @csspart legend - the legend.
 * @csspart table - the table view.
 * @csspart table-toggle - the button switching chart and table.
 * @csspart state - the loading, empty or error box.
 * @csspart retry - the retry button of a failed load.
 * @csspart illustrative - the note saying the data is illustrative.
 * @csspart tooltip - the tooltip.
 * @csspart footer - the source line.
 *
 * @cssproperty --codi-font-family - Font stack (Thai first).
 * @cssproperty --codi-issue-1 - Colour of the first development issue (then --codi-issue-2…, falling back to --codi-cat-N).
 * @cssproperty --codi-agency-1 - Colour of the first agency when several plans are shown as one (then --codi-agency-2…, falling back to --codi-cat-N).
 * @cssproperty --codi-sankey-framework-color - Framework and other neutral nodes.
 * @cssproperty --codi-sankey-flow-opacity - Opacity of the flows (default 0.38).
 * @cssproperty --codi-color-focus - Focus ring.
 */
export class CodiAlignmentSankey extends PlanElement {
  static override styles = [...baseStyles, sankeyStyles];

  @state() private active?: Active;
  @state() private focusId?: string;
  @state() private fontEpoch = 0;

  /** A framework id, or a kind: `national-strategy` (default), `master-plan`, `national-plan`, `sdg`, `level-3-plan`, `agency-plan`… */
  @property({ reflect: true }) framework?: string;

  /** How many plan levels to show as columns (default 2: development issues and programs). Fewer fit on narrow screens. */
  @property({ type: Number, reflect: true }) depth = 2;

  /** Show the level under programs (sub-programs) as a column too. */
  @property({ type: Boolean, attribute: 'show-subprograms', reflect: true }) showSubprograms = false;

  /** `budget` (default; million baht) or `count` (items). Budget falls back to count when a shown level has no budget. */
  @property({ reflect: true }) weight: Weighting = 'budget';

  private graphMemo?: { key: unknown[]; graph: AlignmentGraph };
  private geometryMemo?: { key: unknown[]; geometry: SankeyGeometry };
  private summaryMemo?: { key: unknown[]; text: string };
  /** Counts renders of the marks, so the emphasis knows when the elements it marked were replaced. */
  private marksVersion = 0;
  private readonly emphasis = new MarkEmphasis();
  private readonly onFonts = () => {
    clearMeasureCache();
    this.geometryMemo = undefined;
    this.fontEpoch++;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener?.('loadingdone', this.onFonts);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener?.('loadingdone', this.onFonts);
  }

  private get wantedDepth(): number {
    return this.showSubprograms ? Math.max(this.depth, 3) : this.depth;
  }

  private graph(plan: Plan): AlignmentGraph {
    const depth = this.width > 0 ? fitDepth(this.width, this.wantedDepth) : this.wantedDepth;
    const key = [plan, this.framework, depth, this.weight, this.language];
    if (!same(this.graphMemo?.key, key)) this.graphMemo = { key, graph: alignmentGraph(plan, { framework: this.framework, depth, weight: this.weight, lang: this.language }) };
    return (this.graphMemo as { graph: AlignmentGraph }).graph;
  }

  private geometry(graph: AlignmentGraph, width: number): SankeyGeometry {
    const key = [graph, width, this.fontEpoch, this.thaiDigits];
    if (same(this.geometryMemo?.key, key)) return (this.geometryMemo as { geometry: SankeyGeometry }).geometry;
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const measure = (px: number, bold?: boolean) => {
      const font = `${bold ? '700 ' : ''}${px}px ${family}`;
      // A web font loads when text first uses it; measure again once it has (once per font).
      if (document.fonts && !requested.has(font) && !document.fonts.check(font, 'ก')) {
        requested.add(font);
        void document.fonts.load(font, 'กa').then(this.onFonts, () => {});
      }
      return canvasMeasure(font);
    };
    const geometry = sankeyLayout(graph, { width, lang: this.language, measure, valueText: (n) => short(this.fmt, graph, n.value) });
    this.geometryMemo = { key, geometry };
    return geometry;
  }

  // ----- what a chart provides ----------------------------------------------

  protected chartTitle(plan: Plan): string {
    const g = this.graph(plan);
    return g.framework ? ss('title', this.language, { framework: g.frameworkLabel }) : ss('titleGeneric', this.language);
  }

  protected emptyReason(plan: Plan): string | undefined {
    const g = this.graph(plan);
    if (!g.empty) return undefined;
    return ss(g.empty, this.language, { framework: g.frameworkLabel, id: this.framework ?? '' });
  }

  protected summary(plan: Plan): string {
    const g = this.graph(plan);
    const key = [g, this.language, this.thaiDigits];
    if (!same(this.summaryMemo?.key, key)) this.summaryMemo = { key, text: sankeySummary(this.fmt, g) };
    return (this.summaryMemo as { text: string }).text;
  }

  protected tableData(plan: Plan): TableData | undefined {
    const g = this.graph(plan);
    return g.empty ? undefined : sankeyTable(this.fmt, g, this.chartTitle(plan));
  }

  protected override renderControls(plan: Plan): TemplateResult | typeof nothing {
    const g = this.graph(plan);
    const lang = this.language;
    const options = linkedFrameworks(plan);
    if (g.framework && !options.includes(g.framework)) options.unshift(g.framework);
    const next = plan.levels?.[2];
    const canShow = next && (this.width === 0 || fitDepth(this.width, 3) >= 3);
    return html`${options.length > 1
      ? html`<select part="framework-select" aria-label=${ss('framework', lang)} @change=${(e: Event) => (this.framework = (e.target as HTMLSelectElement).value)}>
          ${options.map((f) => html`<option value=${f.id} ?selected=${f === g.framework}>${this.label(f.label)}</option>`)}
        </select>`
      : nothing}
    ${canShow && next
      ? html`<button part="level-toggle" aria-pressed=${this.showSubprograms ? 'true' : 'false'} @click=${() => (this.showSubprograms = !this.showSubprograms)}>
          ${ss('showLevel', lang, { level: lang === 'en' ? this.label(next.label).toLowerCase() : this.label(next.label) })}
        </button>`
      : nothing}`;
  }

  // ----- interaction ----------------------------------------------------------

  /**
   * The one listener of all the marks, on the drawing (pointerover, pointerout, click, focusin,
   * focusout, keydown): thousands of marks at 100× CODI scale, each with listeners of its own,
   * cost more to draw than the marks themselves. The mark is the target's nearest `[data-node]`
   * or `[data-link]`, looked up in the graph's index. Moving within one mark (from its bar to its
   * label) is neither a leave nor an enter, as with pointerenter and pointerleave; only nodes take
   * the focus, and arrows move it wherever the key comes from.
   */
  private onMark(e: Event, plan: Plan, g: AlignmentGraph, geo: SankeyGeometry): void {
    const el = markOf(e.target);
    const { node, link } = graphIndex(g);
    const n = node.get(el?.getAttribute('data-node') as string);
    const l = n ? undefined : link.get(el?.getAttribute('data-link') as string);
    const type = e.type;
    const select = () => {
      if (n) this.focusId = n.id;
      this.emitSelect(markDetail(plan, g, n, l));
    };
    if (type === 'keydown') {
      if (n) this.activateOnKey(e as KeyboardEvent, select);
      this.onKey(e as KeyboardEvent, g, geo);
    } else if (!el || (!n && !l)) return;
    else if (type === 'click') select();
    else if (markOf((e as FocusEvent).relatedTarget) === el) return;
    else if (type === 'pointerout' || type === 'focusout') {
      this.active = undefined;
      this.hideTip();
      this.emitHover(null);
    } else {
      const target = n ? { node: n.id } : { link: (l as GraphLink).id };
      if (type === 'focusin') this.focusId = target.node;
      this.active = target;
      const [title, lines] = tipFor(this.fmt, g, target);
      this.showTip(el.querySelector('.anchor') ?? el, title, lines);
      this.emitHover(markDetail(plan, g, n, l));
    }
  }

  private onKey(e: KeyboardEvent, g: AlignmentGraph, geo: SankeyGeometry): void {
    const next = nextFocus(e.key, g, geo, this.focusId);
    if (next === undefined) return;
    e.preventDefault();
    this.focusId = next;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-node="${CSS.escape(next)}"]`) as SVGGElement | null)?.focus());
  }

  // ----- drawing -----------------------------------------------------------------

  protected renderChart(plan: Plan, width: number): TemplateResult {
    const g = this.graph(plan);
    const geo = this.geometry(g, width);
    const lang = this.language;
    const focusable = geo.nodes.some((b) => b.id === this.focusId) ? this.focusId : readingOrder(geo)[0]?.id;
    const on = (e: Event) => this.onMark(e, plan, g, geo);
    return html`<svg part="sankey" width=${geo.width} height=${geo.height} viewBox="0 0 ${geo.width} ${geo.height}" role="group" aria-label=${`${this.chartTitle(plan)}. ${ss('keyboardHint', lang)}`}
        @pointerover=${on} @pointerout=${on} @click=${on} @focusin=${on} @focusout=${on} @keydown=${on}>
        <g aria-hidden="true">${geo.columns.map((c) => svg`<text class="col-title" font-size=${geo.font}>${c.lines.map((l) => svg`<tspan x=${c.x} y=${l.y}>${l.text}</tspan>`)}</text>`)}</g>
        ${guard([plan, g, geo, focusable, lang, this.thaiDigits], () => this.renderMarks(plan, g, geo, focusable))}
      </svg>
      ${sankeyNotes(this.fmt, g)}`;
  }

  /**
   * Flows and nodes, rebuilt only when the graph, its geometry or the focusable
   * node change: hovering changes no template, only the emphasis of the marks
   * (`applyEmphasis`, after each update).
   */
  private renderMarks(plan: Plan, g: AlignmentGraph, geo: SankeyGeometry, focusable: string | undefined): TemplateResult {
    this.marksVersion++;
    const kind = topLevelKind(plan);
    const color = (i: number) => (i >= 0 ? categoryColor(kind, i) : 'var(--_neutral)');
    return sankeyMarks(g, geo, { fmt: this.fmt, color, focusable });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyEmphasis();
  }

  /**
   * Lights what lies upstream and downstream of the hovered (or highlighted)
   * mark and dims the rest (see emphasis.ts): one class on the drawing, and
   * `on` on the related marks only.
   */
  private applyEmphasis(): void {
    const root = this.renderRoot.querySelector('svg[part="sankey"]');
    const g = this.graphMemo?.graph;
    const hl = g && this.highlight ? graphIndex(g).named.get(this.highlight) : undefined;
    const active = this.active ?? (hl ? { node: hl.id } : undefined);
    const key = active?.node !== undefined ? `n ${active.node}` : active?.link !== undefined ? `l ${active.link}` : '';
    this.emphasis.apply(g ? root : null, this.marksVersion, key, () => (g && active ? related(g, active) : undefined));
  }
}

const requested = new Set<string>();

/** The mark (a node or a flow) holding an event's target or related target, if any. */
const markOf = (t: EventTarget | null): Element | null => (t as Element | null)?.closest?.('[data-node],[data-link]') ?? null;

function same(a: unknown[] | undefined, b: unknown[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}
