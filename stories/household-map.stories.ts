import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/charts/map/define.js';
import { CODI_PLAN, CODI_SAMPLE, sized } from './support.js';
import { AGENCY_PLANS, CATALOGUE, SECOND_PLAN } from './support-agencies.js';

/** Boundaries of the 77 provinces (Natural Earth, public domain), for the geometry mode. */
const PROVINCE_BOUNDARIES = '/data/geo/th-provinces.topo.json';

interface Args {
  src?: string;
  catalogueSrc?: string;
  project?: string;
  view: 'province' | 'region';
  region?: string;
  geoSrc?: string;
  lang: 'th' | 'en';
  thaiDigits: boolean;
  table: boolean;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Household map',
  component: 'codi-household-map',
  args: { src: CODI_SAMPLE, view: 'province', lang: 'th', thaiDigits: false, table: false, width: 900 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    view: { control: 'inline-radio', options: ['province', 'region'] },
    project: { control: 'select', options: [undefined, 'hh-baan-mankong', 'hh-prem-canal', 'hh-baan-pho-phiang', 'hh-temporary', 'hh-rail'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (a) =>
    sized(
      a.width,
      html`<codi-household-map
        src=${a.src ?? nothing}
        catalogue-src=${a.catalogueSrc ?? nothing}
        project=${a.project ?? nothing}
        view=${a.view}
        region=${a.region ?? nothing}
        geo-src=${a.geoSrc ?? nothing}
        lang=${a.lang}
        ?thai-digits=${a.thaiDigits}
        ?table=${a.table}
      ></codi-household-map>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** CODI's own plan gives national targets only: the element lists them and says the source has no regional breakdown. */
export const CodiNationalTotals: Story = { args: { src: CODI_PLAN } };

/** The illustrative provincial split (made up, labelled so) on the built-in tile grid. */
export const IllustrativeSplit: Story = {};

/** The same in English: English names where they fit, three-letter codes where they do not. */
export const IllustrativeSplitEnglish: Story = { args: { lang: 'en' } };

/** One housing project: Baan Mankong. */
export const OneProject: Story = { args: { project: 'hh-baan-mankong' } };

/** Totals per region (the sample's regions); selecting a region filters the province map to it. */
export const RegionView: Story = { args: { view: 'region' } };

/** The province map filtered to one region, as after selecting it in the region view. */
export const OneRegion: Story = { args: { region: 'region-northeast', lang: 'en' } };

/** A site's own boundaries: the Natural Earth provinces (TopoJSON), projected and fitted to the element. */
export const Geometry: Story = { args: { geoSrc: PROVINCE_BOUNDARIES } };

/** A boundary file that is not there: a readable note, and the tile map instead. */
export const GeometryMissing: Story = { args: { geoSrc: '/data/geo/no-such-boundaries.json', width: 600 } };

/** At a phone's width. */
export const Narrow: Story = { args: { width: 360 } };

/** At a phone's width, in English, with the CODI plan's national totals. */
export const NarrowNationalEnglish: Story = { args: { src: CODI_PLAN, width: 360, lang: 'en' } };

/**
 * The table view: regions with their provinces (one project here; with all
 * projects it has a column per project and scrolls sideways on narrow pages).
 */
export const Table: Story = { args: { table: true, project: 'hh-baan-pho-phiang' } };

/** Two agencies' plans as one: only CODI has household targets, so only its projects are drawn, and the element says the other agency has none. */
export const SeveralAgencies: Story = { args: { src: AGENCY_PLANS, catalogueSrc: CATALOGUE } };

/** The same with CODI's illustrative regional split, in English. */
export const SeveralAgenciesEnglish: Story = { args: { src: `${CODI_SAMPLE} ${SECOND_PLAN}`, catalogueSrc: CATALOGUE, lang: 'en' } };

/** The second (fictional) agency alone has no household targets: the empty state says so. */
export const SecondAgency: Story = { args: { src: SECOND_PLAN, catalogueSrc: CATALOGUE } };
