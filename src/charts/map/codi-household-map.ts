import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from '../../core/css-props.js';
import type { HouseholdProject, Households, Plan, Region } from '../../schema/plan.js';
import { PlanElement } from '../../core/plan-element.js';
import type { MarkDetail } from '../../core/events.js';
import type { TableData, TableRow } from '../../core/table.js';
import { baseStyles } from '../../core/styles.js';
import { t } from '../../core/i18n.js';
import { sequentialColor } from '../../core/theme.js';
import { formatNumber, formatPercent, formatValue, shares, type FormatOptions } from '../../format/number.js';
import { pickLabel } from '../../format/label.js';
import { canvasMeasure, wrapText } from '../../format/wrap.js';
import { PROVINCES, province } from './provinces.js';
import { DEFAULT_REGIONS, DEFAULT_REGIONS_SOURCE } from './regions.js';
import { ARROWS, cellsOutline, classBreaks, classIndex, completeRegions, householdFigures, nearestInDirection, tileLayout, type AreaFigures, type HouseholdFigures, type ValueClass } from './layout.js';
import type { GeoLayout, KeyedFeature } from './geo.js';
import { mapStyles } from './styles.js';
import { ms } from './strings.js';
import { agenciesOf, agencyIndex, agencyName, illustrativeFor } from '../agencies.js';

type GeoModule = typeof import('./geo.js');
type GeoState = { status: 'idle' | 'loading' } | { status: 'ready'; features: KeyedFeature[]; mod: GeoModule } | { status: 'error'; message: string; retryable: boolean };

/** One area drawn: a province tile, or a region (its tiles together). */
interface AreaMark extends AreaFigures {
  kind: 'province' | 'region';
  name: string;
  /** Tile label candidates, longest first. */
  labels: string[];
  /** Percent of the national target, from `shares()` (adds up to 100 with what no area holds). */
  share: number;
  cls: number;
  /** Within the region the map is filtered to (always true without a filter). */
  inside: boolean;
  cells: { col: number; row: number }[];
  /** Province codes (or the region id) a boundary file may key this area by. */
  keys: string[];
}

interface MapModel {
  chosen: HouseholdProject[];
  figures: HouseholdFigures;
  view: 'province' | 'region';
  regions: Region[];
  filter?: Region;
  marks: AreaMark[];
  classes: ValueClass[];
  /** The total the legend shows: the national target, or the filtered region's households. */
  total: number;
}

