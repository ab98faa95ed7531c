/** Default limits for anything an element fetches (plan files, catalogues, map geometry). */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
