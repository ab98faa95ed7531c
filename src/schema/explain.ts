/**
 * What is wrong with a plan's shape, located by JSON path: zod parses the
 * plan and its issues become problems. In the browser this module (and zod
 * with it) is loaded only when the shape parser (shape.ts) has rejected a
 * plan; `validate.ts` uses it directly.
 */
import { Plan } from './plan.js';
import { jsonPath, type PathPart, type Problem } from './problems.js';

/** The subset of a zod issue this module reads (zod/mini ships no messages). */
interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  input?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  inclusive?: boolean;
  errors?: ZodIssueLike[][];
}

/** zod's verdict: the parsed plan (a shape the browser's parser declines, such as an object with an odd prototype), or the problems. */
export type Explained = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Parses the shape with zod and says what is wrong, every problem with its path. */
export function explainShape(input: unknown): Explained {
  const parsed = Plan.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, plan: parsed.data };
  return { ok: false, problems: dedupe(flatten(parsed.error.issues as unknown as ZodIssueLike[]).map(toProblem)) };
}

function flatten(issues: ZodIssueLike[], prefix: PropertyKey[] = []): ZodIssueLike[] {
  const out: ZodIssueLike[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors?.length) {
      // Report the branch that got furthest rather than "invalid input".
      const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      out.push(...flatten(best, path));
    } else {
      out.push({ ...issue, path });
    }
  }
  return out;
}

function depth(issues: ZodIssueLike[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function message(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required: expected ${String(issue.expected)}` : `expected ${String(issue.expected)}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'too_small':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, got ${describe(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `allows at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${String(issue.maximum)}, got ${describe(issue.input)}`;
    case 'invalid_format':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return `expected ${issue.format === 'date' ? 'a date as YYYY-MM-DD' : `a valid ${issue.format ?? 'value'}`}, got ${describe(issue.input)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value: ${describe(issue.input)}`;
  }
}

function toProblem(issue: ZodIssueLike): Problem {
  const path = issue.path.filter((p): p is PathPart => typeof p === 'string' || typeof p === 'number');
  return { rule: 'shape', path: jsonPath(path), message: message(issue) };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
