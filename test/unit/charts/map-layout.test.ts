import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { cellsOutline, classBreaks, classIndex, completeRegions, householdFigures, nearestInDirection, tileLayout } from '../../../src/charts/map/layout.js';
import { DEFAULT_REGIONS } from '../../../src/charts/map/regions.js';
import { PROVINCES, province } from '../../../src/charts/map/provinces.js';
import type { Households, Plan } from '../../../src/schema/plan.js';

const sample = JSON.parse(readFileSync('data/examples/codi-2567-illustrative.plan.json', 'utf8')) as Plan;
const codi = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8')) as Plan;
const FC = { seed: 2567, numRuns: 300 };

describe('classBreaks', () => {
  test('every value falls in exactly one class, and the classes cover them in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(50_000), fc.constant(0), fc.nat(20)), { minLength: 1, maxLength: 120 }), (values) => {
        const classes = classBreaks(values);
        assert.ok(classes.length >= 1 && classes.length <= 5);
        for (let i = 1; i < classes.length; i++) assert.ok((classes[i]?.lo as number) > (classes[i - 1]?.hi as number), 'classes do not overlap');
        for (const c of classes) assert.ok(c.lo <= c.hi && Number.isInteger(c.lo) && Number.isInteger(c.hi));
        for (const v of values) {
          const inside = classes.filter((c) => v >= c.lo && v <= c.hi);
          assert.equal(inside.length, 1, `${v} is in exactly one class of ${JSON.stringify(classes)}`);
          assert.equal(classes[classIndex(classes, v)], inside[0]);
        }
      }),
      FC,
    );
  });

  test('quartiles of skewed counts: about a quarter of the areas in each class, zero apart', () => {
    const values = [0, 0, ...Array.from({ length: 40 }, (_, i) => Math.round(10 * 1.15 ** i))];
    const classes = classBreaks(values);
    assert.deepEqual(classes[0], { lo: 0, hi: 0, swatch: 0, darkText: true });
    const counts = classes.slice(1).map((c) => values.filter((v) => v >= c.lo && v <= c.hi).length);
    assert.deepEqual(counts, [10, 10, 10, 10]);
    assert.deepEqual(classes.slice(1).map((c) => c.swatch), [1, 2, 4, 5], 'step 4 of the scale (no readable text colour) is skipped');
  });

  test('few distinct values give fewer classes; no value gives none; no data stays out', () => {
    assert.equal(classBreaks([5, 5, 5]).length, 1);
    assert.deepEqual(classBreaks([]), []);
    assert.deepEqual(classBreaks([undefined, Number.NaN]), []);
    assert.equal(classIndex(classBreaks([1, 2, 3]), undefined), -1);
  });
});

describe('householdFigures', () => {
  const hh: Households = {
    projects: [
      { id: 'a', label: { th: 'ก' }, target: 10 },
      { id: 'b', label: { th: 'ข' }, target: 5 },
    ],
    total: 15,
    breakdown: {
      level: 'province',
      values: [
        { project: 'a', area: 'TH-10', value: 7 },
        { project: 'a', area: 'TH-50', value: 3 },
        { project: 'b', area: 'TH-10', value: 5 },
      ],
    },
  };

  test('tells no data (never mentioned) from zero (mentioned for another project)', () => {
    const f = householdFigures(hh, DEFAULT_REGIONS, ['b']);
    assert.equal(f.provinces.get('TH-10')?.value, 5);
    assert.equal(f.provinces.get('TH-50')?.value, 0);
    assert.equal(f.provinces.get('TH-90')?.value, undefined);
    assert.equal(f.target, 5);
  });

  test('adds the chosen projects up per province and per region', () => {
    const f = householdFigures(hh, DEFAULT_REGIONS, ['a', 'b']);
    assert.deepEqual(f.provinces.get('TH-10'), { id: 'TH-10', value: 12, byProject: { a: 7, b: 5 } });
    assert.equal(f.regions.find((r) => r.id === 'region-north')?.value, 3);
    assert.equal(f.regions.find((r) => r.id === 'region-south')?.value, undefined, 'a region without any data has no data');
  });

  test('per project: repeated values add up, region records sum their provinces, keys in the chosen order', () => {
    const many: Households = {
      projects: [
        { id: 'z', label: { th: 'ซ' }, target: 1 },
        { id: '7', label: { th: '7' }, target: 1 },
        { id: 'toString', label: { th: 'ท' }, target: 1 },
        { id: 'a', label: { th: 'ก' }, target: 1 },
      ],
      breakdown: {
        level: 'province',
        values: [
          { project: 'z', area: 'TH-50', value: 2 },
          { project: 'z', area: 'TH-50', value: 3 },
          { project: '7', area: 'TH-50', value: 4 },
          { project: 'a', area: 'TH-51', value: 1.5 },
          { project: 'x', area: 'TH-52', value: 9 },
        ],
      },
    };
    const f = householdFigures(many, DEFAULT_REGIONS, ['z', '7', 'toString', 'a']);
    assert.deepEqual(f.provinces.get('TH-50'), { id: 'TH-50', value: 9, byProject: { z: 5, 7: 4, toString: 0, a: 0 } });
    assert.deepEqual(Object.keys(f.provinces.get('TH-51')?.byProject ?? {}), ['7', 'z', 'toString', 'a']);
    assert.deepEqual(f.provinces.get('TH-52'), { id: 'TH-52', value: 0, byProject: { z: 0, 7: 0, toString: 0, a: 0 } }, 'reported for another project only');
    const north = f.regions.find((r) => r.id === 'region-north');
    assert.deepEqual(north && { value: north.value, byProject: north.byProject }, { value: 10.5, byProject: { z: 5, 7: 4, toString: 0, a: 1.5 } });
  });

  test('reads a split given by region', () => {
    const byRegion: Households = { ...hh, breakdown: { level: 'region', values: [{ project: 'a', area: 'region-north', value: 10 }] } };
    const f = householdFigures(byRegion, DEFAULT_REGIONS, ['a']);
    assert.equal(f.level, 'region');
    assert.equal(f.regions.find((r) => r.id === 'region-north')?.value, 10);
    assert.equal(f.provinces.get('TH-50')?.value, undefined);
  });

  test('with the illustrative sample: region totals are the sums of their provinces and add up to the plan total', () => {
    const hhs = sample.households as Households;
    const all = householdFigures(hhs, sample.regions ?? DEFAULT_REGIONS, hhs.projects.map((p) => p.id));
    let national = 0;
    for (const r of all.regions) {
      const sum = r.region.provinces.reduce((a, c) => a + (all.provinces.get(c)?.value ?? 0), 0);
      assert.equal(r.value, sum, `${r.id}`);
      national += r.value ?? 0;
    }
    assert.equal(national, 53_870);
    assert.equal(all.target, hhs.total);
    for (const p of hhs.projects) {
      const one = householdFigures(hhs, DEFAULT_REGIONS, [p.id]);
      assert.equal(one.regions.reduce((a, r) => a + (r.value ?? 0), 0), p.target, `${p.id} adds up to its target`);
    }
  });

  test('the CODI plan has no breakdown: level none, national targets only', () => {
    const hhs = codi.households as Households;
    const f = householdFigures(hhs, DEFAULT_REGIONS, hhs.projects.map((p) => p.id));
    assert.equal(f.level, 'none');
    assert.equal(f.target, 53_870);
    assert.ok([...f.provinces.values()].every((a) => a.value === undefined));
  });
});

