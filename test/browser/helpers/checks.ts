/** Checks shared by the fuzz and edge-case tests: sizes of marks, located errors, page errors. */
import type { PlanElement } from '../../../src/core/plan-element.js';

const SIZE_ATTRIBUTES = ['width', 'height', 'r', 'rx', 'ry'];

/**
 * Marks drawn with a negative or non-numeric size: SVG `width`/`height`/`r`
 * attributes, and `width`/`height` set as styles (treemap cells, map bars).
 */
export function badSizes(el: Element): string[] {
  const bad: string[] = [];
  for (const node of Array.from(el.shadowRoot?.querySelectorAll('*') ?? [])) {
    for (const name of SIZE_ATTRIBUTES) {
      const v = node.getAttribute(name);
      if (v === null || v.endsWith('%')) continue;
      const n = Number.parseFloat(v);
      if (!Number.isFinite(n) || n < 0) bad.push(`${node.tagName}[${name}="${v}"]`);
    }
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    for (const prop of ['width', 'height'] as const) {
      const v = style?.[prop];
      if (v && (/^-/.test(v) || /NaN|Infinity/.test(v))) bad.push(`${node.tagName} style ${prop}: ${v}`);
    }
  }
  return bad;
}

/** The element's visible text, whitespace collapsed. */
export function textOf(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * What is wrong with how an element shows an invalid plan: it must be in the
 * `error` state with an alert inside it that names each shown problem by its
 * JSON path (`$`, `$.items[1].parent`, …). Empty when all is well.
 */
export function locatedErrorProblems(el: PlanElement): string[] {
  const out: string[] = [];
  if (el.state !== 'error') return [`state is "${el.state}", expected "error"`];
  const alert = el.shadowRoot?.querySelector('[role="alert"]');
  if (!alert) return ['no role="alert" box inside the element'];
  const problems = el.error?.problems ?? [];
  if (!problems.length) out.push(`error "${el.error?.kind}" lists no problems`);
  const codes = Array.from(alert.querySelectorAll('code')).map((c) => c.textContent ?? '');
  if (!codes.length) out.push('no JSON path shown');
  for (const c of codes) if (!/^\$(?:$|[.[])/.test(c)) out.push(`"${c}" is not a JSON path`);
  const first = problems[0];
  if (first && !(alert.textContent ?? '').includes(first.path)) out.push(`the first problem's path ${first.path} is not shown`);
  if (first && !/\S/.test(first.message)) out.push('a problem without a message');
  return out;
}

/** Collects uncaught errors and unhandled rejections of the page while `start()`ed. */
export class PageErrors {
  readonly seen: string[] = [];
  private readonly onError = (e: ErrorEvent) => this.seen.push(`uncaught: ${e.message}`);
  private readonly onRejection = (e: PromiseRejectionEvent) => this.seen.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`);

  start(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    return this;
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  /** The errors seen since the last call. */
  take(): string[] {
    return this.seen.splice(0, this.seen.length);
  }
}

export const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
