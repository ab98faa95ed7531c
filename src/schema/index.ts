export * from './plan.js';
export { validatePlan, validatePlanText, type ValidationResult } from './validate.js';
export { checkIntegrity, budgetTotals, type LineTotals } from './integrity.js';
export { jsonPath, type Problem, type ProblemRule } from './problems.js';
export { sumMoney, toUnits, fromUnits } from './money.js';
export { PROVINCE_CODES, isProvinceCode } from './province-codes.js';
