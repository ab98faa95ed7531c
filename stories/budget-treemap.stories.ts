import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/treemap/define.js';
import type { Plan } from '../src/schema/plan.js';
import { CODI_PLAN, emptyPlan, invalidPlan, pendingUrl, sized } from './support.js';
import { largeIllustrativePlan } from './support-large.js';
import { AGENCY_PLANS, CATALOGUE, SECOND_PLAN } from './support-agencies.js';

interface Args {
  src?: string;
  plan?: unknown;
  catalogueSrc?: string;
  path?: string;
  colorBy?: 'source' | 'issue';
  highlight?: string;
  lang: 'th' | 'en';
  thaiDigits: boolean;
  table: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Budget treemap',
  component: 'codi-budget-treemap',
  args: { src: CODI_PLAN, colorBy: 'source', lang: 'th', thaiDigits: false, table: false, width: 900 },
  argTypes: {
    colorBy: { control: 'inline-radio', options: ['source', 'issue'] },
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 10 } },
  },
  render: (a) =>
    sized(
      a.width,
      html`<codi-budget-treemap
        src=${a.src ?? nothing}
        .plan=${a.plan}
        catalogue-src=${a.catalogueSrc ?? nothing}
        path=${a.path ?? nothing}
        color-by=${a.colorBy ?? nothing}
        highlight=${a.highlight ?? nothing}
        lang=${a.lang}
        ?thai-digits=${a.thaiDigits}
        ?table=${a.table}
      ></codi-budget-treemap>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The whole CODI FY2567 budget, 6,088.9497 million baht, coloured by funding source. Click a cell (or focus it and press Enter) to drill down. */
export const WholeBudget: Story = {};

/** The same in English. */
export const English: Story = { args: { lang: 'en' } };

/** Coloured by development issue; the recurring budget and the reserve belong to none. */
export const ByDevelopmentIssue: Story = { args: { colorBy: 'issue', path: 'budget-action-plan' } };

/** Linked straight to program 3 by `path="program-3"`: its five housing projects and the money not itemised. */
export const ProgramThree: Story = { args: { path: 'program-3' } };

/** Program 3 in English, coloured by issue. */
export const ProgramThreeEnglish: Story = { args: { path: 'program-3', lang: 'en', colorBy: 'issue' } };

/** Development issue 1 with program 3 highlighted, as when it is selected in a linked chart. */
export const Highlighted: Story = { args: { path: 'issue-1', highlight: 'program-3' } };

/** At a phone's width: the chart grows taller than wide. */
export const Narrow: Story = { args: { width: 360, path: 'issue-1' } };

/** Narrow, in English. */
export const NarrowEnglish: Story = { args: { width: 360, lang: 'en' } };

/** On a wide screen. */
export const Wide: Story = { args: { width: 1400, path: 'budget-action-plan' } };

/** Thai digits, as some government pages print them. */
export const ThaiDigits: Story = { args: { thaiDigits: true, path: 'issue-1' } };

/** The drilled level as a table: values, shares and a totals row that equals the parent. */
export const Table: Story = { args: { table: true, path: 'program-3' } };

let large: Plan | undefined;

/**
 * A whole ministry: about 20,000 generated, illustrative budget lines (said on
 * screen). Cells too small to see are gathered into "อื่น ๆ (n รายการ)" per
 * parent, so the page stays small and quick.
 */
export const LargeIllustrativeBudget: Story = {
  args: { src: undefined, width: 1100 },
  render: (a) =>
    sized(a.width, html`<codi-budget-treemap .plan=${(large ??= largeIllustrativePlan())} color-by=${a.colorBy} lang=${a.lang}></codi-budget-treemap>`),
};

/** The sample agency with 1,400 sub-district grants, drilled into: most are gathered into one "other" cell. */
export const LargeIllustrativeManyLines: Story = {
  args: { src: undefined, width: 1100 },
  render: (a) =>
    sized(a.width, html`<codi-budget-treemap .plan=${(large ??= largeIllustrativePlan())} path="b-ag-1" color-by=${a.colorBy} lang=${a.lang}></codi-budget-treemap>`),
};

/** While the plan loads. */
export const Loading: Story = { args: { src: pendingUrl('treemap.json') } };

/** A plan that breaks the schema's rules: every problem listed with its JSON path. */
export const InvalidPlan: Story = { args: { src: undefined, plan: invalidPlan() } };

/** A valid plan without a budget: the empty state says so. */
export const Empty: Story = { args: { src: undefined, plan: emptyPlan() } };

/**
 * A ministry and its agencies in one view: two plans in `src`. The agencies are the top level, each in its
 * colour; each agency's cell is its plan's total and the whole is their exact sum. Click an agency to drill in.
 */
export const SeveralAgencies: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, colorBy: undefined } };

/** The same in English, drilled into the second (fictional) agency by `path` (its plan id) and coloured by funding source. */
export const SeveralAgenciesEnglish: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, lang: 'en', colorBy: 'source', path: 'sample-agency-2567-illustrative' } };

/** Several agencies at a phone's width. */
export const SeveralAgenciesNarrow: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE, colorBy: undefined, width: 360 } };

/** The second (fictional) agency's plan on its own: three funding sources. */
export const SecondAgency: Story = { args: { src: SECOND_PLAN, catalogueSrc: CATALOGUE } };
