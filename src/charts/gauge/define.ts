import { CodiKpiGauge } from './codi-kpi-gauge.js';
import { CodiKpiBoard } from './codi-kpi-board.js';

/** Registers the gauge elements (only once, so two bundles on a page do not clash). */
if (!customElements.get('codi-kpi-gauge')) customElements.define('codi-kpi-gauge', CodiKpiGauge);
if (!customElements.get('codi-kpi-board')) customElements.define('codi-kpi-board', CodiKpiBoard);

declare global {
  interface HTMLElementTagNameMap {
    'codi-kpi-gauge': CodiKpiGauge;
    'codi-kpi-board': CodiKpiBoard;
  }
}

export { CodiKpiGauge, CodiKpiBoard };
