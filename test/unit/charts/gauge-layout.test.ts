import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annularSector, gaugeDomain, gaugeLayout, gaugeStatus } from '../../../src/charts/gauge/layout.js';

describe('gaugeStatus', () => {
  test('higher is better: met at or above the target', () => {
    assert.equal(gaugeStatus({ target: 80, value: 80, direction: 'higher' }), 'met');
    assert.equal(gaugeStatus({ target: 80, value: 79.9, direction: 'higher' }), 'not-met');
  });
  test('lower is better (NPL 10 %): met at or below the target', () => {
    assert.equal(gaugeStatus({ target: 10, value: 7.5, direction: 'lower' }), 'met');
    assert.equal(gaugeStatus({ target: 10, value: 12, direction: 'lower' }), 'not-met');
  });
  test('an explicit comparator wins over the direction', () => {
    assert.equal(gaugeStatus({ target: 5, value: 5, direction: 'higher', comparator: 'exactly' }), 'met');
    assert.equal(gaugeStatus({ target: 5, value: 6, direction: 'higher', comparator: 'exactly' }), 'not-met');
  });
  test('no result, or a value that is not a number, is "no-result"', () => {
    assert.equal(gaugeStatus({ target: 5, direction: 'higher' }), 'no-result');
    assert.equal(gaugeStatus({ target: 5, value: Number.NaN, direction: 'higher' }), 'no-result');
  });
});

describe('gaugeDomain', () => {
  test('a high percent target reads on a 0–100 scale', () => {
    assert.deepEqual(gaugeDomain({ target: 80, direction: 'higher', percent: true }), [0, 100]);
  });
  test('a lower-is-better target sits mid-scale so both sides read', () => {
    assert.deepEqual(gaugeDomain({ target: 10, direction: 'lower', percent: true }), [0, 20]);
  });
  test('the scale reaches past a result above the target and below zero', () => {
    const [lo, hi] = gaugeDomain({ target: 100, value: 250, direction: 'higher' });
    assert.ok(lo === 0 && hi >= 250);
    const [lo2] = gaugeDomain({ target: 100, value: -30, direction: 'higher' });
    assert.ok(lo2 <= -30);
  });
  test('a zero target still gives a scale', () => {
    const [lo, hi] = gaugeDomain({ target: 0, direction: 'higher' });
    assert.ok(hi > lo);
  });
});

describe('gaugeLayout', () => {
  test('draws the result arc in proportion to the value', () => {
    const l = gaugeLayout({ target: 100, value: 50, direction: 'higher' }, 300);
    assert.ok(l.valueArc.startsWith('M'));
    assert.ok(Math.abs(l.fraction - 50 / l.domain[1]) < 1e-9);
  });
  test('draws no result arc when nothing is reported', () => {
    const l = gaugeLayout({ target: 100, direction: 'higher' }, 300);
    assert.equal(l.valueArc, '');
    assert.equal(l.status, 'no-result');
  });
  test('puts the good zone after the target when higher is better, before it when lower is', () => {
    const hi = gaugeLayout({ target: 50, direction: 'higher' }, 300);
    const lo = gaugeLayout({ target: 50, direction: 'lower' }, 300);
    // The good zone of "higher" starts at the target tick; of "lower", at the left end of the scale.
    assert.ok(hi.goodZone.length > 0 && lo.goodZone.length > 0);
    const firstX = (d: string) => Number(d.slice(1).split(',')[0]);
    assert.ok(firstX(lo.goodZone) < firstX(hi.goodZone));
  });
  test('never yields NaN, and stays inside its box, for any input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: false }),
        fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: false })),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.boolean(),
        fc.integer({ min: -50, max: 3000 }),
        (target, value, direction, percent, width) => {
          const l = gaugeLayout({ target, value: value ?? undefined, direction, percent }, width);
          const text = JSON.stringify(l);
          assert.ok(!/NaN|Infinity|null/.test(text), text);
          for (const p of [...l.targetTick, l.minLabel, l.maxLabel]) {
            assert.ok(p.x >= 0 && p.x <= l.width && p.y >= 0 && p.y <= l.height, `point ${JSON.stringify(p)} outside ${l.width}×${l.height}`);
          }
        },
      ),
      { seed: 2567, numRuns: 500 },
    );
  });
});

describe('annularSector', () => {
  test('is empty for an empty or inverted range', () => {
    assert.equal(annularSector(10, 20, 1, 1), '');
    assert.equal(annularSector(10, 20, 1, 0), '');
  });
  test('a half ring from 9 to 3 o\'clock starts at the left and ends at the right', () => {
    const d = annularSector(10, 20, -Math.PI / 2, Math.PI / 2);
    assert.match(d, /^M-20,0A20,20,0,0,1,20,0L10,0A10,10,0,0,0,-10,0Z$/);
  });
});
