import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { mapModel, type AreaMark, type MapModel } from './model.js';
import { areaDetail, describeArea, mapEmptyReason, mapIllustrativeNote, mapSummary, mapTitle, withoutNote } from './describe.js';
import { mapTable } from './table.js';
import { mapControls } from './controls.js';
import { keyTarget, type Point } from './keyboard.js';
import type { DrawContext, MarkHandlers } from './marks.js';
import { tileMap } from './tiles.js';
import { boundaryMap } from './geo-map.js';
import { legend } from './legend.js';
import { nationalList } from './national.js';
import { ms } from './strings.js';
// The base class and the styles after the map's own modules: bundled in this
// order, the element gzips about 0.5 KB smaller (`npm run size`).
import type { Plan } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { MarkDetail } from '../../core/events.js';
import type { TableData } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { t } from '../../core/i18n.js';
import { mapStyles } from './styles.js';
import type { GeoLayout, KeyedFeature } from './geo.js';

type GeoModule = typeof import('./geo.js');
type GeoState = { status: 'idle' | 'loading' } | { status: 'ready'; features: KeyedFeature[]; mod: GeoModule } | { status: 'error'; message: string; retryable: boolean };

const SIDE = 230;

/**
 * Households targeted per region and per province, for all housing projects
 * or one: a tile-grid map of Thailand's 77 provinces (no geometry needed), a
 * region view, or a site's own boundaries (`geo-src`). When the plan has no
 * split by area, as CODI's FY2567 plan, it shows the national target of each
 * project and says that the source has no breakdown.
 *
 * @summary Household targets by region and province.
 *
 * @event codi-hover - `CustomEvent<MarkDetail | null>`: an area or project is hovered or focused (null when left).
 * @event codi-select - `CustomEvent<MarkDetail>`: an area or project is selected; `kind` is `province`, `region` or `project`, `id` the ISO code, region id or project id.
 * @event error - `CustomEvent<PlanErrorDetail>`: the plan could not be loaded or is invalid (does not bubble).
 * @event codi-error - the same detail, bubbling and composed.
 *
 * @csspart base - the figure wrapping everything.
 * @csspart header - title, subtitle and toolbar.
 * @csspart project-select - the housing-project picker.
 * @csspart view-select - the province / region picker.
 * @csspart clear-region - the button leaving a region filter.
 * @csspart chart - the map, legend and notes.
 * @csspart map - the map SVG.
 * @csspart legend - the legend.
 * @csspart warning - a note about the boundary file (failed, unknown codes).
 * @csspart national - the list of national totals when there is no breakdown.
 * @csspart agencies-note - with several agencies' plans shown as one: which agencies have no household targets.
 * @csspart table - the table view.
 * @csspart table-toggle - the button switching chart and table.
 * @csspart state - the loading, empty or error box.
 * @csspart retry - the retry button of a failed load.
 * @csspart illustrative - the note saying the split is illustrative.
 * @csspart tooltip - the tooltip.
 * @csspart footer - the source line.
 *
 * @cssproperty --codi-seq-1 - Lightest step of the sequential scale (… up to `--codi-seq-6`; steps 1–3 carry dark text, 5–6 white).
 * @cssproperty --codi-map-region-outline - Region borders (default: the text colour).
 * @cssproperty --codi-map-no-data - Hatching of areas without data.
 * @cssproperty --codi-map-gap - The gap between tiles (default: the surface colour).
 * @cssproperty --codi-map-bar - Bars of the national-totals list.
 * @cssproperty --codi-color-focus - Focus ring.
 */
export class CodiHouseholdMap extends PlanElement {
  static override styles = [...baseStyles, mapStyles];

  @state() private focusIndex = 0;
  @state() private geo: GeoState = { status: 'idle' };
  private geoRequest?: AbortController;
  private geoRequestId = 0;
  private cache?: { plan: Plan; key: string; model: MapModel };
  private geoCache?: { features: KeyedFeature[]; width: number; layout: GeoLayout };
  private summaryMemo?: { model: MapModel; text: string };

  /** Id of a household project: show only its targets. All projects when unset. */
  @property({ reflect: true }) project?: string;

  /** `province` (default): one tile per province; `region`: totals per region (the plan's regions, else the built-in six). */
  @property({ reflect: true }) view: 'province' | 'region' = 'province';

