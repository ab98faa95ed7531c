import type { Label } from '../schema/plan.js';

/** The two languages every element speaks: Thai first, English too. */
export type Lang = 'th' | 'en';

/**
 * The language a label is actually shown in: the one asked for when the label
 * has it, else the other one. An element sets `lang` on the text node when this
 * differs from the page's, so screen readers pronounce a Thai fallback as Thai.
 */
export function labelLang(label: Label | undefined, lang: Lang): Lang {
  if (!label) return lang;
  if (label[lang]) return lang;
  const other: Lang = lang === 'th' ? 'en' : 'th';
  return label[other] ? other : lang;
}

/** The label's text in `lang`, falling back to the other language; '' when there is no label. */
export function pickLabel(label: Label | undefined, lang: Lang): string {
  if (!label) return '';
  return label[labelLang(label, lang)] ?? '';
}
