/**
 * Shared by the stories: where the data files are, and the few tricks a
 * story needs to show a state on purpose (a load that never finishes, an
 * invalid plan). Stories load plans by URL, as a site would.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** The CODI FY2567 plan, transcribed from the source document. */
export const CODI_PLAN = '/data/codi-2567.plan.json';
/** The CODI plan plus illustrative (sample) results and a sample regional split, labelled as such. */
export const CODI_SAMPLE = '/data/examples/codi-2567-illustrative.plan.json';

const PENDING_PREFIX = '/__pending__/';

/** A URL whose fetch never answers, to show the loading state. */
export function pendingUrl(name = 'plan.json'): string {
  const w = window as Window & { __codiPendingFetch?: boolean };
  if (!w.__codiPendingFetch) {
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes(PENDING_PREFIX) ? new Promise<Response>(() => {}) : original(input, init);
    w.__codiPendingFetch = true;
  }
  return `${PENDING_PREFIX}${name}`;
}

/** A plan that breaks three integrity rules, to show the error state. */
export function invalidPlan(): unknown {
  return {
    schemaVersion: 1,
    id: 'broken',
    title: { th: 'แผนที่ข้อมูลผิด' },
    agency: { name: { th: 'หน่วยงานตัวอย่าง' } },
    fiscalYear: 2567,
    levels: [{ id: 'program', label: { th: 'แผนงาน' } }],
    items: [{ id: 'p1', level: 'program', parent: 'missing-issue', label: { th: 'แผนงานที่ 1' } }],
    kpis: [{ id: 'k1', item: 'p1', label: { th: 'ตัวชี้วัด' }, target: { value: 80, unit: 'furlong' }, direction: 'higher' }],
    households: { projects: [{ id: 'h1', label: { th: 'บ้านมั่นคง' }, target: 10 }], total: 12 },
  };
}

/** A valid plan with nothing for a chart to draw. */
export function emptyPlan(): unknown {
  return { schemaVersion: 1, id: 'identity-only', title: { th: 'แผนที่มีแต่ชื่อ', en: 'A plan with only its identity' }, agency: { name: { th: 'หน่วยงานตัวอย่าง', en: 'Sample agency' } }, fiscalYear: 2568 };
}

/** Puts a story in a box of the given width, to show narrow and wide layouts. */
export function sized(width: number, content: TemplateResult): TemplateResult {
  return html`<div style=${styleMap({ width: `${width}px`, maxWidth: '100%' })}>${content}</div>`;
}
