import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { geoAreas, linkedProjects, mapModel, nationalTargets, type MapModel, type MapOptions } from '../../../../src/charts/map/model.js';
import { areaDetail, describeArea, largest, mapEmptyReason, mapIllustrativeNote, mapSummary, mapTitle, projectName, withoutNote } from '../../../../src/charts/map/describe.js';
import { mapTable } from '../../../../src/charts/map/table.js';
import { centre, keyTarget, readingOrder } from '../../../../src/charts/map/keyboard.js';
import { classIndex, completeRegions } from '../../../../src/charts/map/layout.js';
import { matchKeys, type GeoShape } from '../../../../src/charts/map/geo.js';
import { DEFAULT_REGIONS } from '../../../../src/charts/map/regions.js';
import { PROVINCES } from '../../../../src/charts/map/provinces.js';
import { combinePlans } from '../../../../src/schema/combine.js';
import type { FormatOptions } from '../../../../src/format/number.js';
import type { Households, Plan } from '../../../../src/schema/plan.js';

const sample = JSON.parse(readFileSync('data/examples/codi-2567-illustrative.plan.json', 'utf8')) as Plan;
const codi = JSON.parse(readFileSync('data/codi-2567.plan.json', 'utf8')) as Plan;
const FC = { seed: 2567, numRuns: 200 };
const TH: FormatOptions = { lang: 'th', thaiDigits: false };
const EN: FormatOptions = { lang: 'en', thaiDigits: false };
const hh = sample.households as Households;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function model(plan: Plan, options: Partial<MapOptions> = {}): MapModel {
  const m = mapModel(plan, { view: 'province', lang: 'th', ...options });
  assert.ok(m, 'a model');
  return m;
}

