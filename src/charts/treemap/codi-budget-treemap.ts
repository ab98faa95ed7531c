import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import type { Plan } from '../../schema/plan.js';
import { fromUnits } from '../../schema/money.js';
import { PlanElement } from '../../core/plan-element.js';
import type { MarkDetail } from '../../core/events.js';
import type { TableData } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { categoryColor, topLevelKind } from '../../core/theme.js';
import { pickLabel } from '../../format/label.js';
import { formatMoney, formatNumber, formatPercent, shares } from '../../format/number.js';
import { canvasMeasure, clearMeasureCache } from '../../format/wrap.js';
import { budgetTreemapLayout, cellLabel, fullLabel, neighbour, resolveFocus, treeOf, type ArrowKey, type ColorBy, type TreemapCell, type TreemapLayout } from './layout.js';
import { findNode, isAncestor, type BudgetNode } from './tree.js';
import { treemapStyles } from './styles.js';
import { ts } from './strings.js';

/** `codi-drill`: the level shown changed (drill down, breadcrumb, Escape). */
export interface DrillDetail {
  planId: string;
  /** The new `path`: a budget line id, or undefined at the top. */
  path?: string;
  /** The plan item of the level shown, when it has one. */
  itemId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'codi-drill': CustomEvent<DrillDetail>;
  }
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const FONT_SIZE = 13;

/**
 * Where the money goes: the whole budget of a plan as a nested treemap,
 * coloured by funding source or by development issue (by agency when
 * several plans are shown as one), with a drill-down
 * by click or keyboard, a breadcrumb back up, and totals that equal the
 * plan's printed figures at every level.
 *
 * @summary A budget treemap with drill-down and funding-source split.
 *
 * @event codi-hover - `CustomEvent<MarkDetail | null>`: a cell is hovered or focused (null when left); `kind` is `budget-line`.
 * @event codi-select - `CustomEvent<MarkDetail>`: a cell is selected or drilled into (click, Enter, Space); `id` is the budget line, `itemId` its plan item.
 * @event codi-drill - `CustomEvent<DrillDetail>`: the level shown changed; `path` is the new `path`.
 * @event error - `CustomEvent<PlanErrorDetail>`: the plan could not be loaded or is invalid (does not bubble).
 * @event codi-error - the same detail, bubbling and composed.
 *
 * @csspart base - the figure wrapping everything.
 * @csspart header - title, subtitle and toolbar.
 * @csspart color-modes - the buttons choosing what colours mean.
 * @csspart breadcrumb - the path from the whole budget to the level shown.
 * @csspart total - the total of the level shown.
 * @csspart legend - what the colours mean, with a total per colour.
 * @csspart chart - the drawing.
 * @csspart treemap - the box holding the cells.
 * @csspart cell - one cell (also `cell-nested`, `cell-highlighted`).
 * @csspart table - the table view.
 * @csspart table-toggle - the button switching chart and table.
 * @csspart state - the loading, empty or error box.
 * @csspart retry - the retry button of a failed load.
 * @csspart illustrative - the note saying the data is illustrative.
 * @csspart tooltip - the tooltip.
 * @csspart footer - the source line.
 *
 * @cssproperty --codi-font-family - Font stack (Thai first).
 * @cssproperty --codi-source-1 - Colour of the first funding source (then `--codi-source-2`…; default the shared palette `--codi-cat-N`).
 * @cssproperty --codi-issue-1 - Colour of the first development issue (then `--codi-issue-2`…).
 * @cssproperty --codi-agency-1 - Colour of the first agency when several plans are shown as one (then `--codi-agency-2`…).
 * @cssproperty --codi-treemap-other - Lines without a development issue (default #5f6773).
 * @cssproperty --codi-treemap-header - Header band of a cell with cells inside, when colouring by source (default #2e3742).
 * @cssproperty --codi-treemap-text - Text on cells; every fill must keep it at 4.5:1 (default white).
 * @cssproperty --codi-treemap-highlight - Ring around the highlighted cell (default #f2b705).
 * @cssproperty --codi-treemap-duration - Length of the drill animation (default 350ms; none under reduced motion).
 * @cssproperty --codi-color-focus - Focus ring.
 */
