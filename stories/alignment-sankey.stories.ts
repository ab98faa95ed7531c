import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/sankey/define.js';
import { CODI_PLAN, emptyPlan, invalidPlan, pendingUrl, sized } from './support.js';
import { largeSankeyPlan } from './support-large-sankey.js';
import { AGENCY_PLANS, CATALOGUE, SECOND_PLAN } from './support-agencies.js';

interface Args {
  src?: string;
  plan?: unknown;
  catalogueSrc?: string;
  framework?: string;
  depth: number;
  showSubprograms: boolean;
  weight: 'budget' | 'count';
  lang: 'th' | 'en';
  thaiDigits: boolean;
  table: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Alignment sankey',
  component: 'codi-alignment-sankey',
  args: { src: CODI_PLAN, depth: 2, showSubprograms: false, weight: 'budget', lang: 'th', thaiDigits: false, table: false, width: 1100 },
  argTypes: {
    framework: { control: 'select', options: [undefined, 'national-strategy', 'master-plan', 'national-plan', 'sdg', 'level-3-plan', 'agency-plan'] },
    weight: { control: 'inline-radio', options: ['budget', 'count'] },
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    depth: { control: { type: 'range', min: 1, max: 4, step: 1 } },
    width: { control: { type: 'range', min: 280, max: 1800, step: 10 } },
  },
  render: (a) =>
    sized(
      a.width,
      html`<codi-alignment-sankey
        src=${a.src ?? nothing}
        .plan=${a.plan}
        catalogue-src=${a.catalogueSrc ?? nothing}
        framework=${a.framework ?? nothing}
        depth=${a.depth}
        ?show-subprograms=${a.showSubprograms}
        weight=${a.weight}
        lang=${a.lang}
        ?thai-digits=${a.thaiDigits}
        ?table=${a.table}
      ></codi-alignment-sankey>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The CODI FY2567 plan against the national strategy (primary: strategy 4, secondary: strategy 6), weighted by budget. */
export const CodiThai: Story = {};

/** The same in English. */
export const CodiEnglish: Story = { args: { lang: 'en' } };

/** Against the master plans (issue 17 primary; 15, 16 and 21 secondary): programs serving several issues share their budget. */
export const MasterPlans: Story = { args: { framework: 'master-plan' } };

/** Against SDG 11 (target 11.1): only the housing program is linked; the rest says so. */
export const Sdgs: Story = { args: { framework: 'sdg' } };

/** Against the level-3 plans (20-year housing plan, Prem Prachakorn canal plan). */
export const Level3Plans: Story = { args: { framework: 'level-3-plan' } };

/** Against CODI's own 5-year plan: each development issue links to its 5-year counterpart. */
export const AgencyFiveYearPlan: Story = { args: { framework: 'agency-plan', lang: 'en' } };

/** The 13th national plan: the dataset states no program-level link to its milestones, and the chart says so. */
export const NationalPlanNoLinks: Story = { args: { framework: 'national-plan' } };

/** Sub-programs as a fourth column; money the plan does not split by sub-program is shown as such. */
export const SubPrograms: Story = { args: { showSubprograms: true, width: 1280 } };

/** Counted by items instead of budget. */
export const CountWeighting: Story = { args: { weight: 'count', showSubprograms: true, width: 1280 } };

/** At a phone's width: sub-programs are dropped, labels wrap at Thai word boundaries. */
export const Narrow: Story = { args: { width: 360, showSubprograms: true } };

/** On a wall screen. */
export const Wide: Story = { args: { width: 1800, showSubprograms: true, lang: 'en' } };

/** Thai digits, as some government pages print them. */
export const ThaiDigits: Story = { args: { thaiDigits: true } };

/** Every flow as a table (source, target, value, share). */
export const TableView: Story = { args: { table: true, showSubprograms: true } };

/** A made-up plan with hundreds of programs and sub-programs: small nodes drop their labels but stay reachable by keyboard, tooltip and table. */
export const LargeIllustrative: Story = { args: { src: undefined, plan: largeSankeyPlan(), showSubprograms: true, width: 1280 } };

/** While the plan loads. */
export const Loading: Story = { args: { src: pendingUrl('sankey.json') } };

/** A plan that breaks the schema's rules: every problem listed with its JSON path. */
export const InvalidPlan: Story = { args: { src: undefined, plan: invalidPlan() } };

/** A file that is not there. */
export const NotFound: Story = { args: { src: '/data/no-such-plan.json' } };

/** A valid plan with no items: the empty state says why. */
export const Empty: Story = { args: { src: undefined, plan: emptyPlan() } };

/**
 * A ministry and its agencies in one view: `src` lists two plans (CODI's and a fictional department's,
 * every figure of which is illustrative) and `catalogue-src` the national catalogue they link into.
 * Each national item appears once; the agencies are the first plan column and every flow has its agency's colour.
 */
export const SeveralAgencies: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE } };

/** The same in English, with programs shown. */
export const SeveralAgenciesEnglish: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, lang: 'en', showSubprograms: true } };

/** Two agencies against the master plans: issue 17 and its sub-plans are reached from both. */
export const SeveralAgenciesMasterPlans: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, framework: 'master-plan' } };

/** The second (fictional) agency's plan on its own: three levels, linked by catalogue id. */
export const SecondAgency: Story = { args: { src: SECOND_PLAN, catalogueSrc: CATALOGUE } };
