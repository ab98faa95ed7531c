/**
 * What every element shares: the contract's inputs (`src`, `plan`, `lang`),
 * the four states (loading, ready, empty, error with retry), sizing to the
 * container, the table view, the tooltip and the events. A chart only says
 * how to draw a validated plan at a given width.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from './css-props.js';
import type { Catalogue, Plan } from '../schema/plan.js';
import { pickLabel, type Lang } from '../format/label.js';
import { warmNumbers, type FormatOptions } from '../format/number.js';
import { formatFiscalYear } from '../format/date.js';
import { keepThaiWords, warmWords } from '../format/wrap.js';
import { checkPlan, joinResults, loadCatalogue, loadPlans, PlanLoadError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadResult } from './loader.js';
import type { MarkDetail, PlanErrorDetail } from './events.js';
import { renderTable, type TableData } from './table.js';
import { renderState } from './state-view.js';
import { tableToCsv } from './csv.js';
import { baseStyles } from './styles.js';
import { t } from './i18n.js';

export type ElementState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

export abstract class PlanElement extends LitElement {
  static override styles = baseStyles;

  @state() private status: ElementState = 'idle';
  @state() private failure?: PlanErrorDetail;
  @state() private validPlan?: Plan;
  /** Content width of the element in CSS pixels, from a ResizeObserver. */
  @state() protected width = 0;
  @state() private tip?: Tip;

  private request?: AbortController;
  private requestId = 0;
  /** A plan given as a property that is still being checked (problems explained, several plans joined). */
  private accepting?: Promise<void>;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;

  /**
   * URL of a plan JSON file. Fetched, validated, rendered; a new value aborts the old request.
   * Several URLs separated by spaces show several plans as one (a ministry and its agencies),
   * joined on their national framework ids.
   */
  @property() src?: string;

  /** An already parsed plan object (or an array of them), validated like a fetched one. Takes precedence over `src`. */
  @property({ attribute: false }) plan?: unknown;

  /** URL of the framework catalogue(s) the plan links into (space-separated), e.g. data/frameworks/th-national.json. */
  @property({ attribute: 'catalogue-src' }) catalogueSrc?: string;

  /** Already parsed framework catalogues (instead of `catalogue-src`). */
  @property({ attribute: false }) catalogues?: Catalogue[];

  /** `th` (default) or `en`. Without it, the nearest ancestor's `lang` is used when it is Thai or English. */
  @property({ reflect: true }) override lang = '';

  /** Show digits as Thai digits (๐–๙). */
  @property({ type: Boolean, attribute: 'thai-digits', reflect: true }) thaiDigits = false;

  /** Years as B.E. or C.E.; `auto` gives B.E. in Thai and C.E. in English. */
  @property() era: 'auto' | 'be' | 'ce' = 'auto';

  /** Show the data as a table instead of the chart. */
  @property({ type: Boolean, reflect: true }) table = false;

  /** Id of a plan item (or other mark) to emphasise, e.g. the selection of a linked chart. */
  @property({ reflect: true }) highlight?: string;

  /** Give up loading `src` after this many milliseconds. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Refuse plan files larger than this many bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Current state: `idle`, `loading`, `ready`, `empty` or `error` (also reflected as the `state` attribute). */
  get state(): ElementState {
    return this.status;
  }

  /** The validated plan being shown, if any. */
  get validatedPlan(): Plan | undefined {
    return this.validPlan;
  }

  /** The last load or validation error, if any. */
  get error(): PlanErrorDetail | undefined {
    return this.failure;
  }

  /** The language in use. */
  protected get language(): Lang {
    // Read once per update cycle, willUpdate to updated (charts ask for it per label and per
    // memo key): an ancestor's lang is looked up by walking the tree.
    return this.updating && this.langOfUpdate ? this.langOfUpdate : this.readLanguage();
  }

  private langOfUpdate?: Lang;
  private updating = false;

  private readLanguage(): Lang {
    const own = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'th';
    return own.toLowerCase().startsWith('en') ? 'en' : 'th';
  }

  protected override performUpdate(): void {
    this.langOfUpdate = this.readLanguage();
    this.updating = true;
    try {
      super.performUpdate();
    } finally {
      this.updating = false;
    }
  }

  protected get fmt(): FormatOptions {
    return { lang: this.language, thaiDigits: this.thaiDigits };
  }

  protected label(l: Parameters<typeof pickLabel>[0]): string {
    return pickLabel(l, this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      // Apply on the next frame: changing our own height inside the observer
      // callback would raise "ResizeObserver loop" errors in the host page.
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        if (w !== this.width) this.width = w;
      });
    });
    this.resizeObserver.observe(this);
    if (this.status === 'loading' && !this.request && this.src && this.plan === undefined) void this.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.resizeFrame);
    this.request?.abort();
    this.request = undefined;
  }

  /** The data shown, as CSV (UTF-8 with BOM, so spreadsheets read Thai); '' when nothing is shown. */
  exportCsv(): string {
    const plan = this.validPlan;
    const table = plan && this.emptyReason(plan) === undefined ? this.tableData(plan) : undefined;
    return table ? tableToCsv(table) : '';
  }

  /** The chart as a standalone SVG document (styles inlined, the page's font embedded when readable). */
  async exportSvg(): Promise<string> {
    const plan = this.validPlan;
    const chart = this.renderRoot.querySelector('.chart');
    if (!plan || !chart) return '';
    const note = this.illustrativeNote(plan);
    const doc = this.sourceTitle(plan);
    const { svgSnapshot } = await import('./export.js');
    return svgSnapshot(chart, {
      title: this.chartTitle(plan),
      header: [this.chartTitle(plan), this.subtitle(plan), ...(note ? [`${t('illustrative', this.language)}: ${note}`] : [])],
      footer: doc ? [`${t('source', this.language)}: ${doc}`] : [],
    });
  }

  /** The chart as a PNG image (`scale` 2 by default). */
  async exportPng(scale = 2): Promise<Blob | undefined> {
    const svg = await this.exportSvg();
    if (!svg) return undefined;
    const { svgToPng } = await import('./export.js');
    return svgToPng(svg, scale);
  }

  /** Downloads the chart or its data: `csv`, `svg` or `png`. */
  async download(format: 'csv' | 'svg' | 'png'): Promise<void> {
    const name = `${this.validPlan?.id ?? 'plan'}-${this.localName.replace(/^codi-/, '')}.${format}`;
    const { download } = await import('./export.js');
    if (format === 'csv') {
      const csv = this.exportCsv();
      if (csv) download(this.renderRoot as ShadowRoot, name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } else if (format === 'svg') {
      const svg = await this.exportSvg();
      if (svg) download(this.renderRoot as ShadowRoot, name, new Blob([svg], { type: 'image/svg+xml' }));
    } else {
      const png = await this.exportPng();
      if (png) download(this.renderRoot as ShadowRoot, name, png);
    }
  }

  /** Loads `src` again (after a network failure). */
  retry(): void {
    if (this.plan !== undefined) void this.accept(this.plan);
    else if (this.src?.trim()) void this.load(this.src);
  }

  /** Also waits for a plan given as a property to be checked (see `accept`), so it has settled once this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.accepting) {
      await this.accepting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') || changed.has('src') || changed.has('catalogueSrc') || changed.has('catalogues')) {
      if (this.plan !== undefined) {
        this.request?.abort();
        this.request = undefined;
        const accepting: Promise<void> = this.accept(this.plan).finally(() => {
          if (this.accepting === accepting) this.accepting = undefined;
        });
        this.accepting = accepting;
      } else if (this.src?.trim()) {
        void this.load(this.src);
      } else {
        this.request?.abort();
        this.status = 'idle';
        this.validPlan = undefined;
        this.failure = undefined;
      }
    }
    if (this.validPlan && (this.status === 'ready' || this.status === 'empty')) {
      this.status = this.emptyReason(this.validPlan) === undefined ? 'ready' : 'empty';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.getAttribute('state') !== this.status) this.setAttribute('state', this.status);
  }

  /** The catalogues to validate against: the property, or those fetched from `catalogue-src`. */
  private async gatherCatalogues(): Promise<readonly Catalogue[]> {
    const urls = this.catalogueSrc?.split(/\s+/).filter(Boolean) ?? [];
    const fetched = await Promise.all(urls.map((u) => loadCatalogue(u, this.timeout)));
    return [...(this.catalogues ?? []), ...fetched];
  }

  private async accept(input: unknown): Promise<void> {
    const id = ++this.requestId;
    let catalogues: readonly Catalogue[] = this.catalogues ?? [];
    if (this.catalogueSrc) {
      this.status = 'loading';
      try {
        catalogues = await this.gatherCatalogues();
      } catch (e) {
        if (id === this.requestId) this.settle({ ok: false, error: e instanceof PlanLoadError ? e.detail : { kind: 'network', message: String(e), retryable: true } });
        return;
      }
      if (id !== this.requestId) return;
    }
    const inputs = Array.isArray(input) ? input : [input];
    if (!inputs.length) {
      this.settle({ ok: false, error: { kind: 'invalid', message: 'The plan property is an empty list', problems: [{ path: '$', message: 'expected a plan or a list of plans, got an empty list' }], retryable: false } });
      return;
    }
    const checked = inputs.map((p) => checkPlan(p, catalogues));
    // A valid plan settles at once (within this update); a plan with problems waits for the code
    // that explains them, several plans for the code that joins them (`updateComplete` waits too).
    if (checked.length === 1 && !(checked[0] instanceof Promise)) {
      this.settle(checked[0] as LoadResult);
      return;
    }
    this.status = 'loading';
    const results = await Promise.all(checked);
    const result = results.length === 1 ? (results[0] as LoadResult) : await joinResults(results, inputs.map((_, i) => `plan[${i}]`));
    if (id === this.requestId) this.settle(result);
  }

  private async load(url: string): Promise<void> {
    this.request?.abort();
    const controller = new AbortController();
    this.request = controller;
    const id = ++this.requestId;
    this.status = 'loading';
    this.failure = undefined;
    this.tip = undefined;
    this.warmUp();
    let result: LoadResult;
    try {
      // Only wait when there are catalogues to fetch, so a plain `src` starts fetching at once.
      const catalogues = this.catalogueSrc ? await this.gatherCatalogues() : (this.catalogues ?? []);
      if (id !== this.requestId || controller.signal.aborted) return;
      const urls = url.split(/\s+/).filter(Boolean);
      result = await loadPlans(urls, { signal: controller.signal, timeoutMs: this.timeout, maxBytes: this.maxBytes, catalogues });
    } catch (e) {
      if (e instanceof PlanLoadError && id === this.requestId) {
        this.request = undefined;
        this.settle({ ok: false, error: e.detail });
      }
      return; // otherwise aborted: a newer request or removal from the page took over
    }
    // A late answer never overwrites a newer request.
    if (id !== this.requestId) return;
    this.request = undefined;
    this.settle(result);
  }

  /**
   * While a plan is on its way, makes in idle time what the first render would otherwise make
   * first: the page's first number formatter and the word segmenter's dictionary.
   */
  private warmUp(): void {
    const { fmt, language } = this;
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (f: () => void) => setTimeout(f, 0);
    idle(() => {
      warmNumbers(fmt);
      warmWords(language);
    });
  }

  private settle(result: LoadResult): void {
    if (result.ok) {
      this.validPlan = result.plan;
      this.failure = undefined;
      this.status = this.emptyReason(result.plan) === undefined ? 'ready' : 'empty';
    } else {
      this.validPlan = undefined;
      this.failure = result.error;
      this.status = 'error';
      // Like <img>, `error` does not bubble; `codi-error` does, for page-level listeners.
      this.dispatchEvent(new CustomEvent('error', { detail: result.error }));
      this.dispatchEvent(new CustomEvent('codi-error', { detail: result.error, bubbles: true, composed: true }));
    }
  }

  // ----- what a chart provides -------------------------------------------

  /** The chart's title, shown above it and used as its accessible name. */
  protected abstract chartTitle(plan: Plan): string;

  /** A sentence that says why there is nothing to draw, or undefined when there is. */
  protected abstract emptyReason(plan: Plan): string | undefined;

  /** A one-paragraph summary for screen readers. */
  protected abstract summary(plan: Plan): string;

  /** The chart itself, drawn at `width` CSS pixels. */
  protected abstract renderChart(plan: Plan, width: number): TemplateResult | typeof nothing;

  /** The data drawn, as a table: asked when the table is shown or exported, not on every render. */
  protected abstract tableData(plan: Plan): TableData | undefined;

  /** Text saying the drawn figures are illustrative, when they are. */
  protected illustrativeNote(plan: Plan): string | undefined {
    return plan.illustrative ? this.label(plan.illustrative.note) : undefined;
  }

  /** The line under the title: whose plan, which fiscal year. */
  protected subtitle(plan: Plan): string {
    return `${this.label(plan.agency.shortName ?? plan.agency.name)} · ${this.fiscalYear(plan)}`;
  }

  /** The source document named under the chart, if any (a chart drawing one agency of several names only its own). */
  protected sourceTitle(plan: Plan): string | undefined {
    return plan.document ? this.label(plan.document.title) : undefined;
  }

  /** Extra controls in the header (e.g. a project picker). */
  protected renderControls(_plan: Plan): TemplateResult | typeof nothing {
    return nothing;
  }

  // ----- helpers for charts -------------------------------------------------

  protected emitHover(detail: MarkDetail | null): void {
    this.dispatchEvent(new CustomEvent('codi-hover', { detail, bubbles: true, composed: true }));
  }

  protected emitSelect(detail: MarkDetail): void {
    this.dispatchEvent(new CustomEvent('codi-select', { detail, bubbles: true, composed: true }));
  }

  /** Shows the tooltip next to `target` (a mark in the shadow root). */
  protected showTip(target: Element, title: string, lines: string[]): void {
    const host = this.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    // Centred over the mark, but kept inside the element: the tooltip is at most
    // min(22rem, 90%) wide, so its centre stays half that from either edge.
    const half = Math.min(176, host.width * 0.45);
    const x = Math.max(half, Math.min(box.left - host.left + box.width / 2, host.width - half));
    const y = box.top - host.top;
    this.tip = { x, y, title, lines };
  }

  protected hideTip(): void {
    this.tip = undefined;
  }

  /** Calls `select` on Enter or Space, the keys that activate a mark. */
  protected activateOnKey(e: KeyboardEvent, select: () => void): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select();
    }
  }

  // ----- rendering ------------------------------------------------------

  private renderReady(plan: Plan): TemplateResult {
    const lang = this.language;
    const title = this.chartTitle(plan);
    const empty = this.emptyReason(plan);
    const note = this.illustrativeNote(plan);
    // The table is built only when it is shown: at 100 times CODI's size it is tens of
    // thousands of formatted cells, which a chart that is merely drawn never needs.
    const table = empty === undefined;
    const data = table && this.table ? this.tableData(plan) : undefined;
    const doc = this.sourceTitle(plan);
    return html`
      <div class="header" part="header">
        <div>
          <p class="title" id="title">${keepThaiWords(title)}</p>
          <p class="subtitle">${this.subtitle(plan)}</p>
        </div>
        <div class="toolbar">
          ${this.renderControls(plan)}
          ${table && !this.table
            ? html`<details class="export" part="export-menu">
                <summary>${t('download', lang)}</summary>
                <div class="export-list">
                  ${(['csv', 'svg', 'png'] as const).map((f) => html`<button part="export-${f}" @click=${() => void this.download(f)}>${f.toUpperCase()}</button>`)}
                </div>
              </details>`
            : nothing}
          ${table
            ? html`<button part="table-toggle" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>
                ${t(this.table ? 'showChart' : 'showTable', lang)}
              </button>`
            : nothing}
        </div>
      </div>
      ${note ? html`<p class="badge" part="illustrative" role="note">${t('illustrative', lang)}: ${note}</p>` : nothing}
      ${empty !== undefined
        ? html`<div class="state" part="state" role="status"><p>${empty}</p></div>`
        : data
          ? renderTable(data)
          : html`<div class="chart" part="chart">${this.width > 0 ? this.renderChart(plan, this.width) : nothing}</div>
              <p class="visually-hidden" id="summary">${this.summary(plan)}</p>`}
      ${this.tip
        ? html`<div class="tooltip" part="tooltip" role="tooltip" style=${cssProps({ left: `${this.tip.x}px`, top: `${this.tip.y}px`, transform: 'translate(-50%, calc(-100% - 8px))' })}>
            <p class="tt-title">${this.tip.title}</p>
            ${this.tip.lines.map((l) => html`<p>${l}</p>`)}
          </div>`
        : nothing}
      ${doc
        ? html`<div class="footer" part="footer">
            <span>${t('source', lang)}: ${doc}</span>
          </div>`
        : nothing}
    `;
  }

  protected fiscalYear(plan: Plan): string {
    return formatFiscalYear(plan.fiscalYear, { ...this.fmt, era: this.era });
  }

  protected override render(): TemplateResult {
    const plan = this.validPlan;
    return html`<figure part="base" aria-labelledby=${plan ? 'title' : nothing} aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${plan ? this.renderReady(plan) : renderState(this.status, this.failure, this.language, () => this.retry())}
    </figure>`;
  }
}

