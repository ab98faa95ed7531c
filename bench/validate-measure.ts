/**
 * One measurement of plan validation (see validate-profile.ts), the same in
 * Node and in a page: `now` is the clock (performance.now).
 */
export interface Sample {
  calls: number[];
  shape: number;
  zod: number;
  integrity: number;
  violations?: number;
}

export async function measure(scale: string, now: () => number): Promise<Sample> {
  const { planFor } = await import('./data.js');
  const validate = await import('../src/schema/validate.js');
  const { Plan } = await import('../src/schema/plan.js');
  const { checkIntegrity } = await import('../src/schema/integrity.js');
  const id = scale as Parameters<typeof planFor>[0];
  const plans = [JSON.parse(JSON.stringify(planFor(id, 0))), JSON.parse(JSON.stringify(planFor(id, 1)))] as unknown[];
  const calls: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t0 = now();
    const result = validate.validatePlan(plans[i % 2]);
    calls.push(now() - t0);
    if (!result.ok) throw new Error(`${scale}: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
  // The parts, each the best of three (a garbage collection can land in any one): the shape as
  // validatePlan parses it (a fast path where there is one), zod's own parse, the integrity rules.
  const { parsePlanShape: fast } = await import('../src/schema/check.js');
  const parts = { shape: Infinity, zod: Infinity, integrity: Infinity };
  for (let r = 0; r < 3; r++) {
    const input = plans[r % 2];
    const t0 = now();
    const shaped = fast ? fast(input) : Plan.parse(input);
    const t1 = now();
    const parsed = Plan.parse(input);
    const t2 = now();
    checkIntegrity(parsed);
    const t3 = now();
    if (typeof shaped !== 'object') throw new Error('shape');
    parts.shape = Math.min(parts.shape, t1 - t0);
    parts.zod = Math.min(parts.zod, t2 - t1);
    parts.integrity = Math.min(parts.integrity, t3 - t2);
  }
  return { calls, ...parts };
}

