/**
 * Timing in the page, the same way for both libraries.
 *
 * A measured action starts at the beginning of a frame (inside a
 * requestAnimationFrame callback) and ends when the frame that shows its
 * result has been rendered: a `setTimeout(0)` queued in that callback runs
 * only after the browser's style, layout and paint of the frame. So a number
 * is script + style + layout + paint, without the idle wait for the next
 * vsync that a plain double rAF adds (up to 33 ms, which would hide whether
 * an interaction fits in one 16 ms frame). When the action finishes later
 * than its first frame (work left in a promise), the end is the rAF +
 * setTimeout after it settles, i.e. the paint that shows it.
 */
export const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/** Resolves after the next frame has been rendered. */
export const afterPaint = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export async function timeAction(action: () => unknown): Promise<number> {
  await afterPaint();
  return new Promise<number>((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      performance.mark('bench-start');
      let settled = false;
      let result: unknown;
      try {
        result = action();
      } catch (e) {
        reject(e);
        return;
      }
      const done = Promise.resolve(result).then(() => {
        settled = true;
      });
      const end = () => {
        performance.mark('bench-end');
        resolve(performance.now() - t0);
      };
      setTimeout(() => {
        if (settled) end();
        else done.then(afterPaint).then(end, reject);
      }, 0);
    });
  });
}

declare global {
  interface Window {
    gc?: () => void;
    /** Set by the page: renders one element (or chart) on one plan and times it. */
    bench: (job: Job) => Promise<Sample>;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** JS heap in MB after a full garbage collection (needs --js-flags=--expose-gc). */
export async function heapMb(): Promise<number> {
  await afterPaint();
  for (let i = 0; i < 3; i++) window.gc?.();
  return (performance.memory?.usedJSHeapSize ?? NaN) / 1024 / 1024;
}

export interface Sample {
  first: number;
  update: number;
  /** Hover (pointer enters a mark) times, one per mark tried. */
  hover: number[];
  /** Treemap only: drill into the largest cell. */
  drill?: number;
  heap: number;
  /** Elements drawn (a check that both drew something comparable). */
  marks: number;
  /** First render of a second element (or chart) on the same page, with the second plan. */
  remount: number;
  /** Ours only: validating the plan alone. */
  validate?: number;
}

export interface Job {
  element: string;
  scale: string;
  /** Hover this many marks. */
  hovers: number;
  /** Treemap: the budget line to drill into. */
  drill?: string;
  /** ECharts: the renderer (default svg). */
  renderer?: 'svg' | 'canvas';
  /** Leave the last chart on the page (to look at it). */
  keep?: boolean;
}

export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** `count` indices spread over 0..n-1, deterministic. */
export function spread(n: number, count: number): number[] {
  if (n <= 0) return [];
  const out: number[] = [];
  for (let i = 0; i < Math.min(n, count); i++) out.push(Math.floor(((i + 0.5) * n) / Math.min(n, count)));
  return out;
}