export class CodiBudgetTreemap extends PlanElement {
  static override styles = [...baseStyles, treemapStyles];

  @state() private activeKey = '';
  @state() private fontEpoch = 0;

  private memo?: { key: unknown[]; layout: TreemapLayout | undefined };
  private tableMemo?: { key: unknown[]; data: TableData | undefined };
  private zoom?: { dir: 'in' | 'out'; rect?: { x0: number; y0: number; x1: number; y1: number }; key: string };
  private focusAfterUpdate = false;
  private animating = false;
  private readonly onFontsLoaded = () => {
    clearMeasureCache();
    this.fontEpoch++;
  };

  /** Budget line id or plan item id of the level shown (e.g. `budget-program-3` or `program-3`); the whole budget when unset. Reflected as the user drills. */
  @property({ reflect: true }) path?: string;

  /**
   * What colours mean: `source` (funding source) or `issue` (the plan's top-level items: development
   * issues, or agencies when several plans are shown as one). By default `source`, and `issue` for
   * several agencies, so each agency has its colour.
   */
  @property({ attribute: 'color-by', reflect: true }) colorBy?: ColorBy;

  /** Height of the treemap in px; by default it follows the width (taller than wide on a phone). */
  @property({ type: Number }) height?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  private get mode(): ColorBy {
    if (this.colorBy === 'issue' || this.colorBy === 'source') return this.colorBy;
    return this.validatedPlan && topLevelKind(this.validatedPlan) === 'agency' ? 'issue' : 'source';
  }

  /** The name of the top level ("ประเด็นการพัฒนา", "หน่วยงาน"), for the colour button and legend. */
  private topLevelName(plan: Plan | undefined): string {
    const level = plan?.levels?.[0];
    return level ? this.label(level.label) : ts('byIssue', this.language);
  }

  private chartHeight(width: number): number {
    if (this.height !== undefined && Number.isFinite(this.height) && this.height > 0) return this.height;
    return Math.round(Math.min(640, Math.max(360, width * (width < 600 ? 1.15 : 0.56))));
  }

  /** The layout, memoised on everything it depends on. */
  private layoutFor(plan: Plan, width: number): TreemapLayout | undefined {
    const height = this.chartHeight(width);
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const key = [plan, this.path, width, height, this.mode, this.language, this.thaiDigits, family, this.fontEpoch];
    if (this.memo && this.memo.key.length === key.length && this.memo.key.every((k, i) => k === key[i])) return this.memo.layout;
    const layout = budgetTreemapLayout(plan, {
      width,
      height,
      path: this.path,
      colorBy: this.mode,
      lang: this.language,
      thaiDigits: this.thaiDigits,
      fontSize: FONT_SIZE,
      measure: canvasMeasure(`${FONT_SIZE}px ${family}`),
      measureBold: canvasMeasure(`700 ${FONT_SIZE}px ${family}`),
    });
    this.memo = { key, layout };
    return layout;
  }

  private focusOf(plan: Plan): BudgetNode | undefined {
    const tree = treeOf(plan);
    return tree ? resolveFocus(tree, this.path).focus : undefined;
  }

  /** The legend entry of lines under no top-level item, named by the plan's top level ("no development issue", "no strategy"). */
  private otherLabel(): string {
    const level = this.topLevelName(this.validatedPlan);
    return ts('otherOf', this.language, { level: this.language === 'en' ? level.toLowerCase() : level });
  }

  /** Colours of the top-level items: development issues, or agencies. */
  private get topKind() {
    return this.validatedPlan ? topLevelKind(this.validatedPlan) : 'issue';
  }

