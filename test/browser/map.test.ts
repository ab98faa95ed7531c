import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/charts/map/define.js';
import type { CodiHouseholdMap } from '../../src/charts/map/define.js';
import type { MarkDetail } from '../../src/core/events.js';
import { badValues, jsonUrl, untilDrawn } from './helpers/dom.js';

const SAMPLE = '/data/examples/codi-2567-illustrative.plan.json';
const CODI = '/data/codi-2567.plan.json';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const marks = (el: Element) => [...(el.shadowRoot?.querySelectorAll<SVGGElement>('.mark') ?? [])];
const markByName = (el: Element, name: string) => marks(el).find((m) => m.getAttribute('aria-label')?.startsWith(`${name},`));
const focused = (el: Element) => el.shadowRoot?.activeElement?.getAttribute('aria-label') ?? '';
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

async function map(attrs: Partial<Record<'src' | 'project' | 'view' | 'lang' | 'geo-src' | 'geo-key', string>> = {}, width = 900): Promise<CodiHouseholdMap> {
  const el = await fixture<CodiHouseholdMap>(html`<codi-household-map style="width: ${width}px"></codi-household-map>`);
  for (const [k, v] of Object.entries({ src: SAMPLE, ...attrs })) el.setAttribute(k, v);
  await untilDrawn(el);
  return el;
}

