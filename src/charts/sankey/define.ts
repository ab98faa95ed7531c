import { CodiAlignmentSankey } from './codi-alignment-sankey.js';

/** Registers `<codi-alignment-sankey>` (only once, so two bundles on a page do not clash). */
if (!customElements.get('codi-alignment-sankey')) customElements.define('codi-alignment-sankey', CodiAlignmentSankey);

declare global {
  interface HTMLElementTagNameMap {
    'codi-alignment-sankey': CodiAlignmentSankey;
  }
}

export { CodiAlignmentSankey };
