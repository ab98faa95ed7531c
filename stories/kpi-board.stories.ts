import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/gauge/define.js';
import { CODI_PLAN, CODI_SAMPLE, emptyPlan, sized } from './support.js';
import { AGENCY_PLANS, CATALOGUE, SECOND_PLAN } from './support-agencies.js';

interface Args {
  src?: string;
  plan?: unknown;
  catalogueSrc?: string;
  issue?: string;
  lang: 'th' | 'en';
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/KPI board',
  component: 'codi-kpi-board',
  args: { src: CODI_PLAN, issue: 'issue-3', lang: 'th', width: 1000 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    width: { control: { type: 'range', min: 240, max: 1600, step: 10 } },
  },
  render: (a) => sized(a.width, html`<codi-kpi-board src=${a.src ?? nothing} .plan=${a.plan} catalogue-src=${a.catalogueSrc ?? nothing} issue=${a.issue ?? nothing} lang=${a.lang}></codi-kpi-board>`),
};
export default meta;
type Story = StoryObj<Args>;

/** Development issue 3 of the CODI plan: targets only, no results reported yet. */
export const Issue3: Story = {};

/** Issue 3 with illustrative results (sample data, labelled). */
export const Issue3Illustrative: Story = { args: { src: CODI_SAMPLE } };

/** Every KPI of the plan, in English. */
export const AllKpisEnglish: Story = { args: { issue: undefined, lang: 'en', src: CODI_SAMPLE } };

/** At a phone's width: one column. */
export const Narrow: Story = { args: { width: 360, issue: 'issue-1' } };

/** A valid plan without KPIs. */
export const Empty: Story = { args: { src: undefined, plan: emptyPlan() } };

/** A ministry and its agencies: every KPI of both plans, grouped by agency (the second agency's results are illustrative). */
export const SeveralAgencies: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, issue: undefined } };

/** The same in English, narrowed to the second agency's first strategy by `issue` (a prefixed id). */
export const SeveralAgenciesEnglish: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, issue: 'sample-agency-2567-illustrative:ex-strategy-1', lang: 'en' } };

/** The second (fictional) agency's plan on its own. */
export const SecondAgency: Story = { args: { src: SECOND_PLAN, catalogueSrc: CATALOGUE, issue: undefined } };
