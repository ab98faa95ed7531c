export interface Size {
  raw: number;
  gzip: number;
}
export interface ElementSize {
  chart: string;
  first: Size;
  lazy: (Size & { name: string })[];
  modules: Map<string, number>;
}
export const gz: (text: string) => number;
export function measureSizes(root: string): Promise<{ iife: Size; chunks: (Size & { file: string })[]; base: Omit<ElementSize, 'chart'>; elements: ElementSize[] }>;