  /** Id of a region: show only its provinces. Set by selecting a region in the region view. */
  @property({ reflect: true }) region?: string;

  /** URL of the site's own boundaries (GeoJSON or TopoJSON). The built-in tile grid when unset. */
  @property({ attribute: 'geo-src' }) geoSrc?: string;

  /** Feature property holding the ISO 3166-2:TH province code (or a region id, drawn in region view). */
  @property({ attribute: 'geo-key' }) geoKey = 'code';

  /** TopoJSON object to draw; the first one when unset. */
  @property({ attribute: 'geo-object' }) geoObject?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('geoSrc') || changed.has('geoKey') || changed.has('geoObject')) void this.loadGeo();
    if (changed.has('project') || changed.has('view') || changed.has('region')) this.focusIndex = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.geoRequest?.abort();
  }

  /** Loads `geo-src` again (after a failure). */
  retryGeometry(): void {
    void this.loadGeo();
  }

  private async loadGeo(): Promise<void> {
    this.geoRequest?.abort();
    const url = this.geoSrc;
    const id = ++this.geoRequestId;
    if (!url) {
      this.geo = { status: 'idle' };
      return;
    }
    const controller = new AbortController();
    this.geoRequest = controller;
    this.geo = { status: 'loading' };
    try {
      const mod = await import('./geo.js');
      const result = await mod.loadGeometry(url, this.geoKey, { signal: controller.signal, timeoutMs: this.timeout, object: this.geoObject });
      if (id !== this.geoRequestId) return;
      this.geo = result.ok ? { status: 'ready', features: result.features, mod } : { status: 'error', message: result.message, retryable: result.retryable };
    } catch (e) {
      if (id === this.geoRequestId && !controller.signal.aborted) this.geo = { status: 'error', message: e instanceof Error ? e.message : String(e), retryable: true };
    }
  }

  /** The view model (model.ts), built once per plan and options. */
  private model(plan: Plan): MapModel | undefined {
    if (!plan.households?.projects.length) return undefined;
    const key = [this.project, this.highlight, this.view, this.region, this.language, this.thaiDigits].join('|');
    if (this.cache?.plan === plan && this.cache.key === key) return this.cache.model;
    const model = mapModel(plan, { project: this.project, highlight: this.highlight, view: this.view, region: this.region, lang: this.language });
    this.cache = model ? { plan, key, model } : undefined;
    return model;
  }

  // ----- PlanElement ---------------------------------------------------------

  protected chartTitle(plan: Plan): string {
    return mapTitle(this.model(plan), this.language);
  }

  protected emptyReason(plan: Plan): string | undefined {
    return mapEmptyReason(plan, this.model(plan), this.project, this.language);
  }

  protected override illustrativeNote(plan: Plan): string | undefined {
    return mapIllustrativeNote(plan, this.language);
  }

  protected summary(plan: Plan): string {
    const model = this.model(plan);
    if (!model) return '';
    if (this.summaryMemo?.model === model) return this.summaryMemo.text;
    const text = mapSummary(plan, model, this.fmt);
    this.summaryMemo = { model, text };
    return text;
  }

  protected tableData(plan: Plan): TableData | undefined {
    const model = this.model(plan);
    return model ? mapTable(plan, model, this.chartTitle(plan), this.fmt) : undefined;
  }

  protected override renderControls(plan: Plan): TemplateResult | typeof nothing {
    return mapControls(plan, this, this.language, this.validatedPlan, () => ((this.region = undefined), this.focusMark(0)));
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const model = this.model(plan);
    if (!model) return nothing;
    const without = withoutNote(plan, this.language);
    const ctx = this.context(plan, model);
    const chart = model.figures.level === 'none' ? nationalList(plan, model, width, this.summary(plan), ctx) : this.renderMap(plan, model, width, ctx);
    return without ? html`<p class="agencies-note" part="agencies-note" role="note">${without}</p>${chart}` : chart;
  }

  // ----- drawing -------------------------------------------------------------------

  private renderMap(plan: Plan, model: MapModel, width: number, ctx: DrawContext): TemplateResult {
    const side = width >= 600;
    const mapWidth = side ? Math.min(width - SIDE - 20, 11 * 46) : width;
    const geo = this.geo;
    const notes: TemplateResult[] = [];
    const lang = this.language;
    if (model.figures.level === 'region' && this.view !== 'region') notes.push(html`<p>${ms('regionLevelOnly', lang)}</p>`);
    let map: unknown;
    if (geo.status === 'ready') {
      if (this.geoCache?.features !== geo.features || this.geoCache.width !== mapWidth) {
        this.geoCache = { features: geo.features, width: mapWidth, layout: geo.mod.geoLayout(geo.features, mapWidth, Math.min(800, mapWidth * 1.7)) };
      }
      map = boundaryMap(model, this.geoCache.layout, geo.mod.matchKeys, this.geoKey, notes, ctx);
    } else {
      if (geo.status === 'error') {
        notes.push(html`<p role="alert">${ms('geoFailed', lang)} (${geo.message})</p>`);
        if (geo.retryable) notes.push(html`<button part="retry" @click=${() => this.retryGeometry()}>${t('retry', lang)}</button>`);
      }
      if (geo.status === 'loading') notes.push(html`<p role="status">${ms('geoLoading', lang)}</p>`);
      // Rebuilt only when what it shows changes (not for a tooltip, which is a render of the element).
      map = guard([plan, model, mapWidth, this.focusIndex], () => tileMap(model, mapWidth, ctx));
    }
    return html`${notes.length ? html`<div class="warning" part="warning">${notes}</div>` : nothing}
      <div class="layout">${map}<div class="side">${legend(plan, model, this.fmt)}</div></div>`;
  }

  /** What the drawing functions need: formatting, focus and the handlers of marks. */
  private context(plan: Plan, model: MapModel): DrawContext {
    return {
      fmt: this.fmt,
      focusIndex: this.focusIndex,
      highlight: this.highlight,
      area: (m, index) => this.markHandlers(plan, model, m, index),
      row: (index, detail) => this.rowHandlers(index, detail),
      onKey: (e, points) => this.onKey(e, points),
    };
  }

  // ----- interaction -----------------------------------------------------------

  private focusMark(index: number): void {
    this.focusIndex = index;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-index="${index}"]`) as SVGElement | HTMLElement | null)?.focus());
  }

  private onKey(e: KeyboardEvent, points: Point[]): void {
    const next = keyTarget(e.key, points, this.focusIndex);
    if (next === undefined) return;
    e.preventDefault();
    if (next >= 0) this.focusMark(next);
  }

  private select(plan: Plan, model: MapModel, m: AreaMark, index: number): void {
    this.focusIndex = index;
    this.emitSelect(areaDetail(plan, model, m));
    // Selecting a region in the region view filters the province map to it.
    if (m.kind === 'region' && model.figures.level === 'province' && m.id !== '_other') {
      this.hideTip();
      this.region = m.id;
      this.view = 'province';
      this.focusMark(0);
    }
  }

  private markHandlers(plan: Plan, model: MapModel, m: AreaMark, index: number): MarkHandlers & { sentence: string } {
    const d = describeArea(this.validatedPlan, m, model, this.fmt);
    const enter = (e: Event) => {
      this.showTip(e.currentTarget as Element, d.title, d.lines);
      this.emitHover(areaDetail(plan, model, m));
    };
    const leave = () => {
      this.hideTip();
      this.emitHover(null);
    };
    return {
      sentence: d.sentence,
      click: () => this.select(plan, model, m, index),
      key: (e: KeyboardEvent) => this.activateOnKey(e, () => this.select(plan, model, m, index)),
      focus: (e: Event) => {
        this.focusIndex = index;
        enter(e);
      },
      enter,
      leave,
    };
  }

  /** Handlers of a row of the national list (no tooltip: the row shows its figures). */
  private rowHandlers(index: number, detail: MarkDetail): MarkHandlers {
    const select = () => {
      this.focusIndex = index;
      this.emitSelect(detail);
    };
    const leave = () => this.emitHover(null);
    return {
      click: select,
      key: (e: KeyboardEvent) => this.activateOnKey(e, select),
      focus: () => ((this.focusIndex = index), this.emitHover(detail)),
      enter: () => this.emitHover(detail),
      leave,
    };
  }
}
