/** The map's header controls: the project picker, the province / region picker and the button leaving a region filter. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../schema/plan.js';
import type { Lang } from '../../format/label.js';
import { DEFAULT_REGIONS } from './regions.js';
import { projectName } from './describe.js';
import { ms } from './strings.js';

/** The element's settings the controls show and change (the element itself). */
export interface MapSettings {
  project?: string;
  view: 'province' | 'region';
  region?: string;
}

/**
 * The controls of `plan` for `host`; `named` is the plan whose project names
 * are shown (with their agency when several are shown as one), and
 * `wholeCountry` leaves the region filter.
 */
export function mapControls(plan: Plan, host: MapSettings, lang: Lang, named: Plan | undefined, wholeCountry: () => void): TemplateResult | typeof nothing {
  const hh = plan.households;
  if (!hh?.projects.length) return nothing;
  const level = hh.breakdown?.level ?? 'none';
  const region = host.view === 'province' && level === 'province' ? (plan.regions ?? DEFAULT_REGIONS).find((r) => r.id === host.region) : undefined;
  return html`<label><span class="visually-hidden">${ms('project', lang)}</span>
        <select part="project-select" @change=${(e: Event) => (host.project = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!host.project}>${ms('allProjects', lang)}</option>
          ${hh.projects.map((p) => html`<option value=${p.id} ?selected=${p.id === host.project}>${projectName(named, p, lang, true)}</option>`)}
        </select></label
      >${level !== 'none'
        ? html`<label><span class="visually-hidden">${ms('view', lang)}</span>
            <select part="view-select" @change=${(e: Event) => (host.view = (e.target as HTMLSelectElement).value === 'region' ? 'region' : 'province')}>
              <option value="province" ?selected=${host.view !== 'region' && level === 'province'} ?disabled=${level !== 'province'}>${ms('byProvince', lang)}</option>
              <option value="region" ?selected=${host.view === 'region' || level === 'region'}>${ms('byRegion', lang)}</option>
            </select></label
          >`
        : nothing}${region ? html`<button part="clear-region" @click=${wholeCountry}>${ms('wholeCountry', lang)}</button>` : nothing}`;
}
