import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/gauge/define.js';
import { CODI_PLAN, CODI_SAMPLE, emptyPlan, invalidPlan, pendingUrl, sized } from './support.js';
import { AGENCY_PLANS, CATALOGUE, SECOND_PLAN } from './support-agencies.js';

interface Args {
  src?: string;
  plan?: unknown;
  catalogueSrc?: string;
  kpi?: string;
  lang: 'th' | 'en';
  thaiDigits: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/KPI gauge',
  component: 'codi-kpi-gauge',
  args: { src: CODI_SAMPLE, kpi: 'kpi-3-6', lang: 'th', thaiDigits: false, width: 420 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    width: { control: { type: 'range', min: 200, max: 1200, step: 10 } },
  },
  render: (a) =>
    sized(a.width, html`<codi-kpi-gauge src=${a.src ?? nothing} .plan=${a.plan} catalogue-src=${a.catalogueSrc ?? nothing} kpi=${a.kpi ?? nothing} lang=${a.lang} ?thai-digits=${a.thaiDigits}></codi-kpi-gauge>`),
};
export default meta;
type Story = StoryObj<Args>;

/** NPL (lower is better) with an illustrative reported result: the label says it is sample data. */
export const LowerIsBetterIllustrative: Story = {};

/** The same in English. */
export const English: Story = { args: { lang: 'en' } };

/** A higher-is-better count (households housed) with an illustrative result. */
export const HouseholdsIllustrative: Story = { args: { kpi: 'kpi-1-8' } };

/** The real CODI plan has targets only: the gauge says no result is reported yet. */
export const NoResultReported: Story = { args: { src: CODI_PLAN, kpi: 'kpi-4-4' } };

/** Thai digits, as some government pages print them. */
export const ThaiDigits: Story = { args: { thaiDigits: true } };

/** At a phone's width. */
export const Narrow: Story = { args: { width: 240 } };

/** While the plan loads. */
export const Loading: Story = { args: { src: pendingUrl('gauge.json') } };

/** A plan that breaks the schema's rules: every problem listed with its JSON path. */
export const InvalidPlan: Story = { args: { src: undefined, plan: invalidPlan() } };

/** A file that is not there: a readable error (404 is not retried). */
export const NotFound: Story = { args: { src: '/data/no-such-plan.json' } };

/** A valid plan without KPIs: the empty state says why. */
export const Empty: Story = { args: { src: undefined, plan: emptyPlan() } };

/** Two agencies' plans as one: a KPI is named by its plan id and its own id (`codi-2567:kpi-3-6`); the title says whose it is. */
export const SeveralAgencies: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, kpi: 'codi-2567:kpi-3-6' } };

/** The second (fictional) agency's lower-is-better KPI from the same two plans, in English. */
export const SeveralAgenciesEnglish: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, kpi: 'sample-agency-2567-illustrative:ex-kpi-1-4', lang: 'en' } };
