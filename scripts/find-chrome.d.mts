/** Path of a Chrome or Chromium executable: CHROME_PATH, then the usual install paths; null when none. */
export function findChrome(): string | null;