describe('mapModel', () => {
  test('nothing to draw: no household projects, or an unknown project', () => {
    assert.equal(mapModel({ ...sample, households: undefined }, { view: 'province', lang: 'th' }), undefined);
    assert.equal(mapModel({ ...sample, households: { ...hh, projects: [] } }, { view: 'province', lang: 'th' }), undefined);
    assert.equal(mapModel(sample, { project: 'nope', view: 'province', lang: 'th' }), undefined);
  });

  test('province view: every province once, in reading order, with its share and colour class; the legend total is the national target', () => {
    const m = model(sample);
    assert.equal(m.view, 'province');
    assert.equal(m.chosen.length, hh.projects.length);
    assert.equal(m.marks.length, PROVINCES.length);
    assert.deepEqual(new Set(m.marks.map((x) => x.id)), new Set(PROVINCES.map((p) => p.code)));
    for (let i = 1; i < m.marks.length; i++) assert.ok(readingOrder(m.marks[i - 1]?.cells[0], m.marks[i]?.cells[0]) < 0, 'north to south, then west to east');
    for (const x of m.marks) {
      assert.equal(x.kind, 'province');
      assert.equal(x.inside, true);
      assert.equal(x.cls, classIndex(m.classes, x.value));
      assert.deepEqual(x.keys, [x.id]);
    }
    assert.equal(m.total, sum(hh.projects.map((p) => p.target)));
    assert.equal(m.total, m.figures.target);
    // Shares are of the national target: with what no province holds they add up to exactly 100.
    const allocated = sum(m.marks.map((x) => x.value ?? 0));
    assert.ok(allocated <= m.figures.target);
    assert.ok(Math.abs(sum(m.marks.map((x) => x.share)) - (100 * allocated) / m.figures.target) < 0.1 * m.marks.length);
    assert.equal(m.marks.find((x) => x.id === 'TH-10')?.name, 'กรุงเทพมหานคร');
    assert.deepEqual(model(sample, { lang: 'en' }).marks.find((x) => x.id === 'TH-10')?.labels, ['Bangkok', 'BKK']);
  });

  test('a region filter keeps every tile but colours and totals only its provinces', () => {
    const m = model(sample, { region: 'region-north' });
    const north = DEFAULT_REGIONS.find((r) => r.id === 'region-north')?.provinces ?? [];
    assert.equal(m.filter?.id, 'region-north');
    assert.equal(m.marks.length, PROVINCES.length);
    assert.deepEqual(m.marks.filter((x) => x.inside).map((x) => x.id).sort(), [...north].sort());
    assert.equal(m.total, sum(m.marks.filter((x) => x.inside).map((x) => x.value ?? 0)));
    assert.ok(m.total < m.figures.target);
    const insideValues = m.marks.filter((x) => x.inside && x.value !== undefined).map((x) => x.value as number);
    assert.ok(m.classes.length > 0 && (m.classes[m.classes.length - 1]?.hi as number) === Math.max(...insideValues), 'classes of the region alone');
    // A region filter means nothing in the region view.
    assert.equal(model(sample, { region: 'region-north', view: 'region' }).filter, undefined);
  });

  test('region view: one mark per region (and one for provinces no region holds), keyed by its id and its provinces', () => {
    const m = model(sample, { view: 'region' });
    const regions = completeRegions(sample.regions ?? DEFAULT_REGIONS, { th: '', en: '' });
    assert.equal(m.view, 'region');
    assert.deepEqual(m.marks.map((x) => x.id), regions.map((r) => r.id));
    for (const x of m.marks) {
      const region = regions.find((r) => r.id === x.id);
      assert.equal(x.kind, 'region');
      assert.deepEqual(x.keys, [x.id, ...(region?.provinces ?? [])]);
      assert.equal(x.cells.length, region?.provinces.length);
      assert.deepEqual(x.labels, [x.name]);
    }
    assert.equal(sum(m.marks.map((x) => x.value ?? 0)), m.figures.target);
  });

  test('a split given by region only is drawn by region whatever the view asked', () => {
    const byRegion: Plan = {
      ...sample,
      households: { ...hh, breakdown: { level: 'region', values: [{ project: 'hh-rail', area: 'region-north', value: 70 }] } },
    };
    const m = model(byRegion, { view: 'province', project: 'hh-rail' });
    assert.equal(m.view, 'region');
    assert.equal(m.marks.find((x) => x.id === 'region-north')?.value, 70);
  });

  test('the projects a highlighted plan item stands for; an explicit project wins', () => {
    assert.deepEqual(linkedProjects(sample, hh, undefined), []);
    assert.deepEqual(linkedProjects(sample, hh, 'sub-3-1').map((p) => p.id), hh.projects.map((p) => p.id));
    assert.deepEqual(linkedProjects(sample, hh, 'act-3-1-2').map((p) => p.id), ['hh-prem-canal']);
    assert.deepEqual(linkedProjects(sample, hh, 'hh-rail').map((p) => p.id), ['hh-rail']);
    assert.deepEqual(model(sample, { highlight: 'act-3-1-2' }).chosen.map((p) => p.id), ['hh-prem-canal']);
    assert.deepEqual(model(sample, { highlight: 'act-3-1-2', project: 'hh-rail' }).chosen.map((p) => p.id), ['hh-rail']);
    // A highlight that stands for no project (another chart's mark) leaves every project shown.
    assert.equal(model(sample, { highlight: 'TH-10' }).chosen.length, hh.projects.length);
  });

  test('the CODI plan has no split: national targets only', () => {
    const m = model(codi);
    assert.equal(m.figures.level, 'none');
    const national = nationalTargets(codi.households);
    assert.equal(national.projects.length, codi.households?.projects.length);
    assert.equal(national.total, codi.households?.total ?? sum(national.projects.map((p) => p.target)));
    assert.ok(Math.abs(sum(national.pct) - 100) < 1e-9);
    assert.deepEqual(nationalTargets(undefined), { projects: [], pct: [], total: 0 });
  });

  test('never NaN, whatever the options', () => {
    const ids = [...hh.projects.map((p) => p.id), 'nope'];
    const items = [...(sample.items ?? []).map((i) => i.id), 'TH-10'];
    const regionIds = [...DEFAULT_REGIONS.map((r) => r.id), '_other', 'nope'];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...ids), { nil: undefined }),
        fc.option(fc.constantFrom(...items), { nil: undefined }),
        fc.constantFrom<'province' | 'region'>('province', 'region'),
        fc.option(fc.constantFrom(...regionIds), { nil: undefined }),
        fc.constantFrom<'th' | 'en'>('th', 'en'),
        (project, highlight, view, region, lang) => {
          const m = mapModel(sample, { project, highlight, view, region, lang });
          if (project === 'nope') return assert.equal(m, undefined);
          assert.ok(m);
          assert.ok(Number.isFinite(m.total) && m.total >= 0 && m.total <= m.figures.target);
          for (const x of m.marks) {
            assert.ok(Number.isFinite(x.share) && x.share >= 0 && x.share <= 100, `share of ${x.id}`);
            assert.ok(x.cls >= -1 && x.cls < m.classes.length);
            assert.ok(x.name.length > 0);
          }
          assert.ok(sum(m.marks.map((x) => x.share)) <= 100 + 1e-9);
        },
      ),
      FC,
    );
  });
});

