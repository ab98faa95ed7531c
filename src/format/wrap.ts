/**
 * Line wrapping for SVG labels. Thai writes no spaces between words, so break
 * opportunities come from a dictionary-based word segmenter (Intl.Segmenter),
 * and a word too long for the line is cut between grapheme clusters so a tone
 * mark or an upper vowel never starts a line on its own.
 */
import type { Lang } from './label.js';

/** Width of a string in px, as it will be drawn. */
export type Measure = (text: string) => number;

export interface WrapOptions {
  lang: Lang;
  /** Lines kept at most; the last one kept then ends with `ellipsis`. */
  maxLines?: number;
  /** Default '…'. */
  ellipsis?: string;
}

export interface Wrapped {
  lines: string[];
  /** True when some of the text is not shown (too many lines, or too narrow for even one character). */
  truncated: boolean;
  /** The widest line, in px. */
  width: number;
}

const hasSegmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function';
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: Lang, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/** Opening brackets and quotes belong to the word after them. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** No-break space, narrow no-break space, word joiner: the author asked for no break here. */
const GLUE = /[\u00A0\u202F\u2060]/;

/**
 * Words the Thai dictionary of ICU (Chromium and Node alike) splits although a
 * reader keeps them whole, with "|" where it splits them: "ท้อง|ถิ่น",
 * "ร้อย|ละ", "ธร|รมาภิ|บาล". Government plans use them constantly; a line
 * break inside one reads as an error. The splits are written out rather than
 * asked of Intl.Segmenter, because the first Thai word segmentation in a page
 * loads ICU's dictionary (20-40 ms), which an element drawing only HTML text
 * (the gauge, the board) would otherwise pay in its first render; tests check
 * them against Intl.Segmenter in Node and in Chromium.
 */
export const KEEP_TOGETHER = [
  'ท้อง|ถิ่น', 'ร้อย|ละ', 'ล้าน|บาท', 'ครัว|เรือน', 'งบ|ประมาณ', 'ธร|รมาภิ|บาล', 'เหลื่อม|ล้ำ', 'สิน|เชื่อ',
  'พอ|เพียง', 'มิ|ชอบ', 'เปรม|ประชากร', 'หมุด|หมาย', 'ประชา|สังคม', 'ฐานราก', 'มั่นคง', 'ปฏิบัติ|การ',
];
const WORD_JOINER = '\u2060';
/** [word, the word with a joiner where ICU splits it], for the words ICU splits. */
const JOINED = KEEP_TOGETHER.filter((w) => w.includes('|')).map((w) => [w.split('|').join(''), w.split('|').join(WORD_JOINER)] as const);

/**
 * Puts a word joiner (U+2060, invisible) inside the words above, so that the
 * browser's own line breaking (HTML text) keeps them whole too. Use it on
 * text rendered as HTML; not on data that is exported.
 */
export function keepThaiWords(text: string): string {
  if (!hasSegmenter || !/[\u0E00-\u0E7F]/.test(text)) return text;
  let out = text;
  for (const [word, glued] of JOINED) if (out.includes(word)) out = out.split(word).join(glued);
  return out;
}

/** Loads the word segmenter's dictionary ahead of need (20-40 ms the first time in a page for Thai). */
export function warmWords(lang: Lang): void {
  if (hasSegmenter) Array.from(segmenter(lang, 'word').segment(lang === 'th' ? 'ท้องถิ่น' : 'local'));
}

/**
 * Text split where a line may break, each piece keeping the spaces and
 * punctuation that follow it ("ตำบล/", "world, "), so `join('')` gives the
 * text back. Without Intl.Segmenter (old browsers) it splits after spaces only.
 */
