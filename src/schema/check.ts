/**
 * Checking a plan without zod (what the elements run in the browser): the
 * shape by the parser built from `shapes.generated.ts` (see shape.ts), then
 * the catalogues and the integrity rules. A plan whose shape is wrong is
 * handed to zod for the located problems, and only then is zod loaded
 * (`explain.ts`, on demand). `validate.ts` is the same check, synchronous,
 * for Node and the package's API.
 */
import type { Catalogue, Plan } from './plan.js';
import { resolveCatalogues } from './catalogue.js';
import { checkIntegrity } from './integrity.js';
import type { Problem } from './problems.js';
import { REJECTED, shapeParser, type ShapeParser } from './shape.js';
import { CATALOGUE_SHAPE, PLAN_SHAPE } from './shapes.generated.js';
import type { Explained } from './explain.js';

export { REJECTED };

export type ValidationResult =
  | { ok: true; plan: Plan; problems: [] }
  | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** Framework catalogues the plan may link into (see `catalogues` in the schema). */
  catalogues?: readonly Catalogue[];
}

let planParser: ShapeParser | undefined;
let catalogueParser: ShapeParser | undefined;

/** The plan as zod would parse it (a fresh copy), or REJECTED. */
export function parsePlanShape(input: unknown): Plan | typeof REJECTED {
  planParser ??= shapeParser(PLAN_SHAPE);
  return planParser(input) as Plan | typeof REJECTED;
}

/** A framework catalogue as zod would parse it, or REJECTED. */
export function parseCatalogueShape(input: unknown): Catalogue | typeof REJECTED {
  catalogueParser ??= shapeParser(CATALOGUE_SHAPE);
  return catalogueParser(input) as Catalogue | typeof REJECTED;
}

/** The rules after the shape: catalogue links, then integrity (references, sums, percentages…). */
export function checkParsed(parsed: Plan, options: ValidateOptions = {}): ValidationResult {
  const resolved = resolveCatalogues(parsed, options.catalogues ?? []);
  const problems = [...resolved.problems, ...checkIntegrity(resolved.plan)];
  return problems.length ? { ok: false, problems } : { ok: true, plan: resolved.plan, problems: [] };
}

/** What zod said of a shape the parser rejected. */
export function checkExplained(explained: Explained, options: ValidateOptions = {}): ValidationResult {
  return explained.ok ? checkParsed(explained.plan, options) : { ok: false, problems: explained.problems };
}

/**
 * Validates already-parsed JSON as `validatePlan` does: at once when the
 * shape is right (the usual case), after loading zod when it is not.
 */
export function validatePlanOnDemand(input: unknown, options: ValidateOptions = {}): ValidationResult | Promise<ValidationResult> {
  const parsed = parsePlanShape(input);
  if (parsed !== REJECTED) return checkParsed(parsed, options);
  return import('./explain.js').then(({ explainShape }) => checkExplained(explainShape(input), options));
}

/** JSON text parsed, or the located problem of a syntax error. */
export function parseJson(text: string): { ok: true; json: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problem: { rule: 'json', path: '$', message: `not valid JSON: ${(e as Error).message}` } };
  }
}
