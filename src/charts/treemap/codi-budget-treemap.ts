import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Right after Lit: bundlers then put the cells' Lit directives (guard, repeat) beside Lit, which
// keeps the element's gzip size as before this file was split (module order moves it by ~0.3 KB).
import { renderBreadcrumb, renderCells, renderColorModes, renderLegend } from './view.js';
import { cssProps } from '../../core/css-props.js';
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { TableData } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { topLevelKind } from '../../core/theme.js';
import { pickLabel } from '../../format/label.js';
import { canvasMeasure, clearMeasureCache } from '../../format/wrap.js';
import { treemapStyles } from './styles.js';
import { ts } from './strings.js';
import { budgetTreemapLayout, fullLabel, resolveFocus, treeOf, type ColorBy, type TreemapCell, type TreemapLayout } from './layout.js';
import type { BudgetNode } from './tree.js';
import { cellHolding } from './cell.js';
import { levelSummary, markDetail, money, tipLines } from './describe.js';
import { moveFocus } from './neighbour.js';
import { treemapTable } from './table.js';
import { zoomFrames, type Zoom } from './zoom.js';

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
  private zoom?: Zoom;
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

  /** Colours of the top-level items: development issues, or agencies. */
  private get topKind() {
    return this.validatedPlan ? topLevelKind(this.validatedPlan) : 'issue';
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
    return focus ? levelSummary(focus, this.fmt) : '';
  }

  protected tableData(plan: Plan): TableData | undefined {
    const tree = treeOf(plan);
    const focus = this.focusOf(plan);
    return tree && focus ? treemapTable(tree, focus, this.fmt) : undefined;
  }

  // ----- interaction ----------------------------------------------------

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
    if (cell.node.kind !== 'rest') this.emitSelect(markDetail(this.validatedPlan?.id ?? '', cell.node, this.language));
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
    if (cell.node.kind !== 'rest') this.emitHover(markDetail(this.validatedPlan?.id ?? '', cell.node, this.language));
    if (this.animating) return;
    this.showTip(target, fullLabel(cell.node, this.language), tipLines(cell, layout.focus, layout.tree, this.fmt, this.mode));
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
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.activate(cell, true);
      return;
    }
    const tops = layout.cells.filter((c) => c.depth === 1);
    const next = moveFocus(tops, tops.indexOf(cell), e.key);
    if (next === undefined) return;
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
    const frames = zoomFrames(zoom, layout);
    if (!frames) return;
    const animation = stage.animate(frames, { duration: 350, easing: 'ease-out' });
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
    return renderColorModes(this.mode, this.language, this.topLevelName(plan), (mode) => (this.colorBy = mode));
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const layout = this.layoutFor(plan, width);
    if (!layout) return nothing;
    const lang = this.language;
    const tops = layout.cells.filter((c) => c.depth === 1);
    const active = tops.find((c) => c.key === this.activeKey)?.key ?? layout.selected?.key ?? tops[0]?.key ?? '';
    const highlight = cellHolding(layout.tree, layout.cells, this.highlight);
    return html`<div class="top">
        ${renderBreadcrumb(layout, lang, (n, from) => this.show(n, { from }))}
        <p class="total" part="total">${fullLabel(layout.focus, lang)}: <strong>${ts('total', lang)} ${money(layout.focus.units, this.fmt)}</strong></p>
        ${renderLegend(layout, this.fmt, this.topKind, this.topLevelName(this.validatedPlan))}
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
            <div class="stage">${renderCells(layout, tops, { fmt: this.fmt, topKind: this.topKind, highlight, active })}</div>
          </div>`
        : html`<p class="note" role="status">${ts('zeroBudget', lang, { label: fullLabel(layout.focus, lang) })}</p>`}`;
  }
}
