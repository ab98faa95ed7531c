// Proves the Node test runner runs TypeScript and that this Node segments Thai words,
// which the label wrapping relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('Intl.Segmenter splits Thai text into words', () => {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const words = [...segmenter.segment('สวัสดีครับ')].filter((part) => part.isWordLike).map((part) => part.segment);
  assert.ok(words.length > 1, `expected several words, got ${JSON.stringify(words)}`);
  assert.equal(words.join(''), 'สวัสดีครับ');
});