  private money(units: number): string {
    return formatMoney(fromUnits(units), this.fmt);
  }

  protected chartTitle(_plan: Plan): string {
    return ts('title', this.language);
  }

  protected emptyReason(plan: Plan): string | undefined {
    const tree = treeOf(plan);
    if (!tree) return ts('noBudget', this.language);
    if (tree.root.units <= 0) return ts('zeroBudget', this.language, { label: pickLabel(tree.root.label, this.language) });
    return undefined;
  }

  protected summary(plan: Plan): string {
    const focus = this.focusOf(plan);
    if (!focus) return '';
    const lang = this.language;
    const top = [...focus.children].sort((a, b) => b.units - a.units)[0];
    const share = top && focus.units > 0 ? formatPercent(top.units / focus.units, { ...this.fmt, decimals: 1 }) : '';
    return `${ts('summary', lang, { label: fullLabel(focus, lang), total: this.money(focus.units), n: focus.children.length, top: top ? fullLabel(top, lang) : '', topValue: top ? this.money(top.units) : '', topShare: share })} ${ts('keys', lang)}`;
  }

  protected tableData(plan: Plan): TableData | undefined {
    // The base class asks on every render (a tooltip is a render): build it once per level and language.
    const key = [plan, this.path, this.language, this.thaiDigits];
    if (this.tableMemo?.key.every((k, i) => k === key[i])) return this.tableMemo.data;
    const data = this.buildTable(plan);
    this.tableMemo = { key, data };
    return data;
  }

  private buildTable(plan: Plan): TableData | undefined {
    const tree = treeOf(plan);
    const focus = this.focusOf(plan);
    if (!tree || !focus) return undefined;
    const lang = this.language;
    const used = tree.sources.map((s, i) => ({ s, i })).filter(({ i }) => (focus.bySource[i] ?? 0) > 0);
    const num = (units: number) => formatNumber(fromUnits(units), { ...this.fmt, decimals: 4, minDecimals: 4 });
    const pct = (p: number) => formatNumber(p, { ...this.fmt, decimals: 1, minDecimals: 1 });
    // As drawn: a budget of one line is its own one row.
    const kids = focus.children.length || !(focus.units > 0) ? focus.children : [focus];
    const share = shares(kids.map((k) => k.units), 1);
    return {
      caption: ts('caption', lang, { label: fullLabel(focus, lang) }),
      columns: [
        { label: ts('item', lang) },
        { label: ts('amount', lang), numeric: true },
        { label: ts('shareOfParent', lang), numeric: true },
        ...used.map(({ s }) => ({ label: ts('sourceColumn', lang, { source: pickLabel(s.shortLabel ?? s.label, lang) }), numeric: true })),
      ],
      rows: kids.map((k, r) => ({
        cells: [fullLabel(k, lang), num(k.units), pct(share[r] ?? 0), ...used.map(({ i }) => num(k.bySource[i] ?? 0))],
        values: [fullLabel(k, lang), fromUnits(k.units), share[r] ?? 0, ...used.map(({ i }) => fromUnits(k.bySource[i] ?? 0))],
      })),
      footer: {
        cells: [ts('total', lang), num(focus.units), pct(kids.length ? 100 : 0), ...used.map(({ i }) => num(focus.bySource[i] ?? 0))],
        values: [ts('total', lang), fromUnits(focus.units), kids.length ? 100 : 0, ...used.map(({ i }) => fromUnits(focus.bySource[i] ?? 0))],
      },
    };
  }

  // ----- interaction ----------------------------------------------------

  private detail(node: BudgetNode): MarkDetail {
    return { planId: (this.validatedPlan?.id ?? ''), kind: 'budget-line', id: node.lineId, itemId: node.itemId, label: fullLabel(node, this.language), value: fromUnits(node.units), unit: 'million-baht' };
  }

