/**
 * A ministry and its agencies in one view: the CODI plan with a second
 * agency's plan. Stories give an element both URLs in `src` (space-separated)
 * and the national catalogue in `catalogue-src`, as a ministry portal would.
 *
 * Until the second agency's plan lands in data/examples/, a stand-in is served
 * at SECOND_PLAN: the CODI plan under another id and agency name, without
 * household targets, every figure marked illustrative.
 */
import { CODI_PLAN } from './support.js';

/** The national framework catalogue (strategies, master plans, NESDP milestones, SDGs). */
export const CATALOGUE = '/data/frameworks/th-national.json';

const STAND_IN = '/__stand-in__/sample-agency-2567.plan.json';

/** The second agency's plan. */
export const SECOND_PLAN = STAND_IN;

/** Both plans, as one `src` value. */
export const AGENCY_PLANS = `${CODI_PLAN} ${SECOND_PLAN}`;

interface Json {
  [key: string]: unknown;
}

/** The stand-in second plan, made from the CODI plan. */
function standIn(codi: Json): Json {
  const plan = structuredClone(codi);
  plan.id = 'sample-agency-2567';
  plan.title = { th: 'แผนปฏิบัติการตัวอย่าง ปีงบประมาณ พ.ศ. 2567', en: 'Sample action plan, fiscal year B.E. 2567' };
  plan.agency = { name: { th: 'หน่วยงานตัวอย่าง', en: 'Sample agency' }, shortName: { th: 'หน่วยงานตัวอย่าง', en: 'Sample agency' } };
  plan.illustrative = { note: { th: 'แผนสมมติที่สร้างจากแผน พอช. เพื่อสาธิตการแสดงหลายหน่วยงาน ไม่ใช่ข้อมูลจริง', en: 'a made-up plan built from the CODI plan to show several agencies together; not real data' } };
  // No household targets: nothing may point at the CODI housing projects any more.
  const projects = new Set(((plan.households as Json | undefined)?.projects as Json[] | undefined)?.map((p) => p.id) ?? []);
  delete plan.households;
  for (const d of (plan.discrepancies ?? []) as Json[]) {
    const affects = ((d.affects ?? []) as string[]).filter((id) => !projects.has(id));
    if (affects.length) d.affects = affects;
    else delete d.affects;
  }
  delete plan.document;
  return plan;
}

/** Serves the stand-in plan at SECOND_PLAN (once per page). */
export function serveStandIn(): void {
  const w = window as Window & { __codiStandIn?: boolean };
  if (w.__codiStandIn) return;
  w.__codiStandIn = true;
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input instanceof Request ? input.url : input).includes(STAND_IN)) return original(input, init);
    const codi = (await (await original(CODI_PLAN)).json()) as Json;
    return new Response(JSON.stringify(standIn(codi)), { headers: { 'content-type': 'application/json' } });
  };
}
