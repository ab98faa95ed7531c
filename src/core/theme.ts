/**
 * The one colour theme. Every colour an element uses is a `--codi-*` custom
 * property with a default here; a site restyles by setting the property,
 * and a dark or high-contrast theme is only a set of values.
 *
 * Categories (funding sources, development issues, regions, agencies) take
 * the plan's order: the first source is `--codi-source-1`, falling back to
 * the shared palette `--codi-cat-1` … `--codi-cat-8`, then repeating.
 */
import { css } from 'lit';
import { AGENCY_LEVEL } from '../schema/agency.js';

export type CategoryKind = 'source' | 'issue' | 'region' | 'agency';

/**
 * The kind of colour a plan's top-level items take: `agency` when its first
 * level is agencies (several plans shown as one, see combinePlans), else
 * `issue` (development issues). Colour by top-level item with
 * `categoryColor(topLevelKind(plan), index)`.
 */
export function topLevelKind(plan: { levels?: readonly { id: string }[] }): CategoryKind {
  return plan.levels?.[0]?.id === AGENCY_LEVEL ? 'agency' : 'issue';
}

/** Palette chosen to keep white text at WCAG AA (≥ 4.5:1) and stay apart for common colour-vision deficiencies. */
export const PALETTE = ['#1f5fa8', '#a8490b', '#18794e', '#86398b', '#8a6100', '#0b7285', '#b0305c', '#4f5866'] as const;

/** CSS value for the colour of category `index` (0-based) of `kind`. */
export function categoryColor(kind: CategoryKind, index: number): string {
  const n = index + 1;
  const i = index % PALETTE.length;
  return `var(--codi-${kind}-${n}, var(--codi-cat-${i + 1}, ${PALETTE[i]}))`;
}

/** The sequential scale (light to dark) used by the household map. */
export const SEQUENTIAL = ['#e8f1f8', '#b9d4ea', '#7fb0d8', '#3f83bf', '#1a5797', '#0b3566'] as const;

/** CSS value for step `index` (0-based) of the sequential scale. */
export function sequentialColor(index: number): string {
  const i = Math.max(0, Math.min(SEQUENTIAL.length - 1, index));
  return `var(--codi-seq-${i + 1}, ${SEQUENTIAL[i]})`;
}

/**
 * Private aliases of the public tokens with their defaults. Public tokens are
 * only read, never set here, so a page may set them on any ancestor.
 */
export const tokens = css`
  :host {
    --_font: var(--codi-font-family, 'Sarabun', 'Noto Sans Thai', 'Leelawadee UI', 'Thonburi', 'Tahoma', sans-serif);
    --_text: var(--codi-color-text, #1c2530);
    --_muted: var(--codi-color-muted, #4d5a68);
    --_surface: var(--codi-color-surface, #ffffff);
    --_border: var(--codi-color-border, #c5ced8);
    --_track: var(--codi-color-track, #e3e8ee);
    --_focus: var(--codi-color-focus, #0b57d0);
    --_good: var(--codi-color-good, #18794e);
    --_bad: var(--codi-color-bad, #b42318);
    --_warn: var(--codi-color-warn, #8a5300);
    --_accent: var(--codi-color-accent, #1f5fa8);
    --_radius: var(--codi-radius, 6px);
    --_font-size: var(--codi-font-size, 14px);
  }
`;