  /** Shows `node` (its children), animating from `rect` (drill in) or back to the old level (up). */
  private show(node: BudgetNode, opts: { rect?: TreemapCell; from?: BudgetNode; keyboard?: boolean } = {}): void {
    const planId = (this.validatedPlan?.id ?? '');
    const top = !node.parent;
    this.zoom = opts.rect ? { dir: 'in', rect: opts.rect, key: node.key } : opts.from ? { dir: 'out', key: opts.from.key } : undefined;
    this.path = top ? undefined : node.lineId;
    this.activeKey = opts.from?.key ?? '';
    this.focusAfterUpdate = Boolean(opts.keyboard);
    this.hideTip();
    this.dispatchEvent(new CustomEvent<DrillDetail>('codi-drill', { detail: { planId, path: this.path, itemId: node.itemId }, bubbles: true, composed: true }));
  }

  private activate(cell: TreemapCell, keyboard: boolean): void {
    if (cell.node.kind !== 'rest') this.emitSelect(this.detail(cell.node));
    if (cell.drillable && cell.node.kind === 'line') this.show(cell.node, { rect: cell, keyboard });
  }

  private up(layout: TreemapLayout, keyboard: boolean): void {
    const parent = layout.focus.parent;
    if (parent) this.show(parent, { from: layout.focus, keyboard });
  }

  private cellOf(e: Event, layout: TreemapLayout, depth1 = false): TreemapCell | undefined {
    const el = (e.target as Element | null)?.closest?.(depth1 ? '.cell.d1' : '.cell');
    const key = el?.getAttribute('data-key');
    return key === null || key === undefined ? undefined : layout.cells.find((c) => c.key === key);
  }

  private showCellTip(cell: TreemapCell, target: Element, layout: TreemapLayout): void {
    if (cell.node.kind !== 'rest') this.emitHover(this.detail(cell.node));
    if (this.animating) return;
    const lang = this.language;
    const fmt = { ...this.fmt, decimals: 1 };
    const parent = cell.node.parent ?? layout.focus;
    const lines = [
      this.money(cell.units),
      ts('ofParent', lang, { share: formatPercent(cell.shareOfParent / 100, fmt), parent: cellLabel(parent, lang) }),
      ts('ofTotal', lang, { share: formatPercent(cell.shareOfTotal, { ...this.fmt, decimals: 2 }) }),
      ...(cell.funding.length > 1 || this.mode === 'issue'
        ? cell.funding.map((f) => `${pickLabel(layout.tree.sources[f.source]?.shortLabel ?? layout.tree.sources[f.source]?.label, lang)} ${this.money(f.units)} (${formatPercent(f.share, fmt)})`)
        : cell.funding.map((f) => pickLabel(layout.tree.sources[f.source]?.shortLabel ?? layout.tree.sources[f.source]?.label, lang))),
    ];
    this.showTip(target, fullLabel(cell.node, lang), lines);
  }

