/**
 * What an element shows while it has no plan to draw: loading, the error
 * (every problem located by its JSON path, a retry for faults worth
 * retrying), or the hint to give it a plan. The same for every element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanErrorDetail } from './events.js';
import type { Lang } from '../format/label.js';
import { t } from './i18n.js';

/** Problems listed in full; the rest are counted. */
const SHOWN_PROBLEMS = 8;

export function renderState(status: string, failure: PlanErrorDetail | undefined, lang: Lang, retry: () => void): TemplateResult {
  if (status === 'loading') {
    return html`<div class="state loading" part="state" role="status"><p>${t('loading', lang)}</p><div class="bar"></div></div>`;
  }
  if (status === 'error' && failure) {
    const shown = failure.problems?.slice(0, SHOWN_PROBLEMS) ?? [];
    const more = (failure.problems?.length ?? 0) - shown.length;
    return html`<div class="state error" part="state error" role="alert">
      <p class="heading">${t(failure.kind === 'invalid' ? 'invalidTitle' : 'errorTitle', lang)}</p>
      <p>${failure.kind === 'invalid' ? t('problemCount', lang, { n: failure.problems?.length ?? 0 }) : failure.message}</p>
      ${shown.length
        ? html`<ul>
            ${shown.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            ${more > 0 ? html`<li>${t('moreProblems', lang, { n: more })}</li>` : nothing}
          </ul>`
        : nothing}
      ${failure.retryable ? html`<button part="retry" @click=${retry}>${t('retry', lang)}</button>` : nothing}
    </div>`;
  }
  return html`<div class="state" part="state" role="status"><p>${t('noData', lang)}</p><p class="subtitle">${t('noDataHint', lang)}</p></div>`;
}