describe('completeRegions', () => {
  test('gathers provinces a plan leaves out into one more region', () => {
    const regions = completeRegions([{ id: 'r', label: { th: 'ภาค' }, provinces: ['TH-10'] }], { th: 'อื่น' });
    assert.equal(regions.length, 2);
    assert.equal(regions[1]?.provinces.length, 76);
    assert.equal(completeRegions(DEFAULT_REGIONS, { th: 'อื่น' }).length, 6);
  });
});

describe('tileLayout', () => {
  test('one square per province on its cell, fitted to the width, never NaN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100, max: 3000 }), fc.constant(Number.NaN)), (width) => {
        const l = tileLayout(new Map([['TH-10', 5]]), classBreaks([5]), width);
        assert.equal(l.tiles.length, 77);
        assert.ok(l.cell >= 16 && l.cell <= 46);
        for (const t of l.tiles) for (const v of [t.x, t.y, t.size]) assert.ok(Number.isFinite(v));
        assert.ok(Number.isFinite(l.width) && Number.isFinite(l.height));
      }),
      FC,
    );
    const l = tileLayout(new Map([['TH-10', 5]]), classBreaks([5]), 360);
    assert.equal(l.cell, 32);
    const bkk = l.tiles.find((t) => t.code === 'TH-10');
    assert.deepEqual([bkk?.x, bkk?.y, bkk?.cls], [3 * 32, 9 * 32, 0]);
    assert.equal(l.tiles.find((t) => t.code === 'TH-50')?.cls, -1, 'no data');
  });

  test('region outlines trace only the sides facing outside the region', () => {
    assert.equal(cellsOutline([{ col: 0, row: 0 }], 10), 'M0,0H10M0,10H10M0,0V10M10,0V10');
    const two = cellsOutline([{ col: 0, row: 0 }, { col: 1, row: 0 }], 10);
    assert.ok(!two.includes('M10,0V10'), 'the shared side is not drawn');
    const north = DEFAULT_REGIONS[0]?.provinces.map((c) => province(c)!) ?? [];
    assert.match(cellsOutline(north, 20), /^(M\d+,\d+[HV]\d+)+$/);
  });
});

describe('nearestInDirection', () => {
  const points = PROVINCES.map((p) => ({ x: p.col, y: p.row }));
  const at = (code: string) => PROVINCES.findIndex((p) => p.code === code);
  const move = (code: string, dir: 'left' | 'right' | 'up' | 'down') => PROVINCES[nearestInDirection(points, at(code), dir)]?.code;

  test('moves to the adjacent tile when there is one', () => {
    assert.equal(move('TH-10', 'right'), 'TH-11');
    assert.equal(move('TH-10', 'up'), 'TH-12');
    assert.equal(move('TH-50', 'left'), 'TH-58');
    assert.equal(move('TH-43', 'down'), 'TH-41');
  });

  test('jumps gaps to the nearest tile in that direction, and stops at the edge', () => {
    assert.equal(move('TH-77', 'down'), 'TH-86', 'Prachuap down to Chumphon');
    assert.equal(move('TH-57', 'up'), undefined, 'nothing above Chiang Rai');
    assert.equal(move('TH-34', 'right'), undefined, 'nothing right of Ubon');
    assert.equal(nearestInDirection([], 0, 'left'), -1);
  });
});
