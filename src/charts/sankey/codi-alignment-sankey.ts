import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from '../../core/css-props.js';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { MarkDetail } from '../../core/events.js';
import type { TableData, TableRow } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { categoryColor, topLevelKind } from '../../core/theme.js';
import { t } from '../../core/i18n.js';
import { formatMoney, formatNumber, formatPercent, formatValue, shares } from '../../format/number.js';
import { canvasMeasure, clearMeasureCache } from '../../format/wrap.js';
import { alignmentGraph, breakdown, contributions, graphIndex, linkedFrameworks, related, type AlignmentGraph, type GraphLink, type GraphNode, type Weighting } from './graph.js';
import { MarkEmphasis } from './emphasis.js';
import { fitDepth, sankeyLayout, type SankeyGeometry } from './layout.js';
import { sankeyStyles } from './styles.js';
import { ss } from './strings.js';

type Active = { node?: string; link?: string };

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
  private tableMemo?: { key: unknown[]; data: TableData | undefined };
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
    const geometry = sankeyLayout(graph, { width, lang: this.language, measure, valueText: (n) => this.short(graph, n.value) });
    this.geometryMemo = { key, geometry };
    return geometry;
  }

  // ----- words and numbers -------------------------------------------------

  /** A value without its unit: 2 decimals on the chart, the plan's 4 for money in the table. */
  private short(g: AlignmentGraph, units: number, exact = false): string {
    const money = g.unit === 'million-baht';
    const decimals = money && exact ? 4 : 2;
    return formatNumber(units / g.scale, { ...this.fmt, decimals, minDecimals: money ? decimals : 0 });
  }

  private full(g: AlignmentGraph, units: number): string {
    const v = units / g.scale;
    return g.unit === 'million-baht' ? formatMoney(v, this.fmt) : formatValue(v, 'item', { ...this.fmt, decimals: Number.isInteger(v) ? 0 : 2 });
  }

  private pct(part: number, whole: number): string {
    return formatPercent(whole > 0 ? part / whole : 0, { ...this.fmt, decimals: 1 });
  }

  private roleText(role?: string): string {
    return role === 'primary' ? ss('primary', this.language) : role === 'secondary' ? ss('secondary', this.language) : '';
  }

  private nodeSentence(g: AlignmentGraph, n: GraphNode): string {
    const share = ss('ofTotal', this.language, { share: this.pct(n.value, g.total) });
    return [ss('nodeAria', this.language, { label: n.fullLabel, value: this.full(g, n.value), share }), this.roleText(n.role)].filter(Boolean).join(', ');
  }

  private linkLabel(g: AlignmentGraph, l: GraphLink): string {
    const byId = graphIndex(g).node;
    const name = (id: string) => byId.get(id)?.fullLabel ?? id;
    return `${name(l.source)} → ${name(l.target)}`;
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
    if (same(this.summaryMemo?.key, key)) return (this.summaryMemo as { text: string }).text;
    const parts = g.nodes.filter((n) => n.column === 0).map((n) => `${n.label}: ${this.pct(n.value, g.total)}`);
    const text = ss('summary', this.language, { framework: g.frameworkLabel, levels: g.columns.slice(1).map((c) => c.title).join(' → '), total: this.full(g, g.total), parts: parts.join('; ') });
    this.summaryMemo = { key, text };
    return text;
  }

  protected tableData(plan: Plan): TableData | undefined {
    // The base class asks on every render (a tooltip is a render): build it once per graph and language.
    const g = this.graph(plan);
    const key = [g, this.language, this.thaiDigits];
    if (same(this.tableMemo?.key, key)) return (this.tableMemo as { data: TableData | undefined }).data;
    const data = this.buildTable(plan, g);
    this.tableMemo = { key, data };
    return data;
  }

  private buildTable(plan: Plan, g: AlignmentGraph): TableData | undefined {
    if (g.empty) return undefined;
    const lang = this.language;
    const name = new Map(g.nodes.map((n) => [n.id, n.fullLabel]));
    const unitLabel = g.unit === 'million-baht' ? (lang === 'th' ? 'ล้านบาท' : 'million baht') : lang === 'th' ? 'รายการ' : 'items';
    const rows: TableRow[] = [];
    for (let stage = 0; stage < g.columns.length - 1; stage++) {
      const flows = g.links.filter((l) => l.stage === stage);
      const pcts = shares(flows.map((l) => l.value), 1);
      const total = flows.reduce((s, l) => s + l.value, 0);
      const title = ss('stage', lang, { from: g.columns[stage].title, to: g.columns[stage + 1].title });
      rows.push({ cells: [title, '', this.short(g, total, true), formatPercent(1, { ...this.fmt, decimals: 1 }), ''], values: [title, '', total / g.scale, 100, ''] });
      flows.forEach((l, i) => {
        const cells = [name.get(l.source) ?? l.source, name.get(l.target) ?? l.target, this.short(g, l.value, true), formatPercent(pcts[i] / 100, { ...this.fmt, decimals: 1 }), this.roleText(l.role)];
        rows.push({ cells, values: [cells[0], cells[1], l.value / g.scale, pcts[i], l.role ?? ''], depth: 1 });
      });
    }
    return {
      caption: `${this.chartTitle(plan)}: ${ss('tableCaption', lang)}`,
      columns: [{ label: ss('source', lang) }, { label: ss('target', lang) }, { label: `${ss('value', lang)} (${unitLabel})`, numeric: true }, { label: t('share', lang), numeric: true }, { label: ss('alignment', lang) }],
      rows,
    };
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

  private detail(plan: Plan, g: AlignmentGraph, n?: GraphNode, l?: GraphLink): MarkDetail {
    const unit = g.unit;
    if (l) {
      const target = graphIndex(g).node.get(l.target);
      const source = graphIndex(g).node.get(l.source);
      return { planId: plan.id, kind: 'link', id: l.id, itemId: target?.kind === 'item' && target.itemId ? target.itemId : source?.kind === 'item' ? source.itemId : undefined, label: this.linkLabel(g, l), value: l.value / g.scale, unit };
    }
    const node = n as GraphNode;
    const kind = node.column === 0 ? (node.kind === 'framework' ? 'framework' : 'framework-item') : 'item';
    return { planId: plan.id, kind, id: node.itemId ?? node.id, itemId: node.column > 0 ? node.itemId : undefined, label: node.fullLabel, value: node.value / g.scale, unit };
  }

  private tipFor(g: AlignmentGraph, target: Active): [string, string[]] {
    const lang = this.language;
    const lines: string[] = [];
    const list = (head: string, items: { label: string; text: string }[]) => {
      if (!items.length) return;
      lines.push(`${head}:`);
      for (const it of items.slice(0, 5)) lines.push(`• ${it.label}: ${it.text}`);
      if (items.length > 5) lines.push(ss('more', lang, { n: items.length - 5 }));
    };
    if (target.link) {
      const l = graphIndex(g).link.get(target.link) as GraphLink;
      lines.push(`${this.full(g, l.value)} · ${ss('ofTotal', lang, { share: this.pct(l.value, g.total) })}`);
      if (l.role) lines.push(this.roleText(l.role));
      if (l.stage === 0) list(ss('sharesFrom', lang), contributions(g, l.id).map((c) => ({ label: c.node.label, text: `${this.short(g, c.units)} (${ss('shareOfOwn', lang, { share: this.pct(c.share, 1) })})` })));
      return [this.linkLabel(g, l), lines];
    }
    const n = graphIndex(g).node.get(target.node as string) as GraphNode;
    lines.push(`${this.full(g, n.value)} · ${ss('ofTotal', lang, { share: this.pct(n.value, g.total) })}`);
    if (n.role) lines.push(this.roleText(n.role));
    const parts = breakdown(g, n.id).map((b) => ({ label: b.node.label, text: `${this.short(g, b.units)} (${this.pct(b.units, n.value)})` }));
    list(ss(n.column === 0 ? 'sharesFrom' : 'sharesTo', lang), parts);
    return [n.fullLabel, lines];
  }

  private enter(plan: Plan, g: AlignmentGraph, target: Active, el: Element): void {
    this.active = target;
    const [title, lines] = this.tipFor(g, target);
    this.showTip(el, title, lines);
    const n = target.node ? graphIndex(g).node.get(target.node) : undefined;
    const l = target.link ? graphIndex(g).link.get(target.link) : undefined;
    this.emitHover(this.detail(plan, g, n, l));
  }

  private leave(): void {
    this.active = undefined;
    this.hideTip();
    this.emitHover(null);
  }

  private onKey(e: KeyboardEvent, g: AlignmentGraph, geo: SankeyGeometry): void {
    const boxes = [...geo.nodes].sort((a, b) => a.column - b.column || a.y0 - b.y0);
    const current = boxes.find((b) => b.id === this.focusId) ?? boxes[0];
    if (!current) return;
    const column = (c: number) => boxes.filter((b) => b.column === c);
    const mine = column(current.column);
    const i = mine.indexOf(current);
    let next = current;
    if (e.key === 'ArrowDown') next = mine[Math.min(mine.length - 1, i + 1)];
    else if (e.key === 'ArrowUp') next = mine[Math.max(0, i - 1)];
    else if (e.key === 'Home') next = boxes[0];
    else if (e.key === 'End') next = boxes[boxes.length - 1];
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const right = e.key === 'ArrowRight';
      const flows = g.links.filter((l) => (right ? l.source : l.target) === current.id).sort((a, b) => b.value - a.value);
      const id = flows[0] ? (right ? flows[0].target : flows[0].source) : undefined;
      const other = column(current.column + (right ? 1 : -1));
      const centre = (current.y0 + current.y1) / 2;
      next = other.find((b) => b.id === id) ?? [...other].sort((a, b) => Math.abs((a.y0 + a.y1) / 2 - centre) - Math.abs((b.y0 + b.y1) / 2 - centre))[0] ?? current;
    } else return;
    e.preventDefault();
    this.focusId = next.id;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-node="${CSS.escape(next.id)}"]`) as SVGGElement | null)?.focus());
  }

  // ----- drawing -----------------------------------------------------------------

  protected renderChart(plan: Plan, width: number): TemplateResult {
    const g = this.graph(plan);
    const geo = this.geometry(g, width);
    const lang = this.language;
    const focusable = geo.nodes.some((b) => b.id === this.focusId) ? this.focusId : [...geo.nodes].sort((a, b) => a.column - b.column || a.y0 - b.y0)[0]?.id;
    const notes = [
      g.fallbackLevel ? ss('fallback', lang, { level: g.fallbackLevel }) : '',
      ss('total', lang, { value: this.full(g, g.total) }),
      ss('sharing', lang),
      ...g.restLevels.map((level) => {
        const lower = lang === 'en' ? level.charAt(0).toLowerCase() + level.slice(1) : level;
        return ss('restNote', lang, { level: lower, node: ss('rest', lang, { level: lower }) });
      }),
    ].filter(Boolean);
    return html`<svg part="sankey" width=${geo.width} height=${geo.height} viewBox="0 0 ${geo.width} ${geo.height}" role="group" aria-label=${`${this.chartTitle(plan)}. ${ss('keyboardHint', lang)}`}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, g, geo)}>
        <g aria-hidden="true">${geo.columns.map((c) => svg`<text class="col-title" font-size=${geo.font}>${c.lines.map((l) => svg`<tspan x=${c.x} y=${l.y}>${l.text}</tspan>`)}</text>`)}</g>
        ${guard([plan, g, geo, focusable, lang, this.thaiDigits], () => this.renderMarks(plan, g, geo, focusable))}
      </svg>
      <div class="notes" part="notes">
        <p class="weighting">${g.weighting === 'budget' ? ss('weightBudget', lang) : ss('weightCount', lang, { level: g.leafLevel })}</p>
        <ul class="legend" part="legend" aria-label=${ss('legend', lang)}>
          ${g.roles.map((r) => html`<li><span class="swatch ${r}" aria-hidden="true"></span>${this.roleText(r)}</li>`)}
          ${g.nodes.some((n) => n.kind === 'unlinked') ? html`<li><span class="swatch unlinked" aria-hidden="true"></span>${ss('unlinked', lang)}</li>` : nothing}
        </ul>
        ${notes.map((n) => html`<p>${n}</p>`)}
      </div>`;
  }

  /**
   * Flows and nodes, rebuilt only when the graph, its geometry or the focusable
   * node change: hovering changes no template, only the classes of the marks
   * whose emphasis changes (`applyEmphasis`, after each update).
   */
  private renderMarks(plan: Plan, g: AlignmentGraph, geo: SankeyGeometry, focusable: string | undefined): TemplateResult {
    this.marksVersion++;
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    const linkById = new Map(g.links.map((l) => [l.id, l]));
    const kind = topLevelKind(plan);
    const color = (i: number) => (i >= 0 ? categoryColor(kind, i) : 'var(--_neutral)');
    const links = geo.links.map((p) => {
      const l = linkById.get(p.id) as GraphLink;
      return svg`<path class="link ${l.role ?? ''}" data-link=${l.id} d=${p.d} style=${cssProps({ '--c': color(l.color) })}
        @pointerenter=${(e: PointerEvent) => this.enter(plan, g, { link: l.id }, e.target as Element)} @pointerleave=${() => this.leave()}
        @click=${() => this.emitSelect(this.detail(plan, g, undefined, l))}></path>`;
    });
    const columns = g.columns.map((c, ci) => {
      const boxes = geo.nodes.filter((b) => b.column === ci);
      return svg`<g role="list" aria-label=${c.title}>${boxes.map((b) => {
        const n = byId.get(b.id) as GraphNode;
        const select = () => {
          this.focusId = n.id;
          this.emitSelect(this.detail(plan, g, n));
        };
        const h = Math.max(1.5, b.y1 - b.y0);
        const y = (b.y0 + b.y1) / 2 - h / 2;
        return svg`<g class="node mark ${n.kind} ${n.role ?? ''}" role="listitem" data-node=${n.id} tabindex=${n.id === focusable ? 0 : -1}
            aria-label=${this.nodeSentence(g, n)} style=${cssProps({ '--c': n.column === 0 && n.kind !== 'unlinked' ? 'var(--_neutral)' : color(n.color) })}
            @pointerenter=${(e: PointerEvent) => this.enter(plan, g, { node: n.id }, anchorOf(e))} @pointerleave=${() => this.leave()}
            @focus=${(e: FocusEvent) => { this.focusId = n.id; this.enter(plan, g, { node: n.id }, anchorOf(e)); }} @blur=${() => this.leave()}
            @click=${select} @keydown=${(e: KeyboardEvent) => this.activateOnKey(e, select)}>
          ${!b.label || h >= b.label.height ? svg`<rect class="body" x=${b.barX1} y=${y} width=${b.x1 - b.barX1} height=${h}></rect>` : nothing}
          <rect class="bar" x=${b.x0} y=${y} width=${b.barX1 - b.x0} height=${h}></rect>
          <rect class="anchor" x=${tipX(b.x0, b.x1, geo.width) - 0.5} y=${y} width="1" height=${h}></rect>
          <rect class="ring" x=${b.x0 - 3} y=${Math.min(y, b.label?.y ?? y) - 3} width=${b.x1 - b.x0 + 6} height=${Math.max(y + h, (b.label?.y ?? 0) + (b.label?.height ?? 0)) - Math.min(y, b.label?.y ?? y) + 6} rx="3"></rect>
          ${b.label ? svg`<text class="label" aria-hidden="true" font-size=${geo.font}>${b.label.lines.map((line) => svg`<tspan x=${b.label?.x} y=${line.y}>${line.text}</tspan>`)}${
            b.label.value ? svg`<tspan class="value" x=${b.label.value.x ?? b.label.x} y=${b.label.value.y} font-size=${geo.valueFont}>${b.label.value.text}</tspan>` : nothing}</text>` : nothing}
        </g>`;
      })}</g>`;
    });
    return svg`<g class=${links.length <= FADE_LINKS ? 'links fade' : 'links'} aria-hidden="true">${links}</g>${columns}`;
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

/** Flows fade in and out on hover only up to this many (see styles.ts). */
const FADE_LINKS = 120;

/** Half the tooltip's widest size: its anchor keeps that far from the chart's edges (the shared tooltip centres on it). */
const TIP_HALF = 180;
const tipX = (x0: number, x1: number, width: number) => (width <= 2 * TIP_HALF ? width / 2 : Math.min(Math.max((x0 + x1) / 2, TIP_HALF), width - TIP_HALF));
const anchorOf = (e: Event): Element => (e.currentTarget as Element).querySelector('.anchor') ?? (e.currentTarget as Element);

function same(a: unknown[] | undefined, b: unknown[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}
