import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keepThaiWords, approxMeasure, canvasMeasure, segmentWords, wrapText } from '../../../src/format/index.js';
import { KEEP_TOGETHER } from '../../../src/format/wrap.js';

const LABEL = 'การพัฒนาคุณภาพและเสริมสร้างศักยภาพสภาองค์กรชุมชนเป็นกลไกกลางในการพัฒนาชุมชนท้องถิ่น';
const measure = approxMeasure(14);
const th = { lang: 'th' } as const;
const MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** The lines are the text in order, with only spaces at the breaks left out. */
function assertCovers(text: string, lines: string[]): void {
  let pos = 0;
  for (const line of lines) {
    while (pos < text.length && /\s/.test(text[pos]) && !text.startsWith(line, pos)) pos++;
    assert.ok(text.startsWith(line, pos), `line ${JSON.stringify(line)} not found at ${pos} in ${JSON.stringify(text)}`);
    pos += line.length;
  }
  assert.match(text.slice(pos), /^\s*$/, 'text left over');
}

test('a long Thai label wraps at word boundaries within the width', () => {
  for (const width of [60, 100, 150, 220]) {
    const { lines, truncated, width: widest } = wrapText(LABEL, width, measure, th);
    assert.equal(truncated, false);
    assert.ok(lines.length > 1);
    for (const line of lines) assert.ok(measure(line) <= width, `${line} is ${measure(line)}px > ${width}px`);
    assert.equal(lines.join(''), LABEL);
    assert.equal(widest, Math.max(...lines.map(measure)));
  }
  assert.deepEqual(wrapText(LABEL, 150, measure, th).lines, [
    'การพัฒนาคุณภาพและเสริม',
    'สร้างศักยภาพสภาองค์กร',
    'ชุมชนเป็นกลไกกลางใน',
    'การพัฒนาชุมชนท้องถิ่น',
  ]);
});

test('"กลไก" is never split when it fits on a line of its own', () => {
  const min = Math.ceil(measure('กลไก'));
  for (let width = min; width <= measure(LABEL) + 1; width++) {
    const { lines } = wrapText(LABEL, width, measure, th);
    assert.ok(lines.some((l) => l.includes('กลไก')), `split at ${width}px: ${lines.join(' | ')}`);
  }
});

test('a word wider than the line is cut between grapheme clusters', () => {
  // At about two base characters wide, each word still fits whole.
  assert.deepEqual(wrapText('ที่สุ่มน้ำ', 16, measure, th).lines, ['ที่', 'สุ่ม', 'น้ำ']);
  // Narrower, สุ่ม is cut after its marks, not before them.
  assert.deepEqual(wrapText('สุ่ม', 10, measure, th), { lines: ['สุ่', 'ม'], truncated: false, width: 7.7 });
  // A cluster wider than the line is never torn apart: nothing fits, and that is said.
  assert.deepEqual(wrapText('น้ำ', 10, measure, th), { lines: [], truncated: true, width: 0 });
});

test('spaces at a break are dropped; English wraps at spaces', () => {
  const text = 'Community Organizations Development Institute';
  const { lines } = wrapText(text, 120, measure, { lang: 'en' });
  assert.deepEqual(lines, ['Community', 'Organizations', 'Development', 'Institute']);
  assertCovers(text, lines);
});

test('maxLines: the last line ends with an ellipsis and still fits', () => {
  const { lines, truncated, width } = wrapText(LABEL, 150, measure, { ...th, maxLines: 2 });
  assert.equal(truncated, true);
  assert.equal(lines.length, 2);
  assert.ok(lines[1].endsWith('…'));
  for (const line of lines) assert.ok(measure(line) <= 150);
  assert.ok(width <= 150);
  assert.equal(wrapText(LABEL, 150, measure, { ...th, maxLines: 1, ellipsis: '...' }).lines[0].endsWith('...'), true);
});

