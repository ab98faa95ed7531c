import { CodiBudgetTreemap } from './codi-budget-treemap.js';

/** Registers `<codi-budget-treemap>` (only once, so two bundles on a page do not clash). */
if (!customElements.get('codi-budget-treemap')) customElements.define('codi-budget-treemap', CodiBudgetTreemap);

declare global {
  interface HTMLElementTagNameMap {
    'codi-budget-treemap': CodiBudgetTreemap;
  }
}

export { CodiBudgetTreemap };
export type { DrillDetail } from './codi-budget-treemap.js';
