export const LAZY_CHUNKS: Record<string, string>;
export function buildLazyChunks(outDir: string): Promise<void>;
export function esModuleBuild(entry: string, options: { outDir: string; fileName: string; write?: boolean }): import('vite').InlineConfig;
export function minifyTemplates(): import('vite').Plugin;