test('empty text, and widths that hold nothing', () => {
  assert.deepEqual(wrapText('', 100, measure, th), { lines: [], truncated: false, width: 0 });
  assert.deepEqual(wrapText(LABEL, Number.NaN, measure, th), { lines: [], truncated: true, width: 0 });
  assert.deepEqual(wrapText(LABEL, 0, measure, th), { lines: [], truncated: true, width: 0 });
  assert.deepEqual(wrapText(LABEL, 3, measure, th).lines, []);
});

test('segmentWords finds Thai words and loses nothing', () => {
  const words = segmentWords(LABEL, 'th');
  assert.ok(words.includes('กลไก'), words.join('|'));
  assert.equal(words.join(''), LABEL);
  const mixed = 'งบประมาณ (ล้านบาท) 5,834.1047, รวม';
  assert.equal(segmentWords(mixed, 'th').join(''), mixed);
  assert.ok(segmentWords(mixed, 'th').some((w) => w.startsWith('(ล้าน')), 'an opening bracket stays with its word');
});

test('approxMeasure gives Thai marks no width; canvasMeasure works without a canvas', () => {
  assert.equal(measure('ที่'), measure('ท'));
  assert.equal(measure('กลไก'), 30.8); // 4 × 0.55em at 14px
  assert.equal(canvasMeasure('14px Sarabun')('กลไก'), measure('กลไก'));
});

const pick = (chars: string): fc.Arbitrary<string> => fc.constantFrom(...chars);
const consonant = pick('กขคฆงจฉชซญฎฏฐดตถทธนบปผพฟภมยรลวศษสหฬอฮ');
const vowel = pick('ะาำเแโใไัิีึืุู็');
const tone = pick('่้๊๋์');
const thaiText = fc
  .tuple(
    consonant,
    fc.array(fc.oneof({ arbitrary: consonant, weight: 5 }, { arbitrary: vowel, weight: 3 }, { arbitrary: tone, weight: 2 }, { arbitrary: fc.constant(' '), weight: 1 }), { maxLength: 80 }),
  )
  .map(([first, rest]) => first + rest.join(''));

test('property: lines fit, never start with a mark, and give the text back', () => {
  fc.assert(
    fc.property(thaiText, fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 300 })), fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), (text, width, maxLines) => {
      const { lines, truncated } = wrapText(text, width, measure, { ...th, maxLines });
      for (const line of lines) {
        assert.ok(measure(line) <= width, `${JSON.stringify(line)} wider than ${width}`);
        assert.doesNotMatch(line, MARK);
      }
      if (maxLines !== undefined) assert.ok(lines.length <= maxLines);
      if (truncated) {
        if (lines.length > 0) assert.ok(lines[lines.length - 1].endsWith('…'));
      } else assertCovers(text, lines);
    }),
    { seed: 2567, numRuns: 1000 },
  );
});

test('keeps words whole that the dictionary splits (ท้องถิ่น, ร้อยละ, ธรรมาภิบาล)', () => {
  const text = 'การพัฒนาชุมชนท้องถิ่น ร้อยละ 80 ธรรมาภิบาล';
  const words = segmentWords(text, 'th');
  assert.equal(words.join(''), text);
  assert.ok(words.some((w) => w.startsWith('ท้องถิ่น')), words.join('|'));
  assert.ok(words.some((w) => w.startsWith('ร้อยละ')), words.join('|'));
  assert.ok(words.some((w) => w.startsWith('ธรรมาภิบาล')), words.join('|'));
  assert.equal(keepThaiWords('ท้องถิ่น').replace(/\u2060/g, ''), 'ท้องถิ่น');
  assert.ok(keepThaiWords('ท้องถิ่น').includes('\u2060'));
});

test('the splits written out in KEEP_TOGETHER are where Intl.Segmenter splits those words', () => {
  for (const entry of KEEP_TOGETHER) {
    const word = entry.split('|').join('');
    const got = Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(word), (s) => s.segment).join('|');
    assert.equal(got, entry);
  }
});
