import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/index.js';
import { CODI_PLAN, CODI_SAMPLE } from './support.js';

interface Args {
  lang: 'th' | 'en';
}

/**
 * The same four elements under each look. Everything is done the way a site would do it:
 * a ready stylesheet and a class (`themes/dark.css` + `.codi-theme-dark`), or the site's own
 * `--codi-*` values and `::part()` rules. The elements paint no page background, so each
 * frame below plays the page and takes the theme's surface colour.
 */
const meta: Meta<Args> = {
  title: 'Guides/Theming',
  args: { lang: 'th' },
  argTypes: { lang: { control: 'inline-radio', options: ['th', 'en'] } },
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj<Args>;

const frameStyles = html`<style>
  .theme-frame {
    background: var(--codi-color-surface, #ffffff);
    color: var(--codi-color-text, #1c2530);
    padding: 1rem 1.25rem 1.5rem;
  }
  .theme-frame h2 {
    margin: 0 0 0.75rem;
    font-size: 1.1rem;
  }
  .theme-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: 1.25rem;
    max-width: 1100px;
  }
</style>`;

/** A gauge and the sankey on the CODI plan, the treemap, and the map with its (labelled) sample split. */
function elements(lang: string): TemplateResult {
  return html`<div class="theme-grid">
    <codi-kpi-gauge src=${CODI_SAMPLE} kpi="kpi-3-6" lang=${lang}></codi-kpi-gauge>
    <codi-household-map src=${CODI_SAMPLE} view="region" lang=${lang}></codi-household-map>
    <codi-budget-treemap src=${CODI_PLAN} lang=${lang}></codi-budget-treemap>
    <codi-alignment-sankey src=${CODI_PLAN} lang=${lang}></codi-alignment-sankey>
  </div>`;
}

function themed(title: string, theme: 'dark' | 'high-contrast' | undefined, lang: string): TemplateResult {
  return html`${frameStyles}${theme ? html`<link rel="stylesheet" href=${`/themes/${theme}.css`} />` : nothing}
    <section class=${`theme-frame ${theme ? `codi-theme-${theme}` : ''}`} lang=${lang}>
      <h2>${title}</h2>
      ${elements(lang)}
    </section>`;
}

/** No theme: the defaults (every colour has a default in `src/core/theme.ts`). */
export const Default: Story = { render: (a) => themed('ค่าเริ่มต้น · Default', undefined, a.lang) };

/**
 * `themes/dark.css` with `class="codi-theme-dark"` on a wrapper (or on `<html>`). Text stays
 * at 4.5:1 or more, white text on every category colour too.
 */
export const Dark: Story = { render: (a) => themed('ธีมมืด · Dark (themes/dark.css)', 'dark', a.lang) };

/** `themes/high-contrast.css` with `class="codi-theme-high-contrast"`: text at 7:1 or more. */
export const HighContrast: Story = { render: (a) => themed('ความต่างสีสูง · High contrast (themes/high-contrast.css)', 'high-contrast', a.lang) };

/**
 * A ministry restyles the elements to its own colours: its funding-source and
 * development-issue colours (`--codi-source-N`, `--codi-issue-N`), a purple scale for the map
 * (`--codi-seq-1…6`: steps 1-3 light under dark text, 4-6 dark under white), its accent, font size and
 * square corners, and `::part()` rules for the header and the frame of each chart. The
 * ministry and its palette are made up for this example.
 */
export const MinistryBrand: Story = {
  render: (a) => html`${frameStyles}<style>
      .ministry {
        --codi-color-accent: #5b2c83;
        --codi-color-focus: #5b2c83;
        --codi-color-border: #b9a6cc;
        --codi-color-track: #ece4f3;
        --codi-radius: 0;
        --codi-font-size: 15px;
        --codi-source-1: #5b2c83;
        --codi-source-2: #a04a00;
        --codi-issue-1: #5b2c83;
        --codi-issue-2: #a04a00;
        --codi-issue-3: #00695c;
        --codi-issue-4: #7a5c00;
        --codi-seq-1: #f3edf8;
        --codi-seq-2: #dccbeb;
        --codi-seq-3: #c0a3da;
        --codi-seq-4: #7d4fa8;
        --codi-seq-5: #5b2c83;
        --codi-seq-6: #3d1d5c;
        --codi-gauge-value: #5b2c83;
        background: #ffffff;
        padding: 0 1.25rem 1.5rem;
      }
      .ministry-bar {
        margin: 0 -1.25rem 1rem;
        padding: 0.6rem 1.25rem;
        background: #3d1d5c;
        color: #ffffff;
        font-weight: 700;
      }
      .ministry ::part(base) {
        border-top: 4px solid #5b2c83;
        padding-top: 0.5rem;
      }
      .ministry ::part(header) {
        border-bottom: 1px solid #b9a6cc;
        padding-bottom: 0.25rem;
      }
      .ministry ::part(table-toggle) {
        background: #5b2c83;
        border-color: #5b2c83;
        color: #ffffff;
      }
    </style>
    <section class="ministry" lang=${a.lang}>
      <p class="ministry-bar">กระทรวงตัวอย่าง · An example ministry (made-up branding)</p>
      ${elements(a.lang)}
    </section>`,
};
