import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { GRID_COLUMNS, GRID_ROWS, PROVINCES, province } from '../../../src/charts/map/provinces.js';
import { DEFAULT_REGIONS } from '../../../src/charts/map/regions.js';
import { PROVINCE_CODES } from '../../../src/schema/province-codes.js';

const TOPO = '../shared/geo/th-provinces.topo.json';

/** Manhattan distance between two provinces' tiles. */
function gridDistance(a: string, b: string): number {
  const p = province(a);
  const q = province(b);
  assert.ok(p && q, `${a} and ${b} are provinces`);
  return Math.abs(p.col - q.col) + Math.abs(p.row - q.row);
}

describe('the province reference table', () => {
  test('holds the 77 ISO 3166-2:TH codes of the schema, each once', () => {
    const codes = PROVINCES.map((p) => p.code);
    assert.equal(codes.length, 77);
    assert.equal(new Set(codes).size, 77);
    assert.deepEqual([...codes].sort(), [...PROVINCE_CODES].sort());
  });

  test('has Thai and English names, a tile label and a unique Latin code for each', () => {
    for (const p of PROVINCES) {
      assert.match(p.th, /^[\u0E00-\u0E7F]+$/, `${p.code} Thai name`);
      assert.match(p.en, /^[A-Za-z .'-]+$/, `${p.code} English name`);
      assert.ok(p.short.length > 0 && p.short.length <= p.th.length, `${p.code} tile label "${p.short}" is no longer than the name`);
      assert.ok(p.short === p.th || /^[\u0E00-\u0E7F]{2,3}\.$/.test(p.short), `${p.code} tile label "${p.short}" is the name or an abbreviation`);
      assert.match(p.abbr, /^[A-Z]{3}$/, `${p.code} Latin code`);
    }
    assert.equal(new Set(PROVINCES.map((p) => p.abbr)).size, 77, 'Latin codes are unique');
    assert.equal(new Set(PROVINCES.map((p) => p.short)).size, 77, 'Thai tile labels are unique');
    assert.equal(province('TH-10')?.short, 'กทม.');
    assert.equal(province('TH-50')?.abbr, 'CMI');
  });

  test('names match the Natural Earth TopoJSON (name_th, name_en)', (t) => {
    if (!existsSync(TOPO)) {
      t.skip(`${TOPO} is not here (it lives beside the repository); names not checked`);
      return;
    }
    const topo = JSON.parse(readFileSync(TOPO, 'utf8')) as { objects: { provinces: { geometries: { properties: { code: string; name_th: string; name_en: string } }[] } } };
    const geoms = topo.objects.provinces.geometries;
    assert.equal(geoms.length, 77);
    for (const { properties: g } of geoms) {
      const p = province(g.code);
      assert.ok(p, `${g.code} is in the table`);
      assert.equal(p.th, g.name_th, `${g.code} Thai name`);
      assert.equal(p.en, g.name_en, `${g.code} English name`);
    }
  });
});

describe('the tile grid', () => {
  test('puts every tile inside the grid and no two tiles on one cell', () => {
    const seen = new Map<string, string>();
    for (const p of PROVINCES) {
      assert.ok(Number.isInteger(p.col) && p.col >= 0 && p.col < GRID_COLUMNS, `${p.code} column`);
      assert.ok(Number.isInteger(p.row) && p.row >= 0 && p.row < GRID_ROWS, `${p.code} row`);
      const cell = `${p.col},${p.row}`;
      assert.equal(seen.get(cell), undefined, `${p.code} shares cell ${cell} with ${seen.get(cell)}`);
      seen.set(cell, p.code);
    }
    for (let c = 0; c < GRID_COLUMNS; c++) assert.ok(PROVINCES.some((p) => p.col === c), `column ${c} is used`);
    for (let r = 0; r < GRID_ROWS; r++) assert.ok(PROVINCES.some((p) => p.row === r), `row ${r} is used`);
  });

  const neighbours: [string, string, string][] = [
    ['TH-10', 'TH-12', 'Bangkok – Nonthaburi'],
    ['TH-10', 'TH-11', 'Bangkok – Samut Prakan'],
    ['TH-50', 'TH-51', 'Chiang Mai – Lamphun'],
    ['TH-50', 'TH-58', 'Chiang Mai – Mae Hong Son'],
    ['TH-90', 'TH-91', 'Songkhla – Satun'],
    ['TH-94', 'TH-95', 'Pattani – Yala'],
    ['TH-43', 'TH-41', 'Nong Khai – Udon Thani'],
    ['TH-40', 'TH-41', 'Khon Kaen – Udon Thani'],
    ['TH-20', 'TH-21', 'Chon Buri – Rayong'],
    ['TH-34', 'TH-33', 'Ubon Ratchathani – Si Sa Ket'],
    ['TH-84', 'TH-80', 'Surat Thani – Nakhon Si Thammarat'],
    ['TH-82', 'TH-83', 'Phang Nga – Phuket'],
  ];
  for (const [a, b, name] of neighbours) {
    test(`keeps real neighbours near: ${name} (grid distance ≤ 2)`, () => {
      assert.ok(gridDistance(a, b) <= 2, `${name} are ${gridDistance(a, b)} cells apart`);
    });
  }

  test('keeps the shape: north at the top, the north-east to the right, the south at the bottom', () => {
    const rows = (region: string) => PROVINCES.filter((p) => p.region === region).map((p) => p.row);
    const cols = (region: string) => PROVINCES.filter((p) => p.region === region).map((p) => p.col);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    assert.ok(mean(rows('north')) < mean(rows('central')), 'north above central');
    assert.ok(Math.min(...rows('south')) > Math.max(...rows('central')), 'the south below everything central');
    assert.ok(mean(cols('northeast')) > mean(cols('central')) + 2, 'the north-east to the right');
    assert.ok(gridDistance('TH-57', 'TH-96') >= 16, 'Chiang Rai and Narathiwat far apart');
  });
});

describe('the default regions', () => {
  test('put every province in exactly one region', () => {
    const owner = new Map<string, string>();
    for (const r of DEFAULT_REGIONS) {
      for (const code of r.provinces) {
        assert.equal(owner.get(code), undefined, `${code} is in ${r.id} and ${owner.get(code)}`);
        owner.set(code, r.id);
      }
    }
    assert.deepEqual([...owner.keys()].sort(), [...PROVINCE_CODES].sort());
  });

  test('are the six official regions with their sizes (9, 20, 22, 7, 5, 14)', () => {
    assert.deepEqual(DEFAULT_REGIONS.map((r) => [r.id, r.provinces.length]), [
      ['region-north', 9],
      ['region-northeast', 20],
      ['region-central', 22],
      ['region-east', 7],
      ['region-west', 5],
      ['region-south', 14],
    ]);
    for (const r of DEFAULT_REGIONS) assert.ok(r.label.th.startsWith('ภาค') && r.label.en, `${r.id} has Thai and English labels`);
    assert.ok(DEFAULT_REGIONS.find((r) => r.id === 'region-central')?.provinces.includes('TH-10'), 'Bangkok is central');
    assert.ok(DEFAULT_REGIONS.find((r) => r.id === 'region-northeast')?.provinces.includes('TH-38'), 'Bueng Kan is north-eastern');
  });
});
