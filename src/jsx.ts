/**
 * JSX types for React 19, which passes properties and events to custom
 * elements natively. Bring them in once, anywhere in a React + TypeScript app:
 *
 * ```ts
 * import type {} from 'codi-plan-viz/jsx';
 * ```
 *
 * Then `<codi-kpi-gauge src="…" kpi="kpi-3-6" oncodi-select={(e) => e.detail.label} />`
 * is type-checked: every element's properties (camelCase, set as properties
 * by React 19: `plan={object}`, `thaiDigits`), and its events as
 * `on` + the exact event name (`oncodi-select`, `oncodi-hover`,
 * `oncodi-error`, and `oncodi-drill`, `oncodi-link`), which is how React 19 attaches a listener
 * for a custom element's event. The event `detail` is typed.
 *
 * This module has no runtime code and is not part of `codi-plan-viz`'s main
 * entry, so apps without React never see these types.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CodiKpiBoard, CodiKpiGauge } from './charts/gauge/define.js';
import type { CodiHouseholdMap } from './charts/map/define.js';
import type { CodiAlignmentSankey } from './charts/sankey/define.js';
import type { CodiBudgetTreemap } from './charts/treemap/define.js';
import type { DrillDetail } from './charts/treemap/codi-budget-treemap.js';
import type { CodiPlanGroup } from './group/define.js';
import type { HoverEvent, MarkDetail, PlanErrorEvent, SelectEvent } from './core/events.js';

/** The inputs every chart takes (see the README's shared attributes). */
type SharedProps = 'src' | 'plan' | 'catalogueSrc' | 'catalogues' | 'lang' | 'thaiDigits' | 'era' | 'table' | 'highlight' | 'timeout' | 'maxBytes';

/** Event props, named as React 19 expects for a custom element: `on` + the event's exact name. */
export interface CodiEventProps {
  'oncodi-select'?: (event: SelectEvent) => void;
  'oncodi-hover'?: (event: HoverEvent) => void;
  /** Bubbling twin of the element's `error` event. */
  'oncodi-error'?: (event: PlanErrorEvent) => void;
}

/** JSX props of a codi element `E`: the usual HTML attributes, its own properties `K`, its events. */
export type CodiElementProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, K>> &
  CodiEventProps;

export type CodiPlanGroupProps = DetailedHTMLProps<HTMLAttributes<CodiPlanGroup>, CodiPlanGroup> &
  Partial<Pick<CodiPlanGroup, 'src' | 'plan' | 'catalogueSrc' | 'selected'>> & {
    'oncodi-link'?: (event: CustomEvent<{ selected: string | undefined; detail: MarkDetail | null }>) => void;
    'oncodi-select'?: (event: SelectEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'codi-kpi-gauge': CodiElementProps<CodiKpiGauge, SharedProps | 'kpi'>;
      'codi-kpi-board': CodiElementProps<CodiKpiBoard, SharedProps | 'issue'>;
      'codi-alignment-sankey': CodiElementProps<CodiAlignmentSankey, SharedProps | 'framework' | 'depth' | 'showSubprograms' | 'weight'>;
      'codi-budget-treemap': CodiElementProps<CodiBudgetTreemap, SharedProps | 'path' | 'colorBy' | 'height'> & {
        'oncodi-drill'?: (event: CustomEvent<DrillDetail>) => void;
      };
      'codi-household-map': CodiElementProps<CodiHouseholdMap, SharedProps | 'project' | 'view' | 'region' | 'geoSrc' | 'geoKey' | 'geoObject'>;
      'codi-plan-group': CodiPlanGroupProps;
    }
  }
}
