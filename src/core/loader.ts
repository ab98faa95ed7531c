/**
 * Fetching a plan file: the one way every element loads data. Faults come
 * back as a typed error with a readable message, never as an exception
 * escaping into the host page.
 */
import type { Catalogue, Plan } from '../schema/plan.js';
import { parseCatalogueShape, parseJson, REJECTED, validatePlanOnDemand, type ValidationResult } from '../schema/check.js';
import type { PlanErrorDetail } from './events.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  /** Framework catalogues the plan may link into. */
  catalogues?: readonly Catalogue[];
}

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS };

export type LoadResult = { ok: true; plan: Plan } | { ok: false; error: PlanErrorDetail };

export class PlanLoadError extends Error {
  constructor(readonly detail: PlanErrorDetail) {
    super(detail.message);
  }
}

const fail = (detail: PlanErrorDetail): LoadResult => ({ ok: false, error: detail });

/** Longest delay setTimeout honours; a longer one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** A limit from an attribute: junk ("abc" → NaN, 0, -1) means the default, never "time out at once" or "no size limit". */
const usable = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);

interface Shared {
  promise: Promise<LoadResult>;
  controller: AbortController;
  users: number;
}

/** Requests in flight, so that several elements on a page showing one plan fetch it once. */
const inflight = new Map<string, Shared>();

/**
 * Fetches, size-checks, parses and validates a plan. Rejects only with an
 * AbortError (when `signal` aborts). Elements asking for the same URL at the
 * same time share one request and one validated plan (treat it as read-only);
 * the request is aborted only when every element that asked has let go.
 */
