import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { CODI_PLAN } from './support.js';
import { AGENCY_PLANS, CATALOGUE } from './support-agencies.js';

interface Args {
  src: string;
  lang: 'th' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/Plan group',
  component: 'codi-plan-group',
  args: { src: AGENCY_PLANS, lang: 'th' },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  render: (a) =>
    html`<codi-plan-group src=${a.src} catalogue-src=${CATALOGUE} lang=${a.lang}>
      <div style="display: grid; gap: 1.5rem; max-width: 1200px">
        <codi-alignment-sankey></codi-alignment-sankey>
        <codi-budget-treemap></codi-budget-treemap>
        <codi-kpi-board></codi-kpi-board>
        <codi-household-map></codi-household-map>
      </div>
    </codi-plan-group>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A ministry portal: two agencies' plans (CODI's and a fictional department's, every figure of which is
 * illustrative) in one linked dashboard. Select an agency or a program in one chart to highlight it in the
 * others and narrow the KPI board to it; Escape clears the selection.
 */
export const SeveralAgencies: Story = {};

/** The same dashboard in English. */
export const SeveralAgenciesEnglish: Story = { args: { lang: 'en' } };

/** One agency's linked dashboard. */
export const OneAgency: Story = { args: { src: CODI_PLAN } };
