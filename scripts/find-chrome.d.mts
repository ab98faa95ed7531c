/** Path of a Chrome or Chromium executable: CHROME_PATH, then the usual install paths; undefined when none. */
export function findChrome(): string | undefined;
