import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_TAGS } from '../../src/index.js';
import type { PlanElement } from '../../src/core/plan-element.js';
import { tinyPlan } from '../fixtures/plans.js';
import { untilDrawn } from './helpers/dom.js';

// The page's Thai font, as a site would load it (the SVG export embeds it).
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = '/node_modules/@fontsource/sarabun/400.css';
document.head.append(link);

describe('exports', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: CSV has the table's rows, the SVG parses, the PNG has the chart's size`, async function () {
      this.timeout(15_000);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px; font-family: Sarabun"></div>`);
      const el = document.createElement(tag) as PlanElement;
      wrap.append(el);
      el.plan = tinyPlan();
      await untilDrawn(el);
      if (el.state !== 'ready') return; // an element with nothing to draw in the tiny plan exports nothing
      const csv = el.exportCsv();
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      el.table = true;
      await el.updateComplete;
      const rows = el.shadowRoot!.querySelectorAll('tbody tr').length + el.shadowRoot!.querySelectorAll('tfoot tr').length;
      el.table = false;
      await el.updateComplete;
      await untilDrawn(el);
      expect(csv.trim().split('\r\n').length).to.equal(rows + 1);

      const svg = await el.exportSvg();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.localName).to.equal('svg');
      expect(doc.querySelector('title')?.textContent).to.equal(el.shadowRoot!.querySelector('.title')?.textContent?.replace(/\u2060/g, ''));
      expect(doc.querySelectorAll('[onload], [onerror], script').length).to.equal(0);

      const png = (await el.exportPng(1))!;
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(Number(doc.documentElement.getAttribute('width')));
      expect(bitmap.height).to.equal(Number(doc.documentElement.getAttribute('height')));
    });
  }

  it('the gauge SVG carries its labels as text and embeds the page font', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 400px; font-family: Sarabun"><codi-kpi-gauge kpi="k1"></codi-kpi-gauge></div>`);
    const el = wrap.querySelector('codi-kpi-gauge')!;
    el.plan = tinyPlan();
    await untilDrawn(el);
    await document.fonts.ready;
    const svg = await el.exportSvg();
    expect(svg).to.contain('เป้าหมาย');
    expect(svg).to.contain('@font-face');
    expect(svg).to.contain('data:font/woff');
  });
});
