import { CodiHouseholdMap } from './codi-household-map.js';

/** Registers `<codi-household-map>` (only once, so two bundles on a page do not clash). */
if (!customElements.get('codi-household-map')) customElements.define('codi-household-map', CodiHouseholdMap);

declare global {
  interface HTMLElementTagNameMap {
    'codi-household-map': CodiHouseholdMap;
  }
}

export { CodiHouseholdMap };
