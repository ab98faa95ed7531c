/**
 * The 77 first-level divisions of Thailand (76 provinces and Bangkok) by
 * ISO 3166-2:TH code. Kept as a bare code list so that validating a plan
 * does not pull the map's name and tile tables into every element.
 */
export const PROVINCE_CODES: readonly string[] = (
  '10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 ' +
  '40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 67 ' +
  '70 71 72 73 74 75 76 77 80 81 82 83 84 85 86 90 91 92 93 94 95 96'
)
  .split(' ')
  .map((n) => `TH-${n}`);

const codes = new Set(PROVINCE_CODES);

export function isProvinceCode(code: string): boolean {
  return codes.has(code);
}