export function loadPlan(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timeoutMs = Math.min(usable(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS, MAX_TIMER_MS);
  const maxBytes = usable(options.maxBytes) ?? DEFAULT_MAX_BYTES;
  if (options.signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  const catalogues = options.catalogues ?? [];
  const key = `${url}\u0000${timeoutMs}\u0000${maxBytes}\u0000${catalogues.map((c) => c.id).join(' ')}`;
  let shared = inflight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchPlan(url, { signal: controller.signal, timeoutMs, maxBytes, catalogues }).finally(() => {
      if (inflight.get(key) === entry) inflight.delete(key);
    });
    const entry: Shared = { promise, controller, users: 0 };
    shared = entry;
    inflight.set(key, entry);
  }
  const entry = shared;
  entry.users++;
  const signal = options.signal;
  return new Promise<LoadResult>((resolve, reject) => {
    const release = () => {
      entry.users--;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      release();
      if (entry.users === 0) {
        inflight.delete(key);
        entry.controller.abort();
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (r) => {
        release();
        resolve(r);
      },
      (e: unknown) => {
        release();
        reject(e);
      },
    );
  });
}

async function fetchPlan(url: string, options: LoadOptions): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: timeout.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (e) {
      return fault(e, options.signal, timeoutMs, url);
    }
    // A redirect to a login or error page is the usual surprise: name where the answer came from.
    const from = response.redirected && response.url && response.url !== url ? `${url} (redirected to ${response.url})` : url;
    if (!response.ok) {
      return fail({ kind: 'http', message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${from}`, retryable: response.status >= 500 || response.status === 408 || response.status === 429 });
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/^(text\/html|application\/xhtml|image\/|audio\/|video\/|font\/)/.test(type)) {
      return fail({ kind: 'content-type', message: `${from} is ${type.split(';')[0]}, not a JSON plan file`, retryable: false });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return tooLarge(url, declared, maxBytes);
    let text: string;
    try {
      const read = await readLimited(response, maxBytes);
      if (read === undefined) return tooLarge(url, undefined, maxBytes);
      text = read;
    } catch (e) {
      return fault(e, options.signal, timeoutMs, url);
    }
    const json = parseJson(text);
    if (!json.ok) return fail({ kind: 'json', message: `${url} is not valid JSON (${json.problem.message.replace(/^not valid JSON: /, '')})`, retryable: false });
    const result = await validatePlanOnDemand(json.json, { catalogues: options.catalogues });
    if (result.ok) return { ok: true, plan: result.plan };
    return fail({ kind: 'invalid', message: `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${url}`, problems: result.problems, retryable: false });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Plans validated during the current task, so several elements given one object validate it once. */
let checked: WeakMap<object, Map<string, ValidationResult | Promise<ValidationResult>>> | undefined;

/**
 * Validates an already-parsed plan the way a fetched one is: at once when its
 * shape is right, after loading what explains the problems when it is not.
 * Elements handed the same object in the same task (a group giving its plan
 * to each member) share one validation; the memo is dropped when the task
 * ends, so an object changed and handed over again later is validated again.
 */
export function checkPlan(input: unknown, catalogues: readonly Catalogue[] = []): LoadResult | Promise<LoadResult> {
  const key = catalogues.map((c) => c.id).join(' ');
  let result: ValidationResult | Promise<ValidationResult> | undefined;
  if (typeof input === 'object' && input !== null) {
    if (!checked) {
      checked = new WeakMap();
      setTimeout(() => (checked = undefined), 0);
    }
    let byKey = checked.get(input);
    if (!byKey) checked.set(input, (byKey = new Map()));
    result = byKey.get(key);
    if (!result) byKey.set(key, (result = validatePlanOnDemand(input, { catalogues })));
  } else {
    result = validatePlanOnDemand(input, { catalogues });
  }
  return result instanceof Promise ? result.then(loadResult) : loadResult(result);
}

function loadResult(result: ValidationResult): LoadResult {
  return result.ok
    ? { ok: true, plan: result.plan }
    : fail({ kind: 'invalid', message: `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in the plan`, problems: result.problems, retryable: false });
}

/**
 * Several plans shown as one (a ministry and its agencies): the first failure
 * if any, named by its source, otherwise the plans joined on their national
 * framework ids (see combine.ts). One plan is returned as it is.
 */
export async function joinResults(results: readonly LoadResult[], sources: readonly string[]): Promise<LoadResult> {
  const plans: Plan[] = [];
  for (const [i, r] of results.entries()) {
    if (!r.ok) {
      if (results.length === 1) return r;
      // Paths name the plan: `$[1].items[3]` for the second of an array, the URL in the message for a list of files.
      const source = sources[i] ?? `plan[${i}]`;
      const problems = source === `plan[${i}]` ? r.error.problems?.map((p) => ({ ...p, path: p.path.replace(/^\$/, `$[${i}]`) })) : r.error.problems;
      return fail({ ...r.error, message: `${source}: ${r.error.message}`, ...(problems ? { problems } : {}) });
    }
    plans.push(r.plan);
  }
  if (plans.length === 1) return { ok: true, plan: plans[0] as Plan };
  // Only pages showing several plans load the code that joins them.
  const { combinePlans } = await import('../schema/combine.js');
  const combined = combinePlans(plans);
  return combined.ok
    ? { ok: true, plan: combined.plan }
    : fail({ kind: 'invalid', message: `${combined.problems.length} problem${combined.problems.length === 1 ? '' : 's'} combining ${plans.length} plans`, problems: combined.problems, retryable: false });
}

/** Fetches several plans at once (like loadPlan each) and joins them. */
export async function loadPlans(urls: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const results = await Promise.all(urls.map((u) => loadPlan(u, options)));
  return await joinResults(results, urls);
}

function tooLarge(url: string, bytes: number | undefined, max: number): LoadResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return fail({ kind: 'too-large', message: `${url} is ${bytes === undefined ? 'larger than' : `${mb(bytes)}, over`} the ${mb(max)} limit for a plan file`, retryable: false });
}

function fault(e: unknown, signal: AbortSignal | undefined, timeoutMs: number, url: string): LoadResult {
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  if (e instanceof DOMException && e.name === 'AbortError') {
    return fail({ kind: 'timeout', message: `No complete answer from ${url} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`, retryable: true });
  }
  return fail({ kind: 'network', message: `Could not reach ${url} (${e instanceof Error ? e.message : String(e)})`, retryable: true });
}

/** Reads the body as text, stopping once it passes `maxBytes` (returns undefined). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const catalogueRequests = new Map<string, Promise<Catalogue>>();

/**
 * Fetches and checks a framework catalogue (once per URL and page). Rejects
 * with a `PlanLoadError` whose detail says what went wrong.
 */
export function loadCatalogue(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Catalogue> {
  let request = catalogueRequests.get(url);
  if (!request) {
    request = (async () => {
      const fail = (kind: PlanErrorDetail['kind'], message: string, retryable: boolean): never => {
        catalogueRequests.delete(url);
        throw new PlanLoadError({ kind, message, retryable });
      };
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'same-origin' });
      } catch (e) {
        return fail('network', `Could not load the framework catalogue ${url} (${e instanceof Error ? e.message : String(e)})`, true);
      }
      if (!res.ok) return fail('http', `The server answered ${res.status} for the framework catalogue ${url}`, res.status >= 500);
      let json: unknown;
      try {
        json = await res.json();
      } catch {
        return fail('json', `The framework catalogue ${url} is not valid JSON`, false);
      }
      const parsed = parseCatalogueShape(json);
      if (parsed === REJECTED) return fail('invalid', `${url} is not a framework catalogue`, false);
      return parsed;
    })();
    catalogueRequests.set(url, request);
  }
  return request;
}