describe('geoAreas', () => {
  const shape = (key: string | undefined, x: number, y: number): GeoShape => ({ key, d: `M${x},${y}h1v1z`, x, y });

  test('province view: matched shapes are focusable areas, the rest no data; unknown keys and undrawn areas reported', () => {
    const m = model(sample);
    const shapes = [shape('TH-10', 10, 10), shape('TH-50', 0, 0), shape('TH-99', 5, 5), shape(undefined, 1, 1)];
    const g = geoAreas(m, shapes, matchKeys);
    assert.deepEqual(g.areas.map((a) => a.m.id).sort(), ['TH-10', 'TH-50']);
    assert.deepEqual(g.unknown.sort(), ['(none)', 'TH-99']);
    assert.deepEqual(g.unkeyed, [shapes[2], shapes[3]]);
    assert.equal(g.areas.find((a) => a.m.id === 'TH-10')?.d, 'M10,10h1v1z');
    assert.deepEqual(g.areas.find((a) => a.m.id === 'TH-10')?.point, { x: 10, y: 10 });
    const withData = m.marks.filter((x) => x.value !== undefined).map((x) => x.id);
    assert.deepEqual(g.missing, withData.filter((id) => id !== 'TH-10' && id !== 'TH-50'));
  });

  test('region view: a region is the union of the shapes keyed by its id or its provinces; its point their mean', () => {
    const m = model(sample, { view: 'region' });
    const g = geoAreas(m, [shape('region-north', 0, 0), shape('TH-50', 4, 2), shape('TH-10', 8, 8)], matchKeys);
    const north = g.areas.find((a) => a.m.id === 'region-north');
    assert.equal(north?.d, 'M0,0h1v1zM4,2h1v1z');
    assert.deepEqual(north?.point, { x: 2, y: 1 });
    assert.deepEqual(g.areas.map((a) => a.m.id), ['region-north', 'region-central']);
    assert.deepEqual(g.unknown, []);
  });

  test('outside a region filter nothing is focusable', () => {
    const m = model(sample, { region: 'region-north' });
    const g = geoAreas(m, [shape('TH-10', 0, 0), shape('TH-50', 1, 1)], matchKeys);
    assert.deepEqual(g.areas.map((a) => a.m.id), ['TH-50']);
  });
});

describe('keyboard', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 0, y: 10 },
  ];
  test('arrows move to the nearest mark that way (-1: none); Home and End to the ends; other keys are left alone', () => {
    assert.equal(keyTarget('ArrowRight', points, 0), 1);
    assert.equal(keyTarget('ArrowDown', points, 0), 2);
    assert.equal(keyTarget('ArrowLeft', points, 0), -1);
    assert.equal(keyTarget('Home', points, 2), 0);
    assert.equal(keyTarget('End', points, 0), 2);
    assert.equal(keyTarget('Tab', points, 0), undefined);
    assert.equal(keyTarget('a', points, 0), undefined);
  });
  test('a set of cells is labelled on its cell nearest their mean', () => {
    assert.deepEqual(centre([], 10), { x: 0, y: 0 });
    assert.deepEqual(centre([{ col: 0, row: 0 }, { col: 1, row: 0 }, { col: 2, row: 0 }], 10), { x: 15, y: 5 });
    assert.deepEqual(centre([{ col: 0, row: 0 }, { col: 0, row: 2 }, { col: 4, row: 2 }], 10), { x: 5, y: 25 });
  });
});