const FONT = "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif";
const SIDE = 230;
const PATTERN_STEP = [0, 9, 6, 4, 3];
/** Projects listed in a tooltip (the largest); the table has them all. */
const TIP_PROJECTS = 8;

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
  private tableMemo?: { model: MapModel; title: string; data: TableData | undefined };
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

  // ----- the view model ------------------------------------------------------

  private model(plan: Plan): MapModel | undefined {
    const hh = plan.households;
    if (!hh?.projects.length) return undefined;
    const key = [this.project, this.highlight, this.view, this.region, this.language, this.thaiDigits].join('|');
    if (this.cache?.plan === plan && this.cache.key === key) return this.cache.model;
    const model = this.buildModel(plan, hh);
    this.cache = model ? { plan, key, model } : undefined;
    return model;
  }

  /**
   * Projects that a highlighted plan item stands for (a program selected in a
   * linked chart): the project itself, or every project under that item.
   */
  private linkedProjects(plan: Plan, hh: Households): Households['projects'] {
    const h = this.highlight;
    if (h === undefined) return [];
    const parent = new Map((plan.items ?? []).map((i) => [i.id, i.parent]));
    const under = (id: string | undefined) => {
      for (let cur = id, guard = 0; cur !== undefined && guard < 16; cur = parent.get(cur), guard++) if (cur === h) return true;
      return false;
    };
    return hh.projects.filter((p) => p.id === h || under(p.item));
  }

  private buildModel(plan: Plan, hh: Households): MapModel | undefined {
    const linked = this.project ? [] : this.linkedProjects(plan, hh);
    const chosen = this.project ? hh.projects.filter((p) => p.id === this.project) : linked.length ? linked : hh.projects;
    if (!chosen.length) return undefined;
    const regions = completeRegions(plan.regions?.length ? plan.regions : DEFAULT_REGIONS, { th: ms('otherRegion', 'th'), en: ms('otherRegion', 'en') });
    const figures = householdFigures(hh, regions, chosen.map((p) => p.id));
    const view = figures.level === 'region' || this.view === 'region' ? 'region' : 'province';
    const filter = view === 'province' ? regions.find((r) => r.id === this.region) : undefined;
    const inFilter = new Set(filter?.provinces ?? []);
    const en = this.language === 'en';
    const marks: AreaMark[] =
      view === 'province'
        ? PROVINCES.map((p) => ({
            ...(figures.provinces.get(p.code) as AreaFigures),
            kind: 'province' as const,
            name: en ? p.en : p.th,
            labels: en ? [p.en, p.abbr] : [p.th, p.short],
            share: 0,
            cls: -1,
            inside: !filter || inFilter.has(p.code),
            cells: [{ col: p.col, row: p.row }],
            keys: [p.code],
          })).sort((a, b) => readingOrder(a.cells[0], b.cells[0]))
        : figures.regions.map((r) => ({
            ...r,
            kind: 'region' as const,
            name: this.label(r.region.label),
            labels: [this.label(r.region.label)],
            share: 0,
            cls: -1,
            inside: true,
            cells: r.region.provinces.map((c) => province(c)).filter((p) => p !== undefined).map((p) => ({ col: p.col, row: p.row })),
            keys: [r.id, ...r.region.provinces],
          }));
    const allocated = marks.reduce((a, m) => a + (m.value ?? 0), 0);
    const pct = shares([...marks.map((m) => m.value ?? 0), Math.max(0, figures.target - allocated)], 1);
    const shown = marks.filter((m) => m.inside);
    const classes = classBreaks(shown.map((m) => m.value));
    marks.forEach((m, i) => {
      m.share = pct[i] ?? 0;
      m.cls = classIndex(classes, m.value);
    });
    const total = filter ? shown.reduce((a, m) => a + (m.value ?? 0), 0) : figures.target;
    return { chosen, figures, view, regions, filter, marks, classes, total };
  }

  /** `fmt` read once by the caller: `this.fmt` looks up the nearest `lang` each time, and a table asks thousands of times. */
  private households(value: number | undefined, fmt: FormatOptions = this.fmt): string {
    return value === undefined ? ms('noData', fmt.lang) : formatValue(value, 'household', fmt);
  }

  private describe(m: AreaMark, model: MapModel): { title: string; lines: string[]; sentence: string } {
    const fmt = this.fmt;
    const lang = fmt.lang;
    const share = m.value === undefined ? '' : ms('shareOfNational', lang, { share: formatPercent(m.share / 100, { ...fmt, decimals: 1 }) });
    // Every project when they are few; else the largest few and how many more (a tooltip of 500 lines says nothing).
    let listed = model.chosen;
    if (listed.length > TIP_PROJECTS) listed = largest(listed, (p) => m.byProject[p.id] ?? 0, TIP_PROJECTS);
    const perProject = model.chosen.length > 1 && m.value !== undefined ? listed.map((p) => `${this.projectName(p, lang, true)}: ${this.households(m.byProject[p.id], fmt)}`) : [];
    if (perProject.length && model.chosen.length > listed.length) perProject.push(ms('moreProjects', lang, { n: formatNumber(model.chosen.length - listed.length, fmt) }));
    const lines = [this.households(m.value, fmt), ...perProject, share].filter(Boolean);
    return { title: m.name, lines, sentence: [m.name, ...lines].join(', ') };
  }

  private detail(plan: Plan, model: MapModel, m: AreaMark): MarkDetail {
    const one = model.chosen.length === 1 ? model.chosen[0] : undefined;
    return { planId: plan.id, kind: m.kind, id: m.id, itemId: one?.item, label: m.name, value: m.value, unit: 'household' };
  }

  // ----- PlanElement ---------------------------------------------------------

  protected chartTitle(plan: Plan): string {
    const model = this.model(plan);
    const base = ms(model?.figures.level === 'none' ? 'titleNational' : 'title', this.language);
    const parts = [base, model?.chosen.length === 1 ? this.label((model.chosen[0] as HouseholdProject).label) : '', model?.filter ? this.label(model.filter.label) : ''];
    return parts.filter(Boolean).join(': ');
  }

  protected emptyReason(plan: Plan): string | undefined {
    if (!plan.households?.projects.length) {
      const agencies = agenciesOf(plan);
      return agencies.length ? ms('noHouseholdsAgencies', this.language, { agencies: agencies.map((a) => agencyName(a, this.language)).join(', ') }) : ms('noHouseholds', this.language);
    }
    if (!this.model(plan)) return ms('unknownProject', this.language, { id: this.project ?? '' });
    return undefined;
  }

  protected override illustrativeNote(plan: Plan): string | undefined {
    const note = plan.households?.breakdown?.illustrative?.note;
    if (note) return this.label(note);
    // Several agencies as one: only the plans whose households are drawn.
    const whole = illustrativeFor(plan, (plan.households?.projects ?? []).map((p) => agencyIndex(plan, p.id, p.item)));
    return whole ? this.label(whole.note) : undefined;
  }

  protected summary(plan: Plan): string {
    const model = this.model(plan);
    if (!model) return '';
    if (this.summaryMemo?.model === model) return this.summaryMemo.text;
    const text = this.buildSummary(plan, model);
    this.summaryMemo = { model, text };
    return text;
  }

  private buildSummary(plan: Plan, model: MapModel): string {
    const lang = this.language;
    const total = this.households(model.figures.target);
    if (model.figures.level === 'none') {
      const all = plan.households?.projects ?? [];
      return ms('summaryNational', lang, { total: this.households(plan.households?.total ?? all.reduce((a, p) => a + p.target, 0)), n: all.length });
    }
    const shown = model.marks.filter((m) => m.inside && m.value !== undefined);
    const top = [...shown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
    const level = ms(model.view === 'region' ? 'region' : 'province', lang).toLowerCase();
    return ms('summaryMap', lang, { total, n: shown.length, level, top: top ? `${top.name} ${this.households(top.value)}` : '–' });
  }

  protected tableData(plan: Plan): TableData | undefined {
    // The base class asks on every render (a tooltip is a render): build it once per view model.
    const model = this.model(plan);
    if (!model) return undefined;
    const title = this.chartTitle(plan);
    if (this.tableMemo?.model === model && this.tableMemo.title === title) return this.tableMemo.data;
    const data = this.buildTable(plan, model);
    this.tableMemo = { model, title, data };
    return data;
  }

  private buildTable(plan: Plan, model: MapModel): TableData | undefined {
    const fmt = this.fmt;
    const lang = fmt.lang;
    const label = (l: Parameters<typeof pickLabel>[0]) => pickLabel(l, lang);
    const whole = { ...fmt, decimals: 0 };
    const tenths = { ...fmt, decimals: 1 };
    const fmtN = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, whole));
    const fmtP = (p: number) => formatPercent(p / 100, tenths);
    if (model.figures.level === 'none') {
      // As drawn: every project's national target (a chosen project is only emphasised).
      const all = plan.households?.projects ?? [];
      const pct = shares(all.map((p) => p.target), 1);
      const total = plan.households?.total ?? all.reduce((a, p) => a + p.target, 0);
      return {
        caption: [`${ms('titleNational', lang)} (${ms('unit', lang)})`, ms('noBreakdown', lang), this.withoutNote(plan)].filter(Boolean).join(' · '),
        columns: [{ label: ms('project', lang) }, { label: ms('households', lang), numeric: true }, { label: t('share', lang), numeric: true }],
        rows: all.map((p, i) => ({ cells: [this.projectName(p, lang), fmtN(p.target), fmtP(pct[i] ?? 0)], values: [this.projectName(p, lang), p.target, pct[i] ?? 0] })),
        footer: { cells: [ms('total', lang), fmtN(total), fmtP(100)], values: [ms('total', lang), total, 100] },
      };
    }
    const several = model.chosen.length > 1;
    const row = (name: string, a: AreaFigures, share: number | undefined, depth: number): TableRow => {
      const per = several ? model.chosen.map((p) => (a.value === undefined ? undefined : a.byProject[p.id])) : [];
      return {
        depth,
        cells: [name, ...per.map(fmtN), fmtN(a.value), a.value === undefined || share === undefined ? '–' : fmtP(share)],
        values: [name, ...per.map((v) => v ?? ''), a.value ?? '', a.value === undefined || share === undefined ? '' : share],
      };
    };
    const provinceShare = new Map(model.view === 'province' ? model.marks.map((m) => [m.id, m.share]) : []);
    const regionShares = shares([...model.figures.regions.map((r) => r.value ?? 0), Math.max(0, model.figures.target - model.figures.regions.reduce((a, r) => a + (r.value ?? 0), 0))], 1);
    const rows: TableRow[] = [];
    model.figures.regions.forEach((r, i) => {
      if (model.filter && r.id !== model.filter.id) return;
      rows.push(row(label(r.region.label), r, regionShares[i], 0));
      if (model.figures.level === 'province') {
        for (const code of r.region.provinces) {
          const p = province(code);
          const a = model.figures.provinces.get(code);
          if (p && a) rows.push(row(lang === 'en' ? p.en : p.th, a, provinceShare.get(code), 1));
        }
      }
    });
    const filtered = model.filter ? model.figures.regions.findIndex((r) => r.id === model.filter?.id) : -1;
    const national: AreaFigures = { id: 'total', value: model.figures.target, byProject: Object.fromEntries(model.chosen.map((p) => [p.id, p.target])) };
    const footer = filtered >= 0 ? row(ms('totalOf', lang, { area: label((model.filter as Region).label) }), model.figures.regions[filtered] as AreaFigures, regionShares[filtered], 0) : row(ms('total', lang), national, 100, 0);
    return {
      caption: [`${this.chartTitle(plan)} (${ms('unit', lang)})`, this.withoutNote(plan)].filter(Boolean).join(' · '),
      columns: [{ label: ms('area', lang) }, ...(several ? model.chosen.map((p) => ({ label: this.projectName(p, lang, true), numeric: true })) : []), { label: ms('households', lang), numeric: true }, { label: t('share', lang), numeric: true }],
      rows,
      footer,
    };
  }

  protected override renderControls(plan: Plan): TemplateResult | typeof nothing {
    const hh = plan.households;
    if (!hh?.projects.length) return nothing;
    const lang = this.language;
    const level = hh.breakdown?.level ?? 'none';
    const region = this.view === 'province' && level === 'province' ? (plan.regions ?? DEFAULT_REGIONS).find((r) => r.id === this.region) : undefined;
    return html`<label><span class="visually-hidden">${ms('project', lang)}</span>
        <select part="project-select" @change=${(e: Event) => (this.project = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.project}>${ms('allProjects', lang)}</option>
          ${hh.projects.map((p) => html`<option value=${p.id} ?selected=${p.id === this.project}>${this.projectName(p, lang, true)}</option>`)}
        </select></label
      >${level !== 'none'
        ? html`<label><span class="visually-hidden">${ms('view', lang)}</span>
            <select part="view-select" @change=${(e: Event) => (this.view = (e.target as HTMLSelectElement).value === 'region' ? 'region' : 'province')}>
              <option value="province" ?selected=${this.view !== 'region' && level === 'province'} ?disabled=${level !== 'province'}>${ms('byProvince', lang)}</option>
              <option value="region" ?selected=${this.view === 'region' || level === 'region'}>${ms('byRegion', lang)}</option>
            </select></label
          >`
        : nothing}${region ? html`<button part="clear-region" @click=${() => ((this.region = undefined), this.focusMark(0))}>${ms('wholeCountry', lang)}</button>` : nothing}`;
  }

  // ----- interaction -----------------------------------------------------------

  private focusMark(index: number): void {
    this.focusIndex = index;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-index="${index}"]`) as SVGElement | HTMLElement | null)?.focus());
  }

  private onKey(e: KeyboardEvent, points: { x: number; y: number }[]): void {
    const dir = ARROWS[e.key];
    let next = -1;
    if (dir) next = nearestInDirection(points, this.focusIndex, dir);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = points.length - 1;
    else return;
    e.preventDefault();
    if (next >= 0) this.focusMark(next);
  }

  private select(plan: Plan, model: MapModel, m: AreaMark, index: number): void {
    this.focusIndex = index;
    this.emitSelect(this.detail(plan, model, m));
    // Selecting a region in the region view filters the province map to it.
    if (m.kind === 'region' && model.figures.level === 'province' && m.id !== '_other') {
      this.hideTip();
      this.region = m.id;
      this.view = 'province';
      this.focusMark(0);
    }
  }

  private markHandlers(plan: Plan, model: MapModel, m: AreaMark, index: number) {
    const d = this.describe(m, model);
    const enter = (e: Event) => {
      this.showTip(e.currentTarget as Element, d.title, d.lines);
      this.emitHover(this.detail(plan, model, m));
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

  // ----- drawing -------------------------------------------------------------------

  /**
   * A project's name; prefixed with its agency's when the projects of several
   * agencies are shown (several plans as one).
   */
  private projectName(p: HouseholdProject, lang: 'th' | 'en', short = false): string {
    const plan = this.validatedPlan;
    const name = pickLabel(short ? (p.shortLabel ?? p.label) : p.label, lang);
    if (!plan) return name;
    const agencies = agenciesOf(plan);
    const own = (q: HouseholdProject) => agencyIndex(plan, q.id, q.item);
    const mine = own(p);
    if (mine < 0 || !(plan.households?.projects ?? []).some((q) => own(q) !== mine)) return name;
    return `${agencyName(agencies[mine], lang)}: ${name}`;
  }

  /** With several agencies shown as one: which of them have no household targets (so nothing on the map), or ''. */
  private withoutNote(plan: Plan): string {
    const agencies = agenciesOf(plan);
    if (!agencies.length) return '';
    const have = new Set((plan.households?.projects ?? []).map((p) => agencyIndex(plan, p.id, p.item)));
    const without = agencies.filter((_, i) => !have.has(i)).map((a) => agencyName(a, this.language));
    return without.length ? ms('agenciesWithout', this.language, { agencies: without.join(', ') }) : '';
  }

  protected renderChart(plan: Plan, width: number): TemplateResult | typeof nothing {
    const model = this.model(plan);
    if (!model) return nothing;
    const without = this.withoutNote(plan);
    const chart = model.figures.level === 'none' ? this.renderNational(plan, model, width) : this.renderMap(plan, model, width);
    return without ? html`<p class="agencies-note" part="agencies-note" role="note">${without}</p>${chart}` : chart;
  }

  private renderMap(plan: Plan, model: MapModel, width: number): TemplateResult {
    const side = width >= 600;
    const mapWidth = side ? Math.min(width - SIDE - 20, 11 * 46) : width;
    const geo = this.geo;
    const notes: TemplateResult[] = [];
    const lang = this.language;
    if (model.figures.level === 'region' && this.view !== 'region') notes.push(html`<p>${ms('regionLevelOnly', lang)}</p>`);
    let map: unknown;
    if (geo.status === 'ready') {
      map = this.renderGeo(plan, model, geo.features, geo.mod, mapWidth, notes);
    } else {
      if (geo.status === 'error') {
        notes.push(html`<p role="alert">${ms('geoFailed', lang)} (${geo.message})</p>`);
        if (geo.retryable) notes.push(html`<button part="retry" @click=${() => this.retryGeometry()}>${t('retry', lang)}</button>`);
      }
      if (geo.status === 'loading') notes.push(html`<p role="status">${ms('geoLoading', lang)}</p>`);
      map = this.renderTiles(plan, model, mapWidth);
    }
    return html`${notes.length ? html`<div class="warning" part="warning">${notes}</div>` : nothing}
      <div class="layout">${map}<div class="side">${this.renderLegend(model)}</div></div>`;
  }

  private fill(model: MapModel, m: AreaMark) {
    const c = model.classes[m.cls];
    return { fill: m.inside && c ? sequentialColor(c.swatch) : undefined };
  }

  private markClass(model: MapModel, m: AreaMark, base: string): string {
    const c = model.classes[m.cls];
    return [base, 'mark', m.inside ? (c ? `c${m.cls}` : 'no-data') : 'outside', this.highlight !== undefined && this.highlight === m.id ? 'highlighted' : ''].join(' ');
  }

  private textClass(model: MapModel, m: AreaMark): string {
    const c = model.classes[m.cls];
    return m.inside && c && !c.darkText ? 'light' : 'dark';
  }

  private patterns(model: MapModel): TemplateResult {
    return svg`<defs>
      <pattern id="hatch" class="hatch" patternUnits="userSpaceOnUse" width="6" height="6"><path d="M-1,1l2,-2M0,6l6,-6M5,7l2,-2"></path></pattern>
      ${model.classes.map((c, i) => {
        const s = PATTERN_STEP[Math.min(PATTERN_STEP.length - 1, c.hi === 0 ? 0 : i + (model.classes[0]?.hi === 0 ? 0 : 1))] as number;
        return s ? svg`<pattern id="pat-${i}" class="pattern-lines" patternUnits="userSpaceOnUse" width=${s} height=${s}><path d="M0,${s / 2}H${s}${i > 2 ? `M${s / 2},0V${s}` : ''}"></path></pattern>` : nothing;
      })}
    </defs>`;
  }

  /** The tile map, rebuilt only when what it shows changes (not for a tooltip, which is a render of the element). */
  private renderTiles(plan: Plan, model: MapModel, mapWidth: number): unknown {
    return guard([plan, model, mapWidth, this.focusIndex], () => this.tilesSvg(plan, model, mapWidth));
  }

  private tilesSvg(plan: Plan, model: MapModel, mapWidth: number): TemplateResult {
    const values = new Map(model.view === 'province' ? model.marks.map((m) => [m.id, m.value]) : []);
    const grid = tileLayout(values, model.classes, mapWidth);
    const cell = grid.cell;
    const fs = Math.max(9, Math.min(13, Math.round(cell * 0.27)));
    const measure = canvasMeasure(`${fs}px ${FONT}`);
    const valueMeasure = canvasMeasure(`700 ${fs - 1}px ${FONT}`);
    const focusable = model.marks.map((m, i) => ({ m, i })).filter(({ m }) => m.inside);
    const points = focusable.map(({ m }) => centre(m.cells, cell));
    const focus = Math.min(this.focusIndex, focusable.length - 1);
    const outlines = model.regions.map((r) => cellsOutline(r.provinces.map((c) => province(c)).filter((p) => p !== undefined), cell));
    const body = focusable.map(({ m }, fi) => {
      const h = this.markHandlers(plan, model, m, fi);
      const common = { tabindex: fi === focus ? 0 : -1, fi };
      if (m.kind === 'province') {
        const { col, row } = m.cells[0] as { col: number; row: number };
        const x = col * cell;
        const y = row * cell;
        const label = m.labels.find((l) => measure(l) <= cell - 6) ?? '';
        const valueText = m.value === undefined ? '' : formatNumber(m.value, { ...this.fmt, decimals: 0 });
        const showValue = cell >= 40 && valueText && valueMeasure(valueText) <= cell - 6;
        const tc = this.textClass(model, m);
        // The name holds what the tile shows, in order (WCAG 2.5.3): "Chiang Rai, CRI 1,003 households, …".
        return svg`<g class=${this.markClass(model, m, 'tile')} role="button" tabindex=${common.tabindex} data-index=${fi} aria-label=${label && label !== m.name ? `${m.name}, ${label} ${h.sentence.slice(m.name.length + 2)}` : h.sentence}
            @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
          <rect class="fill" x=${x} y=${y} width=${cell} height=${cell} style=${cssProps(this.fill(model, m))}></rect>
          <rect class=${overlayClass(m.cls)} x=${x + 1} y=${y + 1} width=${cell - 2} height=${cell - 2} fill=${overlay(m.cls)}></rect>
          <rect class="ring" x=${x + 2.5} y=${y + 2.5} width=${cell - 5} height=${cell - 5}></rect>
          ${label ? svg`<text class=${tc} x=${x + cell / 2} y=${y + (showValue ? cell * 0.4 : cell / 2)} dy="0.35em" text-anchor="middle" font-size=${fs}>${label}</text>` : nothing}
          ${showValue ? svg`<text class="value ${tc}" x=${x + cell / 2} y=${y + cell * 0.72} dy="0.35em" text-anchor="middle" font-size=${fs - 1}>${valueText}</text>` : nothing}
        </g>`;
      }
      const p = points[fi] as { x: number; y: number };
      const outline = cellsOutline(m.cells, cell);
      const lines = wrapText(m.name, Math.max(cell * 3, 60), measure, { lang: this.language, maxLines: 2 }).lines;
      const valueText = m.value === undefined ? ms('noData', this.language) : formatNumber(m.value, { ...this.fmt, decimals: 0 });
      const tc = this.textClass(model, m);
      return svg`<g class=${this.markClass(model, m, 'region')} role="button" tabindex=${common.tabindex} data-index=${fi} aria-label=${h.sentence}
          @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
        ${m.cells.map((c) => svg`<rect class="fill" x=${c.col * cell} y=${c.row * cell} width=${cell} height=${cell} style=${cssProps(this.fill(model, m))}></rect>
          <rect class=${overlayClass(m.cls)} x=${c.col * cell} y=${c.row * cell} width=${cell} height=${cell} fill=${overlay(m.cls)}></rect>`)}
        <path class="ring" d=${outline}></path>
        ${lines.map((l, i) => svg`<text class="region-label ${tc}" x=${p.x} y=${p.y + (i - lines.length / 2) * fs * 1.25} dy="0.9em" text-anchor="middle" font-size=${fs}>${l}</text>`)}
        <text class="region-label value ${tc}" x=${p.x} y=${p.y + (lines.length / 2) * fs * 1.25} dy="0.9em" text-anchor="middle" font-size=${fs}>${valueText}</text>
      </g>`;
    });
    const outside = model.marks.filter((m) => !m.inside);
    return html`<svg class="map" part="map" width=${grid.width} height=${grid.height} viewBox="0 0 ${grid.width} ${grid.height}" role="group" aria-labelledby="title" aria-describedby="summary"
      @keydown=${(e: KeyboardEvent) => this.onKey(e, points)}>
      ${this.patterns(model)}
      ${outside.map((m) => {
        const { col, row } = m.cells[0] as { col: number; row: number };
        return svg`<g class="tile outside" aria-hidden="true"><rect class="fill" x=${col * cell} y=${row * cell} width=${cell} height=${cell}></rect></g>`;
      })}
      ${body}
      ${svg`<path class="outline" d=${outlines.join('')}></path>`}
    </svg>`;
  }

  private renderGeo(plan: Plan, model: MapModel, features: KeyedFeature[], mod: GeoModule, mapWidth: number, notes: TemplateResult[]): TemplateResult {
    const lang = this.language;
    if (this.geoCache?.features !== features || this.geoCache.width !== mapWidth) {
      this.geoCache = { features, width: mapWidth, layout: mod.geoLayout(features, mapWidth, Math.min(800, mapWidth * 1.7)) };
    }
    const layout = this.geoCache.layout;
    const owner = new Map<string, number>();
    model.marks.forEach((m, i) => (model.view === 'province' ? [m.id] : m.keys).forEach((k) => owner.set(k, i)));
    const withData = model.marks.filter((m) => m.inside && m.value !== undefined).map((m) => m.id);
    const drawnMarks = new Set(layout.shapes.map((s) => (s.key === undefined ? -1 : (owner.get(s.key) ?? -1))));
    const { unknown } = mod.matchKeys(layout.shapes.map((s) => s.key), new Set(owner.keys()), withData);
    const missing = model.marks.filter((m, i) => m.inside && m.value !== undefined && !drawnMarks.has(i)).map((m) => m.id);
    const list = (xs: string[]) => xs.slice(0, 6).join(', ') + (xs.length > 6 ? ', …' : '');
    if (unknown.length) notes.push(html`<p>${ms('geoUnknown', lang, { n: unknown.length, keys: list(unknown) })} ${ms('geoKeyHint', lang, { key: this.geoKey })}</p>`);
    if (missing.length) notes.push(html`<p>${ms('geoMissing', lang, { n: missing.length, keys: list(missing) })}</p>`);
    const focusable = model.marks.map((m, i) => ({ m, i })).filter(({ m, i }) => m.inside && drawnMarks.has(i));
    const index = new Map(focusable.map(({ i }, fi) => [i, fi]));
    const points = focusable.map(({ i }) => {
      const own = layout.shapes.filter((s) => s.key !== undefined && owner.get(s.key) === i);
      return { x: own.reduce((a, s) => a + s.x, 0) / own.length, y: own.reduce((a, s) => a + s.y, 0) / own.length };
    });
    const focus = Math.min(this.focusIndex, focusable.length - 1);
    const unkeyed = layout.shapes.filter((s) => s.key === undefined || !owner.has(s.key));
    return html`<svg class="map" part="map" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="title" aria-describedby="summary"
      @keydown=${(e: KeyboardEvent) => this.onKey(e, points)}>
      ${this.patterns(model)}
      ${unkeyed.map((s) => svg`<g class="area no-data" aria-hidden="true"><path class="fill" d=${s.d}></path><path class="hatch-fill" d=${s.d} fill="url(#hatch)"></path></g>`)}
      ${focusable.map(({ m, i }) => {
        const fi = index.get(i) as number;
        const h = this.markHandlers(plan, model, m, fi);
        const d = layout.shapes.filter((s) => s.key !== undefined && owner.get(s.key) === i).map((s) => s.d).join('');
        return svg`<g class=${this.markClass(model, m, 'area')} role="button" tabindex=${fi === focus ? 0 : -1} data-index=${fi} aria-label=${h.sentence}
            @click=${h.click} @keydown=${h.key} @focus=${h.focus} @blur=${h.leave} @pointerenter=${h.enter} @pointerleave=${h.leave}>
          <path class="fill" d=${d} style=${cssProps(this.fill(model, m))}></path>
          <path class=${overlayClass(m.cls)} d=${d} fill=${overlay(m.cls)}></path>
          <path class="ring" d=${d}></path>
        </g>`;
      })}
    </svg>`;
  }

  private renderLegend(model: MapModel): TemplateResult {
    const lang = this.language;
    const fmtN = (v: number) => formatNumber(v, { ...this.fmt, decimals: 0 });
    const swatch = (fill: string, cls: number) => html`<svg width="22" height="16" aria-hidden="true">${svg`<rect class="fill" x="1" y="1" width="20" height="14" style=${cssProps({ fill, stroke: 'var(--_border)' })}></rect><rect class=${overlayClass(cls)} x="1" y="1" width="20" height="14" fill=${overlay(cls)}></rect>`}</svg>`;
    const hasOutside = model.marks.some((m) => !m.inside);
    const totalLabel = model.filter ? ms('totalOf', lang, { area: this.label(model.filter.label) }) : ms('total', lang);
    const filterShare = model.filter && model.figures.target > 0 ? ` (${ms('shareOfNational', lang, { share: formatPercent(model.total / model.figures.target, { ...this.fmt, decimals: 1 }) })})` : '';
    return html`<div class="legend" part="legend">
      <p class="heading">${ms('legend', lang)} · ${ms('unit', lang)}</p>
      <ul>
        ${model.classes.map((c, i) => html`<li>${swatch(sequentialColor(c.swatch), i)}<span>${c.lo === c.hi ? fmtN(c.lo) : `${fmtN(c.lo)}–${fmtN(c.hi)}`}</span></li>`)}
        <li>${swatch('var(--_surface)', -1)}<span>${ms('noData', lang)}</span></li>
        ${hasOutside ? html`<li><svg width="22" height="16" aria-hidden="true">${svg`<rect x="1" y="1" width="20" height="14" style=${cssProps({ fill: 'var(--_track)' })}></rect>`}</svg><span>${ms('outside', lang)}</span></li>` : nothing}
      </ul>
      <p class="total">${totalLabel} ${formatValue(model.total, 'household', this.fmt)}${filterShare}</p>
      <p class="method">${ms('method', lang)}</p>
      ${this.validatedPlan?.regions?.length ? nothing : html`<p class="note">${ms('regionsFrom', lang, { source: this.label(DEFAULT_REGIONS_SOURCE) })}</p>`}
    </div>`;
  }

  private renderNational(plan: Plan, model: MapModel, width: number): TemplateResult {
    const lang = this.language;
    const hh = plan.households as Households;
    const all = hh.projects;
    const max = Math.max(1, ...all.map((p) => p.target));
    const total = all.reduce((a, p) => a + p.target, 0);
    const pct = shares(all.map((p) => p.target), 1);
    const rows = [...all.map((p, i) => ({ id: p.id, name: this.projectName(p, lang), value: p.target, share: pct[i] ?? 0, item: p.item, total: false })), { id: 'total', name: ms('total', lang), value: hh.total ?? total, share: 100, item: undefined, total: true }];
    const focus = Math.min(this.focusIndex, rows.length - 1);
    const points = rows.map((_, i) => ({ x: 0, y: i }));
    return html`<div part="national">
      <p class="notice" role="note"><strong>${ms('noBreakdown', lang)}</strong> ${ms('noBreakdownHint', lang)}</p>
      <div class="bars ${width < 480 ? 'narrow' : ''}" role="list" aria-label=${this.summary(plan)} @keydown=${(e: KeyboardEvent) => this.onKey(e, points)}>
        ${rows.map((r, i) => {
          const valueText = `${formatValue(r.value, 'household', this.fmt)} · ${formatPercent(r.share / 100, { ...this.fmt, decimals: 1 })}`;
          const detail: MarkDetail = { planId: plan.id, kind: 'project', id: r.id, itemId: r.item, label: r.name, value: r.value, unit: 'household' };
          const chosen = model.chosen.length === 1 && model.chosen[0]?.id === r.id;
          const select = () => {
            this.focusIndex = i;
            this.emitSelect(detail);
          };
          return html`<div class="bar-row mark ${r.total ? 'total' : ''} ${chosen ? 'chosen' : ''}" role="listitem" tabindex=${i === focus ? 0 : -1} data-index=${i}
            aria-label="${r.name}: ${valueText}${r.total ? '' : ` (${ms('notBrokenDown', lang)})`}" aria-current=${chosen ? 'true' : nothing}
            @click=${select} @keydown=${(e: KeyboardEvent) => this.activateOnKey(e, select)} @focus=${() => ((this.focusIndex = i), this.emitHover(detail))} @blur=${() => this.emitHover(null)}
            @pointerenter=${() => this.emitHover(detail)} @pointerleave=${() => this.emitHover(null)}>
            <span class="bar-label" aria-hidden="true">${r.name}</span>
            <span aria-hidden="true">${r.total || !(r.value > 0) ? nothing : html`<span class="bar" style=${cssProps({ width: `${Math.max(0.5, (r.value / max) * 100)}%` })}></span>`}</span>
            <span class="bar-value" aria-hidden="true">${valueText}</span>
          </div>`;
        })}
      </div>
    </div>`;
  }
}

/** The `k` items with the largest values, largest first (ties in list order), without sorting the whole list. */
function largest<T>(items: readonly T[], value: (item: T) => number, k: number): T[] {
  const top: { item: T; v: number }[] = [];
  for (const item of items) {
    const v = value(item);
    if (top.length === k && v <= (top[k - 1] as { v: number }).v) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { v: number }).v < v) at--;
    top.splice(at, 0, { item, v });
    if (top.length > k) top.pop();
  }
  return top.map((t) => t.item);
}

/** Rows from the north, then columns from the west: the order Home and End follow. */
function readingOrder(a?: { col: number; row: number }, b?: { col: number; row: number }): number {
  return (a?.row ?? 0) - (b?.row ?? 0) || (a?.col ?? 0) - (b?.col ?? 0);
}

/** What is drawn over an area's fill: its class pattern (shown in forced-colours mode), or the no-data hatching. */
function overlay(cls: number): string {
  return cls < 0 ? 'url(#hatch)' : `url(#pat-${cls})`;
}

function overlayClass(cls: number): string {
  return cls < 0 ? 'hatch-fill' : 'pattern';
}

/** The centre of a set of grid cells, in px (for arrow-key moves and region labels). */
function centre(cells: readonly { col: number; row: number }[], cell: number): { x: number; y: number } {
  if (!cells.length) return { x: 0, y: 0 };
  const mean = (f: (c: { col: number; row: number }) => number) => cells.reduce((a, c) => a + f(c), 0) / cells.length;
  const cx = mean((c) => c.col);
  const cy = mean((c) => c.row);
  // Label a region on its cell nearest the mean, so the label sits inside the region.
  const near = [...cells].sort((a, b) => Math.hypot(a.col - cx, a.row - cy) - Math.hypot(b.col - cx, b.row - cy))[0] as { col: number; row: number };
  return { x: (near.col + 0.5) * cell, y: (near.row + 0.5) * cell };
}
