/**
 * codi-plan-viz: registers every element and exports the public API: the
 * elements (elements.ts, also the one-file bundle's entry) and the plan
 * schema with its validation (schema/index.ts).
 * To register one element only, import its `define` module, e.g.
 * `codi-plan-viz/charts/gauge/define.js`.
 */
export * from './elements.js';
export * from './schema/index.js';
