/**
 * The one way to check a plan, in Node and for the package's API: the shape
 * (the parser built from the zod schema; zod itself says what is wrong), then
 * the catalogues and the integrity rules. Every problem is listed, each with a
 * JSON path. The elements run the same check through `check.ts`, which loads
 * zod only for a plan whose shape is wrong.
 */
import { checkExplained, checkParsed, parseJson, parsePlanShape, REJECTED, type ValidateOptions, type ValidationResult } from './check.js';
import { explainShape } from './explain.js';

export type { ValidateOptions, ValidationResult };

/**
 * Validates already-parsed JSON. A valid result's `plan` has the catalogue
 * items it links to copied into its `frameworks` (see catalogue.ts).
 */
export function validatePlan(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = parsePlanShape(input);
  return parsed === REJECTED ? checkExplained(explainShape(input), options) : checkParsed(parsed, options);
}

/** Parses and validates JSON text; a syntax error is a located problem too. */
export function validatePlanText(text: string, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseJson(text);
  return parsed.ok ? validatePlan(parsed.json, options) : { ok: false, problems: [parsed.problem] };
}
