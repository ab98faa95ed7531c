/**
 * The events every element emits. They bubble and cross shadow roots, so a
 * page (or a grouping element) can listen once for all charts, and the same
 * selection vocabulary lets a program selected in one chart be highlighted
 * in another.
 */

/** What kind of thing a mark stands for. */
export type MarkKind = 'item' | 'framework' | 'framework-item' | 'budget-line' | 'kpi' | 'region' | 'province' | 'project' | 'source' | 'link';

export interface MarkDetail {
  /** The plan the mark belongs to. */
  planId: string;
  kind: MarkKind;
  /** The id in the plan (an item, KPI, budget line…), or a province code. */
  id: string;
  /** The plan item the mark stands for or belongs to, when there is one (for linking charts). */
  itemId?: string;
  /** Label as shown, in the element's language. */
  label: string;
  value?: number;
  /** Unit id of `value` (e.g. "million-baht", "household"). */
  unit?: string;
}

/** `codi-hover`: a mark is hovered or focused; `detail` is null when it is left. */
export type HoverEvent = CustomEvent<MarkDetail | null>;
/** `codi-select`: a mark is selected (click, Enter, Space). */
export type SelectEvent = CustomEvent<MarkDetail>;

export interface PlanErrorDetail {
  kind: 'network' | 'http' | 'timeout' | 'too-large' | 'content-type' | 'json' | 'invalid';
  message: string;
  /** For `invalid`: every problem with its JSON path. */
  problems?: { path: string; message: string }[];
  /** True when trying again may help (network faults). */
  retryable: boolean;
}
/** `error`: the plan could not be loaded or is invalid. */
export type PlanErrorEvent = CustomEvent<PlanErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'codi-hover': HoverEvent;
    'codi-select': SelectEvent;
  }
}