  private onKey(e: KeyboardEvent, layout: TreemapLayout): void {
    if (e.key === 'Escape' || e.key === 'Backspace') {
      if (!layout.focus.parent) return;
      e.preventDefault();
      this.up(layout, true);
      return;
    }
    const cell = this.cellOf(e, layout, true);
    if (!cell) return;
    const tops = layout.cells.filter((c) => c.depth === 1);
    const at = tops.indexOf(cell);
    let next = at;
    if (ARROWS.has(e.key)) next = neighbour(tops, at, e.key as ArrowKey);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tops.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.activate(cell, true);
      return;
    } else return;
    e.preventDefault();
    const target = tops[next];
    if (!target) return;
    this.activeKey = target.key;
    this.focusAfterUpdate = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const layout = this.memo?.layout;
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (this.zoom && layout && stage) this.animateZoom(stage, layout);
    this.zoom = undefined;
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      // After this update, not inside it: focusing shows the tooltip, which is itself an update.
      void this.updateComplete.then(() => {
        const cells = [...this.renderRoot.querySelectorAll<HTMLElement>('.cell.d1')];
        (cells.find((c) => c.getAttribute('data-key') === this.activeKey) ?? cells.find((c) => c.tabIndex === 0))?.focus();
      });
    }
  }

  private animateZoom(stage: HTMLElement, layout: TreemapLayout): void {
    const zoom = this.zoom;
    if (!zoom || typeof stage.animate !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const { width: W, height: H } = layout;
    const r = zoom.dir === 'in' ? zoom.rect : layout.cells.find((c) => c.key === zoom.key);
    if (!r || !(r.x1 - r.x0 > 1) || !(r.y1 - r.y0 > 1) || !(W > 0) || !(H > 0)) return;
    const sx = (r.x1 - r.x0) / W;
    const sy = (r.y1 - r.y0) / H;
    const from = zoom.dir === 'in' ? `translate(${r.x0}px, ${r.y0}px) scale(${sx}, ${sy})` : `scale(${1 / sx}, ${1 / sy}) translate(${-r.x0}px, ${-r.y0}px)`;
    const animation = stage.animate([{ transform: from, opacity: zoom.dir === 'in' ? 0.4 : 0.6 }, { transform: 'none', opacity: 1 }], { duration: 350, easing: 'ease-out' });
    // A tooltip placed while the cells move would point at where they were: place it once they have landed.
    this.animating = true;
    void animation.finished
      .catch(() => undefined)
      .then(() => {
        this.animating = false;
        const el = this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLElement | null) : null;
        const cell = el && this.memo?.layout?.cells.find((c) => c.key === el.dataset.key);
        if (el && cell && this.memo?.layout) this.showCellTip(cell, el, this.memo.layout);
      });
  }

  // ----- rendering ------------------------------------------------------

  protected override renderControls(plan: Plan): TemplateResult | typeof nothing {
    if (!treeOf(plan)) return nothing;
    const lang = this.language;
    const button = (mode: ColorBy, text: string) =>
      html`<button type="button" aria-pressed=${this.mode === mode ? 'true' : 'false'} @click=${() => (this.colorBy = mode)}>${text}</button>`;
    return html`<div class="modes" part="color-modes" role="group" aria-label=${ts('colorBy', lang)}>${button('source', ts('bySource', lang))}${button('issue', this.topLevelName(plan))}</div>`;
  }

  private fill(cell: TreemapCell, layout: TreemapLayout, header: boolean): string {
    if (layout.colorBy === 'issue') {
      const c = cell.node.issue >= 0 ? categoryColor(this.topKind, cell.node.issue) : 'var(--_tm-other)';
      return header ? `color-mix(in srgb, ${c} 70%, #000)` : c;
    }
    if (header) return 'var(--_tm-header)';
    const parts = cell.funding;
    if (!parts.length) return 'var(--_tm-other)';
    if (parts.length === 1) return categoryColor('source', parts[0].source);
    // Horizontal bands in proportion to each source's money: the area of each colour is its money.
    let at = 0;
    const stops = parts.map((p, i) => {
      const start = at;
      at = i === parts.length - 1 ? 100 : at + p.share * 100;
      return `${categoryColor('source', p.source)} ${start.toFixed(2)}% ${at.toFixed(2)}%`;
    });
    return `linear-gradient(to bottom, ${stops.join(', ')})`;
  }

  /**
   * What a screen reader hears besides the cell's visible text (which starts
   * its accessible name, so speech input can name it): the full label when the
   * cell shows a short or cut one, the value and share when not shown, the
   * funding split and how to drill.
   */
  private spokenExtra(cell: TreemapCell, layout: TreemapLayout): string {
    const lang = this.language;
    const shown = cell.lines.map((l) => l.text).join(' ');
    const money = this.money(cell.units);
    const share = formatPercent(cell.shareOfParent / 100, { ...this.fmt, decimals: 1 });
    const full = fullLabel(cell.node, lang);
    const parts = [shown.includes(full) ? '' : full, shown.includes(money) ? '' : money, shown.includes(share) ? '' : share];
    if (cell.funding.length > 1) parts.push(cell.funding.map((f) => `${pickLabel(layout.tree.sources[f.source]?.shortLabel ?? layout.tree.sources[f.source]?.label, lang)} ${this.money(f.units)}`).join(', '));
    if (cell.drillable && cell.node.kind === 'line') parts.push(`${ts('inside', lang, { n: cell.node.children.length })}, ${ts('drill', lang)}`);
    return parts.filter(Boolean).join('. ');
  }

  private renderText(cell: TreemapCell, spoken?: string): TemplateResult | typeof nothing {
    const lines = cell.lines.length
      ? html`<span class="txt" aria-hidden=${spoken === undefined ? 'true' : nothing}>${cell.lines.map((l) => html`<span class=${l.kind}>${l.text}</span>`)}</span>`
      : nothing;
    return spoken === undefined ? lines : html`${lines}<span class="visually-hidden">${cell.lines.length ? '. ' : ''}${spoken}</span>`;
  }

  private renderCell(cell: TreemapCell, kids: TreemapCell[], layout: TreemapLayout, marks: { highlight?: string; active: string }): TemplateResult {
    const w = cell.x1 - cell.x0;
    const h = cell.y1 - cell.y0;
    const classes = ['cell', 'd1', cell.nested ? 'nested' : '', marks.highlight === cell.key ? 'highlighted' : '', layout.selected?.key === cell.key ? 'selected' : '', cell.units === 0 ? 'zero' : ''].filter(Boolean).join(' ');
    const parts = ['cell', cell.nested ? 'cell-nested' : '', marks.highlight === cell.key ? 'cell-highlighted' : ''].filter(Boolean).join(' ');
    return html`<div
      class=${classes}
      part=${parts}
      data-key=${cell.key}
      role="button"
      tabindex=${cell.key === marks.active ? 0 : -1}
      style=${cssProps({ transform: `translate(${cell.x0}px, ${cell.y0}px)`, width: `${w}px`, height: `${h}px`, background: this.fill(cell, layout, cell.nested) })}
    >
      ${this.renderText(cell, this.spokenExtra(cell, layout))}
      ${kids.map(
        (k) => html`<div
          class=${`cell d2${marks.highlight === k.key ? ' highlighted' : ''}${layout.selected?.key === k.key ? ' selected' : ''}`}
          part=${marks.highlight === k.key ? 'cell cell-highlighted' : 'cell'}
          data-key=${k.key}
          aria-hidden="true"
          style=${cssProps({ transform: `translate(${k.x0 - cell.x0}px, ${k.y0 - cell.y0}px)`, width: `${k.x1 - k.x0}px`, height: `${k.y1 - k.y0}px`, background: this.fill(k, layout, false) })}
        >
          ${this.renderText(k)}
        </div>`,
      )}
    </div>`;
  }

  private renderBreadcrumb(layout: TreemapLayout): TemplateResult {
    const lang = this.language;
    const name = (n: BudgetNode) => (n.parent ? cellLabel(n, lang) : ts('allBudget', lang));
    return html`<nav part="breadcrumb" aria-label=${ts('breadcrumb', lang)}>
      <ol>
        ${layout.trail.map((n, i) =>
          i === layout.trail.length - 1
            ? html`<li><span aria-current="location">${name(n)}</span></li>`
            : html`<li><button type="button" title=${fullLabel(n, lang)} @click=${() => this.show(n, { from: layout.trail[i + 1] })}>${name(n)}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderLegend(layout: TreemapLayout): TemplateResult {
    const lang = this.language;
    const mode = layout.colorBy === 'issue' ? this.topLevelName(this.validatedPlan) : ts('bySource', lang);
    const color = (i: number) => (i < 0 ? 'var(--_tm-other)' : categoryColor(layout.colorBy === 'issue' ? this.topKind : 'source', i));
    return html`<ul class="legend" part="legend" aria-label=${ts('legend', lang, { mode })}>
      ${layout.legend.map(
        (e) => html`<li>
          <span class="swatch" style=${cssProps({ background: color(e.index) })}></span>
          <span>${e.code ? `${e.code} ` : ''}${e.index < 0 && layout.colorBy === 'issue' ? this.otherLabel() : pickLabel(e.label, lang)}</span>
          <span class="num">${this.money(e.units)} (${formatPercent(e.share / 100, { ...this.fmt, decimals: 1 })})</span>
        </li>`,
      )}
    </ul>`;
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const layout = this.layoutFor(plan, width);
    if (!layout) return nothing;
    const lang = this.language;
    const tops = layout.cells.filter((c) => c.depth === 1);
    const active = tops.find((c) => c.key === this.activeKey)?.key ?? layout.selected?.key ?? tops[0]?.key ?? '';
    const highlight = this.highlightKey(layout);
    return html`<div class="top">
        ${this.renderBreadcrumb(layout)}
        <p class="total" part="total">${fullLabel(layout.focus, lang)}: <strong>${ts('total', lang)} ${this.money(layout.focus.units)}</strong></p>
        ${this.renderLegend(layout)}
      </div>
      ${layout.focus.units > 0
        ? html`<div
            class="tm"
            part="treemap"
            role="group"
            aria-label=${fullLabel(layout.focus, lang)}
            aria-describedby="summary"
            style=${cssProps({ height: `${layout.height}px`, '--_tm-font': `${layout.fontSize}px`, '--_tm-line': `${layout.lineHeight}px`, '--_tm-pad': `${layout.padding}px` })}
            @keydown=${(e: KeyboardEvent) => this.onKey(e, layout)}
            @click=${(e: Event) => {
              const c = this.cellOf(e, layout, true);
              if (c) this.activate(c, false);
            }}
            @pointerover=${(e: PointerEvent) => {
              const c = this.cellOf(e, layout);
              const el = (e.target as Element).closest('.cell');
              if (c && el) this.showCellTip(c, el, layout);
            }}
            @pointerleave=${() => {
              this.hideTip();
              this.emitHover(null);
            }}
            @focusin=${(e: FocusEvent) => {
              const c = this.cellOf(e, layout, true);
              if (!c) return;
              if (this.activeKey !== c.key) this.activeKey = c.key;
              this.showCellTip(c, e.target as Element, layout);
            }}
            @focusout=${() => {
              this.hideTip();
              this.emitHover(null);
            }}
          >
            <div class="stage">${this.renderCells(layout, tops, highlight, active)}</div>
          </div>`
        : html`<p class="note" role="status">${ts('zeroBudget', lang, { label: fullLabel(layout.focus, lang) })}</p>`}`;
  }

  /** The cells, rebuilt only when they change (not for every tooltip: `guard` skips the whole list). */
  private renderCells(layout: TreemapLayout, tops: TreemapCell[], highlight: string | undefined, active: string): unknown {
    return guard([layout, highlight, active], () => {
      const kidsOf = new Map<string, TreemapCell[]>();
      for (const c of layout.cells) {
        if (c.depth !== 2) continue;
        const list = kidsOf.get(c.parentKey);
        if (list) list.push(c);
        else kidsOf.set(c.parentKey, [c]);
      }
      return repeat(tops, (c) => c.key, (c) => this.renderCell(c, kidsOf.get(c.key) ?? [], layout, { highlight, active }));
    });
  }

  /** The drawn cell that holds the `highlight` (a line or item id): the deepest cell on its path. */
  private highlightKey(layout: TreemapLayout): string | undefined {
    const target = findNode(layout.tree, this.highlight);
    if (!target) return undefined;
    let best: TreemapCell | undefined;
    for (const c of layout.cells) if (isAncestor(c.node, target) && (!best || c.depth > best.depth)) best = c;
    return best?.key;
  }
}
