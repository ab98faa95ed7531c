import * as z from 'zod/mini';
import { Plan, PLAN_SCHEMA_VERSION } from './plan.js';

/**
 * The plan's JSON Schema, generated from the zod schema so the two never
 * disagree. It describes the shape only: the integrity rules (references,
 * sums, percentages) are checked by `codi-plan validate`.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/codi-plan-viz/dist/plan.schema.json',
    title: `codi-plan-viz plan, schema version ${PLAN_SCHEMA_VERSION}`,
    description:
      'A Thai government action plan (any agency). Money in million baht (ล้านบาท) with at most 4 decimals; years in B.E.; ids unique across the plan. Cross-references, sums and stated percentages are checked by `npx codi-plan validate FILE`, not by this schema.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
