// Thai words that ICU's dictionary splits although readers keep them whole (src/format/wrap.ts
// KEEP_TOGETHER): the splits are written out so a page need not load the dictionary to keep them
// whole in HTML text. Here, in Chromium itself, they must be where its Intl.Segmenter splits, and
// a heading that holds them must not break inside them at any width.
import { expect, fixture, html } from '@open-wc/testing';
import { KEEP_TOGETHER, keepThaiWords } from '../../src/format/wrap.js';

describe('Thai words kept whole (Chromium)', () => {
  it('splits the written-out words where Chromium\'s Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    for (const entry of KEEP_TOGETHER) {
      const word = entry.split('|').join('');
      expect(Array.from(segmenter.segment(word), (s) => s.segment).join('|')).to.equal(entry);
    }
  });

  it('a paragraph of those words, narrow enough to wrap, never breaks inside one', async () => {
    const words = KEEP_TOGETHER.map((e) => e.split('|').join(''));
    const p = await fixture<HTMLParagraphElement>(html`<p style="width: 7em; font: 16px sans-serif">${keepThaiWords(words.join(''))}</p>`);
    const text = [...p.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '') as Text;
    // Line starts: offsets where a character's box starts below the previous one.
    const range = document.createRange();
    const starts: number[] = [];
    let top = -Infinity;
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getClientRects()[0];
      if (rect && rect.top > top + 4) {
        if (i > 0) starts.push(i);
        top = rect.top;
      }
    }
    expect(starts.length, `height ${p.getBoundingClientRect().height}, ${text.length} characters`).to.be.greaterThan(2);
    // Every line starts where a word of the list starts (the joiners moved no break elsewhere).
    const wordStarts = new Set<number>();
    let at = 0;
    for (const w of words) {
      wordStarts.add(at);
      at += keepThaiWords(w).length;
    }
    for (const s of starts) expect(wordStarts.has(s), `line starts at ${s}: ${text.data.slice(s, s + 8)}`).to.equal(true);
  });
});