/** Waits until the element's boundary file is loaded (or has failed). */
async function untilGeo(el: CodiHouseholdMap, selector: string): Promise<void> {
  const start = performance.now();
  while (!el.shadowRoot?.querySelector(selector)) {
    if (performance.now() - start > 5000) throw new Error(`${selector} never appeared`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

/** A square (clockwise, as d3-geo wants; `rfc` winds it the RFC 7946 way) keyed by `code`. */
function square(code: string, lon: number, lat: number, rfc = false) {
  const ring = [[lon, lat], [lon, lat + 1], [lon + 1, lat + 1], [lon + 1, lat], [lon, lat]];
  return { type: 'Feature', properties: { iso: code }, geometry: { type: 'Polygon', coordinates: [rfc ? ring.reverse() : ring] } };
}

describe('<codi-household-map>', () => {
  it('draws the tile grid of the illustrative split: 77 tiles, the legend total, the illustrative label', async () => {
    const el = await map();
    expect(el.state).to.equal('ready');
    expect(marks(el).length).to.equal(77);
    expect(el.shadowRoot!.querySelector('.tile.mark text')).to.exist;
    const t = text(el);
    expect(t).to.contain('รวมทั้งประเทศ 53,870 ครัวเรือน');
    expect(t).to.contain('ควอร์ไทล์');
    expect(el.shadowRoot!.querySelector('[part~="illustrative"]')?.textContent).to.contain('ข้อมูลสมมติ');
    expect(markByName(el, 'กรุงเทพมหานคร')?.getAttribute('aria-label')).to.match(/ครัวเรือน.*ร้อยละ [\d.]+ ของเป้าหมายทั้งประเทศ/);
    expect(el.shadowRoot!.querySelector('.outline')?.getAttribute('d')).to.match(/^M/);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('filters to one project by attribute and by the select', async () => {
    const el = await map({ project: 'hh-prem-canal' });
    expect(text(el)).to.contain('รวมทั้งประเทศ 100 ครัวเรือน');
    expect(markByName(el, 'กรุงเทพมหานคร')?.getAttribute('aria-label')).to.contain('60 ครัวเรือน');
    expect(markByName(el, 'เชียงใหม่')?.getAttribute('aria-label')).to.contain('0 ครัวเรือน');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="project-select"]')!;
    expect(select.value).to.equal('hh-prem-canal');
    select.value = 'hh-rail';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.project).to.equal('hh-rail');
    expect(el.getAttribute('project')).to.equal('hh-rail');
    expect(text(el)).to.contain('5,670 ครัวเรือน');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.project).to.equal(undefined);
    expect(text(el)).to.contain('53,870 ครัวเรือน');
    expect(badValues(el)).to.deep.equal([]);
  });

  it('shows the national totals and says the CODI source has no regional breakdown', async () => {
    const el = await map({ src: CODI });
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('svg.map')).to.not.exist;
    const t = text(el);
    expect(t).to.contain('แหล่งข้อมูลไม่มีการแจกแจงรายภาค/รายจังหวัด');
    expect(t).to.contain('40,000 ครัวเรือน');
    expect(t).to.contain('53,870 ครัวเรือน');
    const rows = el.shadowRoot!.querySelectorAll('[part~="national"] .mark');
    expect(rows.length).to.equal(6);
    expect(el.shadowRoot!.querySelector('[part~="illustrative"]')).to.not.exist;
    (rows[0] as HTMLElement).focus();
    key(rows[0]!, 'ArrowDown');
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.contain('100 ครัวเรือน');
    el.toggleAttribute('table', true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('tfoot')?.textContent).to.contain('53,870');
    expect(badValues(el)).to.deep.equal([]);
  });

  it('aggregates to regions, and selecting a region filters the province map to it', async () => {
    const el = await map({ view: 'region' });
    const regions = marks(el);
    expect(regions.length).to.equal(6);
    const values = regions.map((m) => Number(/, ([\d,]+) ครัวเรือน/.exec(m.getAttribute('aria-label') ?? '')?.[1]?.replace(/,/g, '')));
    expect(values.reduce((a, b) => a + b, 0)).to.equal(53870);
    const north = markByName(el, 'ภาคเหนือ')!;
    const selected = oneEvent(el, 'codi-select');
    north.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const e = (await selected) as CustomEvent<MarkDetail>;
    expect(e.detail).to.include({ kind: 'region', id: 'region-north', unit: 'household' });
    await el.updateComplete;
    expect(el.view).to.equal('province');
    expect(el.getAttribute('region')).to.equal('region-north');
    expect(marks(el).length).to.equal(9);
    expect(el.shadowRoot!.querySelectorAll('.tile.outside').length).to.equal(68);
    expect(text(el)).to.contain('รวมภาคเหนือ');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear-region"]')!.click();
    await el.updateComplete;
    expect(marks(el).length).to.equal(77);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('moves across tiles with the arrow keys (spatially), Home and End, and selects with Enter', async () => {
    const el = await map();
    const bkk = markByName(el, 'กรุงเทพมหานคร')!;
    bkk.focus();
    await el.updateComplete;
    expect(bkk.getAttribute('tabindex')).to.equal('0');
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1, 'one tab stop');
    const press = async (k: string) => {
      key(el.shadowRoot!.activeElement!, k);
      await el.updateComplete;
      await el.updateComplete;
    };
    await press('ArrowRight');
    expect(focused(el)).to.match(/^สมุทรปราการ/);
    await press('ArrowLeft');
    await press('ArrowUp');
    expect(focused(el)).to.match(/^นนทบุรี/);
    await press('Home');
    expect(focused(el)).to.match(/^เชียงราย/);
    await press('End');
    expect(focused(el)).to.match(/^นราธิวาส/);
    const selected = oneEvent(el, 'codi-select');
    await press('Enter');
    expect(((await selected) as CustomEvent<MarkDetail>).detail).to.include({ kind: 'province', id: 'TH-96', planId: 'codi-2567-illustrative' });
  });

  it('switches language: English names or codes on tiles, English legend', async () => {
    const el = await map({}, 1100);
    el.lang = 'en';
    await el.updateComplete;
    const t = text(el);
    expect(t).to.contain('National total 53,870 households');
    expect(t).to.contain('Quartile classes');
    const labels = [...el.shadowRoot!.querySelectorAll('.tile text:not(.value)')].map((n) => n.textContent);
    expect(labels).to.include('Nan');
    expect(labels.some((l) => l === 'BKK' || l === 'Bangkok')).to.equal(true);
    expect(markByName(el, 'Chiang Mai')).to.exist;
    expect(badValues(el)).to.deep.equal([]);
  });

  it('draws a site\'s own boundaries and reports keys it does not know and data without boundaries', async () => {
    const geo = { type: 'FeatureCollection', features: [square('TH-10', 100, 13), square('TH-11', 101, 13, true), square('TH-99', 102, 13)] };
    const el = await map({ 'geo-src': jsonUrl(geo), 'geo-key': 'iso' });
    await untilGeo(el, 'svg.map path.fill');
    const areas = el.shadowRoot!.querySelectorAll('.area.mark');
    expect(areas.length).to.equal(2);
    for (const p of el.shadowRoot!.querySelectorAll('path.fill')) expect(p.getAttribute('d')).to.match(/^M[\d.,LZ -]+$/);
    const svgEl = el.shadowRoot!.querySelector('svg.map')!;
    const width = Number(svgEl.getAttribute('width'));
    const box = (areas[1]!.querySelector('path.fill') as SVGPathElement).getBBox();
    expect(box.width).to.be.lessThan(width / 2, 'an RFC 7946 ring is rewound, not drawn as the whole globe');
    const warning = el.shadowRoot!.querySelector('[part~="warning"]')?.textContent ?? '';
    expect(warning).to.contain('TH-99');
    expect(warning).to.contain('75');
    expect(el.shadowRoot!.querySelectorAll('.area.no-data').length).to.equal(1);
    expect(badValues(el)).to.deep.equal([]);
  });

  it('shows a readable note and the tile map when geo-src fails or is not geometry', async () => {
    const el = await map({ 'geo-src': '/data/geo/no-such-boundaries.json' });
    await untilGeo(el, '[part~="warning"] [role="alert"]');
    expect(el.state).to.equal('ready');
    const warning = el.shadowRoot!.querySelector('[part~="warning"]')!.textContent ?? '';
    expect(warning).to.contain('404');
    expect(warning).to.contain('แผนที่ตาราง');
    expect(marks(el).length).to.equal(77);
    el.setAttribute('geo-src', jsonUrl({ hello: 'world' }));
    await untilGeo(el, '[part~="warning"] [role="alert"]');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="warning"]')!.textContent).to.contain('neither GeoJSON');
    expect(badValues(el)).to.deep.equal([]);
  });

  it('says why when the plan has no households or no such project', async () => {
    const el = await map({ project: 'nope' });
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('"nope"');
  });
});
