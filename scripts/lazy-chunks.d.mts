export const LAZY_CHUNKS: Record<string, string>;
export function buildLazyChunks(outDir: string): Promise<void>;