describe('what the map says', () => {
  test('titles: the map, national targets, one project, one region', () => {
    assert.equal(mapTitle(undefined, 'en'), 'Household targets by region and province');
    assert.equal(mapTitle(model(codi), 'en'), 'Household targets by project');
    const one = model(sample, { project: 'hh-prem-canal', region: 'region-north', lang: 'en' });
    assert.equal(mapTitle(one, 'en'), `Household targets by region and province: ${hh.projects[1]?.label.en}: North`);
  });

  test('summary, empty reasons and the illustrative note', () => {
    assert.match(mapSummary(sample, model(sample), EN), /^Target 53,870 households split over \d+ provinces; largest: .+ [\d,]+ households\.$/);
    assert.match(mapSummary(codi, model(codi), EN), new RegExp(`over ${codi.households?.projects.length} projects`));
    assert.equal(mapEmptyReason(sample, model(sample), undefined, 'en'), undefined);
    assert.equal(mapEmptyReason(sample, undefined, 'nope', 'en'), 'This plan has no housing project with id "nope".');
    assert.equal(mapEmptyReason({ ...sample, households: undefined }, undefined, undefined, 'en'), 'This plan has no household targets.');
    assert.ok(mapIllustrativeNote(sample, 'th'));
    assert.equal(mapIllustrativeNote({ ...codi, illustrative: undefined }, 'th'), undefined);
  });

  test('an area: its households, each project when several (the largest few), its share; the event detail', () => {
    const m = model(sample, { lang: 'en' });
    const bkk = m.marks.find((x) => x.id === 'TH-10');
    assert.ok(bkk);
    const d = describeArea(sample, bkk, m, EN);
    assert.equal(d.title, 'Bangkok');
    assert.equal(d.lines.length, 1 + hh.projects.length + 1);
    assert.match(d.lines[0] as string, /households$/);
    assert.match(d.lines[d.lines.length - 1] as string, /of the national target$/);
    assert.equal(d.sentence, ['Bangkok', ...d.lines].join(', '));
    assert.deepEqual(areaDetail(sample, m, bkk), { planId: sample.id, kind: 'province', id: 'TH-10', itemId: undefined, label: 'Bangkok', value: bkk.value, unit: 'household' });
    const one = model(sample, { project: 'hh-rail' });
    const bkk1 = one.marks.find((x) => x.id === 'TH-10');
    assert.ok(bkk1);
    assert.equal(areaDetail(sample, one, bkk1).itemId, 'act-3-1-5');
    assert.equal(describeArea(sample, bkk1, one, TH).lines.length, bkk1.value === undefined ? 1 : 2);
  });

  test('largest: the k largest, largest first, ties in list order', () => {
    assert.deepEqual(largest([3, 1, 4, 1, 5, 9, 2, 6], (x) => x, 3), [9, 6, 5]);
    assert.deepEqual(largest(['a', 'b', 'c'], () => 1, 2), ['a', 'b']);
    assert.deepEqual(largest([], (x: number) => x, 2), []);
  });

  test('several agencies as one: project names carry their agency; agencies without targets are named', () => {
    const copy = { ...structuredClone(sample), id: 'copy', agency: { name: { th: 'สำเนา', en: 'Copy' } } } as Plan;
    const none = { ...structuredClone(sample), id: 'none', agency: { name: { th: 'ไม่มี', en: 'None' } }, households: undefined, discrepancies: undefined } as Plan;
    const both = combinePlans([sample, copy]);
    assert.ok(both.ok);
    const first = both.plan.households?.projects[0];
    assert.ok(first);
    assert.match(projectName(both.plan, first, 'en'), /^CODI: /);
    assert.equal(projectName(sample, hh.projects[0]!, 'en'), hh.projects[0]?.label.en);
    assert.equal(withoutNote(both.plan, 'en'), '');
    const partial = combinePlans([sample, none]);
    assert.ok(partial.ok);
    assert.match(withoutNote(partial.plan, 'en'), /None/);
    // Only one agency has households: its projects need no prefix.
    assert.equal(projectName(partial.plan, partial.plan.households!.projects[0]!, 'en'), hh.projects[0]?.label.en);
  });
});

describe('mapTable', () => {
  test('regions then their provinces; the footer is the national target and adds up', () => {
    const m = model(sample);
    const t = mapTable(sample, m, 'Title', EN);
    assert.match(t.caption ?? '', /^Title \(Unit: households\)/);
    assert.deepEqual(t.columns.map((c) => c.label), ['Area', ...hh.projects.map((p) => p.shortLabel?.en ?? p.label.en), 'Households', 'Share']);
    assert.equal(t.footer?.values?.[hh.projects.length + 1], m.figures.target);
    const regionRows = t.rows.filter((r) => r.depth === 0);
    assert.equal(sum(regionRows.map((r) => Number(r.values?.[hh.projects.length + 1] || 0))), m.figures.target);
    assert.equal(t.rows.filter((r) => r.depth === 1).length, PROVINCES.length);
  });

  test('filtered to a region: its rows only, its total in the footer', () => {
    const m = model(sample, { region: 'region-south', project: 'hh-baan-mankong', lang: 'en' });
    const t = mapTable(sample, m, 'T', EN);
    assert.equal(t.columns.length, 3);
    assert.equal(t.rows[0]?.cells[0], 'South');
    assert.equal(t.rows.filter((r) => r.depth === 0).length, 1);
    assert.equal(t.footer?.cells[0], 'Total, South');
    assert.equal(t.footer?.values?.[1], m.total);
  });

  test('no split: every project national target, the plan total', () => {
    const t = mapTable(codi, model(codi), 'ignored', EN);
    const national = nationalTargets(codi.households);
    assert.equal(t.rows.length, national.projects.length);
    assert.deepEqual(t.footer?.values, ['National total', national.total, 100]);
    assert.ok(!(t.caption ?? '').includes('ignored'));
  });
});
