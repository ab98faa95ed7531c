/** One thing wrong with a plan, located by a JSON path such as `$.budget.lines[3].stated.total`. */
export interface Problem {
  /** JSON path of the offending value. */
  path: string;
  /** What is wrong, in plain English, naming the values involved. */
  message: string;
  /** Which rule found it (stable, for tests and tooling). */
  rule: ProblemRule;
}

export type ProblemRule =
  | 'json'
  | 'shape'
  | 'unique-id'
  | 'reference'
  | 'cycle'
  | 'level-order'
  | 'sum'
  | 'percent'
  | 'precision'
  | 'unit'
  | 'region';

export type PathPart = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats `['items', 3, 'parent']` as `$.items[3].parent`. */
export function jsonPath(parts: readonly PathPart[]): string {
  let out = '$';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (identifier.test(p)) out += `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}