export function segmentWords(text: string, lang: Lang): string[] {
  if (!text) return [];
  if (!hasSegmenter) return text.match(/\s+|\S+\s*/g) ?? [text];
  const out: string[] = [];
  let prefix = '';
  let glue = false;
  // Join the dictionary's bad splits, then take the joiners out again so the
  // pieces still add up to the text (unless the text had joiners of its own).
  const glued = text.includes(WORD_JOINER) ? text : keepThaiWords(text);
  const unglue = glued === text ? (x: string) => x : (x: string) => x.split(WORD_JOINER).join('');
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(glued)) {
    const last = out.length - 1;
    if (last >= 0 && !prefix && /^\p{M}/u.test(segment)) {
      out[last] += segment; // a mark never starts a piece, whatever the dictionary says
    } else if (isWordLike) {
      if (glue && last >= 0) out[last] += prefix + segment;
      else out.push(prefix + segment);
      prefix = '';
      glue = false;
    } else if (GLUE.test(segment)) {
      if (last >= 0) out[last] += prefix + segment;
      else prefix += segment;
      glue = last >= 0;
    } else if (OPENING.test(segment)) {
      prefix += segment;
    } else if (last >= 0 && !prefix) {
      out[last] += segment;
    } else {
      out.push(prefix + segment);
      prefix = '';
    }
  }
  if (prefix) out.push(prefix);
  return glued === text ? out : out.map(unglue);
}

/** Thai vowels written after a consonant (ะ า ๅ ำ) and the repetition mark ๆ: a line never starts with one. */
const FOLLOWING = /^[\u0E30\u0E32\u0E33\u0E45\u0E46]/;
/** Thai vowels written before a consonant (เ แ โ ใ ไ): a line never ends with one. */
const LEADING = /[\u0E40-\u0E44]$/;

/** Grapheme clusters: a base character with all its marks (ที่ is one, สุ่ม is สุ่ + ม). */
function graphemes(text: string, lang: Lang): string[] {
  if (hasSegmenter) return Array.from(segmenter(lang, 'grapheme').segment(text), (s) => s.segment);
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

/**
 * Places where a word too long for a line is best cut: grapheme clusters,
 * joined so that a Thai leading vowel stays with the consonant after it and a
 * following vowel with the one before it (`wrapText` falls back to bare
 * grapheme clusters when such a unit is wider than the line).
 */
function breakUnits(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of graphemes(text, lang)) {
    const last = out.length - 1;
    if (last >= 0 && (FOLLOWING.test(c) || LEADING.test(out[last]))) out[last] += c;
    else out.push(c);
  }
  return out;
}

/** Drops spaces that begin a line, but keeps the one a stray combining mark sits on. */
function dropLeadingSpace(s: string): string {
  const m = /^\s+/.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  return /^\p{M}/u.test(rest) ? s.slice(m[0].length - 1) : rest;
}

/** Keeps break units from the end until the rest plus the ellipsis fits; '' when not even the ellipsis fits. */
function withEllipsis(line: string, ellipsis: string, maxWidth: number, measure: Measure, lang: Lang): string {
  const parts = breakUnits(line, lang);
  while (parts.length > 0) {
    const candidate = parts.join('').trimEnd() + ellipsis;
    if (measure(candidate) <= maxWidth) return candidate;
    parts.pop();
  }
  return measure(ellipsis) <= maxWidth ? ellipsis : '';
}

