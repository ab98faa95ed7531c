/**
 * Every element, registered, with what a page needs beside them: loading a
 * plan and the theme's colours. This is the entry of the one-file bundle
 * `dist/codi-plan-viz.iife.js` (global `CodiPlanViz`). The schema's API
 * (`validatePlan`, the zod schemas) is not in it, since it would put zod on
 * every page: it is in the ES modules (`codi-plan-viz`, see index.ts) and
 * the `codi-plan` command.
 */
import './charts/gauge/define.js';
import './charts/map/define.js';
import './charts/sankey/define.js';
import './charts/treemap/define.js';
import './group/define.js';

export { CodiKpiGauge, CodiKpiBoard } from './charts/gauge/define.js';
export { CodiAlignmentSankey } from './charts/sankey/define.js';
export { CodiHouseholdMap } from './charts/map/define.js';
export { CodiBudgetTreemap } from './charts/treemap/define.js';
export { CodiPlanGroup } from './group/define.js';

/** Every element this bundle defines. */
export const ELEMENT_TAGS = ['codi-alignment-sankey', 'codi-budget-treemap', 'codi-household-map', 'codi-kpi-gauge', 'codi-kpi-board'] as const;
export { PlanElement, type ElementState } from './core/plan-element.js';
export type { MarkDetail, MarkKind, PlanErrorDetail, HoverEvent, SelectEvent, PlanErrorEvent } from './core/events.js';
export type { TableData } from './core/table.js';
export { loadPlan } from './core/loader.js';
export { categoryColor, PALETTE } from './core/theme.js';
