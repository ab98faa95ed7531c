import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { MarkDetail } from '../core/events.js';

/** An element of this library (they all share the contract's inputs). */
interface Linkable extends HTMLElement {
  src?: string;
  catalogueSrc?: string;
  plan?: unknown;
  highlight?: string;
}

const isLinkable = (el: Element): el is Linkable => el.localName.startsWith('codi-') && 'highlight' in el;

/**
 * Links the elements inside it, with no glue code on the page: they all show
 * the group's plan (`src` or `plan`, unless an element has its own), and
 * selecting a mark in one (a program in the sankey, say) highlights the same
 * plan item in the others and filters the KPI board. Selecting it again, or
 * pressing Escape, clears the selection.
 *
 * @summary Links several elements: one plan, one shared selection.
 *
 * @event codi-link - `CustomEvent<{ selected: string | undefined; detail: MarkDetail | null }>`: the shared selection changed.
 */
export class CodiPlanGroup extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private observer?: MutationObserver;

  /**
   * URL of the plan every element inside shows (unless it has its own `src` or `plan`). Several URLs
   * separated by spaces show several agencies' plans as one, joined on their national framework ids.
   */
  @property() src?: string;

  /** URL(s) of the framework catalogue(s) the plan links into, for every element inside. */
  @property({ attribute: 'catalogue-src' }) catalogueSrc?: string;

  /** An already parsed plan (or an array of plans, shown as one) for every element inside. */
  @property({ attribute: false }) plan?: unknown;

  /** Id of the selected plan item (or mark); reflected, so a page can link to it or style by it. */
  @property({ reflect: true }) selected?: string;

  /** The elements this group links. */
  get members(): Linkable[] {
    return [...this.querySelectorAll('*')].filter(isLinkable);
  }

  /** Clears the shared selection. */
  clear(): void {
    this.select(undefined, null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('codi-select', this.onSelect);
    this.addEventListener('keydown', this.onKey);
    this.observer = new MutationObserver(() => this.apply());
    this.observer.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('codi-select', this.onSelect);
    this.removeEventListener('keydown', this.onKey);
    this.observer?.disconnect();
  }

  private onSelect = (e: Event): void => {
    const detail = (e as CustomEvent<MarkDetail>).detail;
    const id = detail.itemId ?? detail.id;
    this.select(id === this.selected ? undefined : id, detail);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.selected !== undefined) this.clear();
  };

  private select(id: string | undefined, detail: MarkDetail | null): void {
    this.selected = id;
    this.dispatchEvent(new CustomEvent('codi-link', { detail: { selected: id, detail }, bubbles: true, composed: true }));
  }

  /** Gives each member the group's plan (where it has none of its own) and the selection. */
  private apply(): void {
    for (const el of this.members) {
      const own = el.hasAttribute('src') && el.getAttribute('src') !== this.src;
      if (!own && el.plan === undefined && this.plan === undefined && this.src && el.src !== this.src) el.src = this.src;
      if (!own && this.plan !== undefined && el.plan !== this.plan) el.plan = this.plan;
      if (this.catalogueSrc && !el.hasAttribute('catalogue-src') && el.catalogueSrc !== this.catalogueSrc) el.catalogueSrc = this.catalogueSrc;
      if (el.highlight !== this.selected) el.highlight = this.selected;
    }
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.apply();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