/**
 * Greedy wrapping at word boundaries: each line takes as many words as fit in
 * `maxWidth`. Spaces at a break are dropped (a trailing space would shift an
 * SVG label drawn with text-anchor middle or end), so when nothing is cut the
 * lines are the text in order, less the spaces at the breaks. A word wider
 * than a line starts a line and is cut between grapheme clusters. With
 * `maxLines`, the last kept line ends with the ellipsis and still fits.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, opts: WrapOptions): Wrapped {
  if (!text) return { lines: [], truncated: false, width: 0 };
  const maxLines = opts.maxLines === undefined ? Infinity : Math.floor(opts.maxLines);
  if (!(maxWidth > 0) || !(maxLines >= 1)) return { lines: [], truncated: true, width: 0 };
  const fits = (s: string): boolean => measure(s.trimEnd()) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  let tooNarrow = false;
  const push = (): void => {
    const done = line.trimEnd();
    if (done) lines.push(done);
    line = '';
  };
  outer: for (const word of segmentWords(text, opts.lang)) {
    if (lines.length > maxLines) break;
    let token = line ? word : dropLeadingSpace(word);
    if (!token) continue;
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line) {
      push();
      token = dropLeadingSpace(token);
      if (!token) continue;
      if (fits(token)) {
        line = token;
        continue;
      }
    }
    const units = breakUnits(token, opts.lang);
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (fits(line + u)) {
        line += u;
        continue;
      }
      const start = dropLeadingSpace(u);
      if (start && !fits(start)) {
        const parts = graphemes(start, opts.lang);
        if (parts.length > 1) {
          units.splice(i, 1, ...parts);
          i--;
          continue;
        }
        tooNarrow = true;
        break outer;
      }
      push();
      line = start;
    }
  }
  push();
  let truncated = tooNarrow;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    truncated = true;
  }
  if (truncated && lines.length > 0) {
    const ellipsis = opts.ellipsis ?? '…';
    const last = withEllipsis(lines[lines.length - 1], ellipsis, maxWidth, measure, opts.lang);
    if (last) lines[lines.length - 1] = last;
    else lines.length = 0;
  }
  const width = lines.reduce((w, l) => Math.max(w, measure(l)), 0);
  return { lines, truncated, width };
}

/** Zero-width Thai marks: MAI HAN-AKAT, the upper and lower vowels, PHINTHU, and the tone and other marks above. */
const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * A deterministic width estimate in px, for Node tests and server-side
 * rendering where no font can be measured. It is an estimate, not a font
 * metric: Thai marks take no width, most characters 0.55em, Latin capitals
 * 0.65em, spaces 0.28em. Leave room when a browser will draw the text.
 */
export function approxMeasure(fontSizePx: number): Measure {
  const size = Number.isFinite(fontSizePx) && fontSizePx > 0 ? fontSizePx : 16;
  return (text) => {
    let hundredths = 0; // summed in integers so equal strings always measure equal
    for (const ch of text) {
      if (THAI_MARK.test(ch) || /\p{M}|[\u200B-\u200D\u2060]/u.test(ch)) continue;
      else if (/\s/.test(ch)) hundredths += 28;
      else if (ch >= 'A' && ch <= 'Z') hundredths += 65;
      else if (ch === '…') hundredths += 100;
      else hundredths += 55;
    }
    return (hundredths * size) / 100;
  };
}

type Context2D = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

let context: Context2D | null | undefined;
/** The font last given to `context`: setting it parses the CSS font string again (~3 µs a call). */
let contextFont = '';

/** Created on first use, never at import: Node and SSR have no canvas. */
function context2d(): Context2D | null {
  if (context !== undefined) return context;
  context = null;
  try {
    if (typeof OffscreenCanvas === 'function') context = new OffscreenCanvas(1, 1).getContext('2d');
    else if (typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

const MEASURE_CACHE_SIZE = 5000;
/** Widths by font, then by string. */
const widthCache = new Map<string, Map<string, number>>();

/**
 * Measures with a canvas 2D context in `font` (a CSS font shorthand, e.g.
 * "14px Sarabun"), remembering up to 5,000 strings per font, since wrapping
 * measures many prefixes of the same labels on every resize. Without a canvas
 * (Node, SSR) it falls back to `approxMeasure` at the font's px size. Measure
 * after the web font has loaded (`document.fonts.ready`), or call
 * `clearMeasureCache()` when it does: a fallback font's widths would stick.
 */
export function canvasMeasure(font: string): Measure {
  const px = /(\d+(?:\.\d+)?)px/.exec(font);
  const fallback = approxMeasure(px ? Number(px[1]) : 16);
  return (text) => {
    let widths = widthCache.get(font);
    const known = widths?.get(text);
    if (known !== undefined) return known;
    const ctx = context2d();
    if (!ctx) return fallback(text);
    if (contextFont !== font) {
      ctx.font = font;
      contextFont = font;
    }
    const w = ctx.measureText(text).width;
    if (!widths) widthCache.set(font, (widths = new Map()));
    if (widths.size >= MEASURE_CACHE_SIZE) widths.delete(widths.keys().next().value as string);
    widths.set(text, w);
    return w;
  };
}

/** Forgets measured widths, e.g. when a web font finishes loading and metrics change. */
export function clearMeasureCache(): void {
  widthCache.clear();
  // Fonts have changed (a web font loaded): the context resolves its font again when next set.
  contextFont = '';
}
