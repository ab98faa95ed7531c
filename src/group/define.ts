import { CodiPlanGroup } from './codi-plan-group.js';

if (!customElements.get('codi-plan-group')) customElements.define('codi-plan-group', CodiPlanGroup);

declare global {
  interface HTMLElementTagNameMap {
    'codi-plan-group': CodiPlanGroup;
  }
  interface HTMLElementEventMap {
    'codi-link': CustomEvent<{ selected: string | undefined; detail: import('../core/events.js').MarkDetail | null }>;
  }
}

export { CodiPlanGroup };
