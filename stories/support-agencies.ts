/**
 * A ministry and its agencies in one view: the CODI plan with a second
 * agency's plan. Stories give an element both URLs in `src` (space-separated)
 * and the national catalogue in `catalogue-src`, as a ministry portal would.
 */
import { CODI_PLAN } from './support.js';

/** The national framework catalogue (strategies, master plans, NESDP milestones, SDGs). */
export const CATALOGUE = '/data/frameworks/th-national.json';

/**
 * The second agency's plan: a fictional department (กรมตัวอย่าง) of another
 * shape (3 levels, 3 funding sources, no household targets), every figure
 * invented and flagged illustrative, linked by catalogue id to national items
 * partly shared with CODI.
 */
export const SECOND_PLAN = '/data/examples/sample-agency-2567.illustrative.plan.json';

/** Both plans, as one `src` value. */
export const AGENCY_PLANS = `${CODI_PLAN} ${SECOND_PLAN}`;
