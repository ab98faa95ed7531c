/** Helpers shared by the element tests. */
import type { PlanElement } from '../../../src/core/plan-element.js';

/** Resolves once the element reaches one of the given states (or rejects after `ms`). */
export async function untilState(el: PlanElement, states: string[], ms = 5000): Promise<void> {
  const start = performance.now();
  while (!states.includes(el.state)) {
    if (performance.now() - start > ms) throw new Error(`state stayed "${el.state}", expected ${states.join(' or ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/** Waits until the element has measured its width and drawn. */
export async function untilDrawn(el: PlanElement, ms = 5000): Promise<void> {
  await untilState(el, ['ready', 'empty', 'error'], ms);
  const start = performance.now();
  while (el.state === 'ready' && !el.table && !el.shadowRoot?.querySelector('.chart > *')) {
    if (performance.now() - start > ms) throw new Error('chart was never drawn');
    await new Promise((r) => requestAnimationFrame(r));
  }
  await el.updateComplete;
}

/** Everything an element rendered, as text, for checks like "no NaN anywhere". */
export function markup(el: Element): string {
  return el.shadowRoot?.innerHTML ?? '';
}

/** Fails on NaN, Infinity or undefined in any attribute or text of the element. */
export function badValues(el: Element): string[] {
  const bad: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(node.attributes)) {
        if (/NaN|Infinity|undefined/.test(attr.value)) bad.push(`${node.tagName}[${attr.name}="${attr.value}"]`);
      }
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE && /NaN|Infinity|undefined/.test(child.textContent ?? '')) bad.push(`${node.tagName}: ${child.textContent}`);
      }
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return bad;
}

/** A URL serving `json` (a blob URL, so no server is needed). */
export function jsonUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

type FetchImpl = typeof fetch;

/** Replaces `fetch` for the duration of a test; returns the restore function. */
export function stubFetch(impl: (url: string, init?: RequestInit) => Promise<Response>): () => void {
  const original: FetchImpl = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => impl(String(input), init)) as FetchImpl;
  return () => {
    window.fetch = original;
  };
}

/** A response that arrives after `ms`, or never if the request is aborted first. */
export function delayed(body: unknown, ms: number, init: ResponseInit = { status: 200, headers: { 'content-type': 'application/json' } }, signal?: AbortSignal | null): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), init)), ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}
