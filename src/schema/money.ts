/**
 * Exact arithmetic for money figures. Budget documents print million baht
 * with 4 decimals; adding them as floats drifts (0.1 + 0.2), so sums are
 * done in integer units of 0.0001 million baht (100 baht).
 */
export const MONEY_SCALE = 10_000;

/** Million baht → integer ten-thousandths. */
export function toUnits(millionBaht: number): number {
  return Math.round(millionBaht * MONEY_SCALE);
}

/** Integer ten-thousandths → million baht. */
export function fromUnits(units: number): number {
  return units / MONEY_SCALE;
}

/** Adds money figures without float drift. */
export function sumMoney(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += toUnits(v);
  return fromUnits(total);
}

/**
 * True when the figure has at most 4 decimals (as the documents print them).
 * The float error of `x * 10,000` grows with x (2,267,058.0484 gives
 * 22,670,580,484.000004), so the tolerance does too: a few ulps, never a digit.
 */
export function hasMoneyPrecision(millionBaht: number): boolean {
  const scaled = millionBaht * MONEY_SCALE;
  return Math.abs(scaled - Math.round(scaled)) <= Math.max(1e-6, Math.abs(scaled) * 1e-15);
}

/** Number of decimals in the shortest printed form of `x` (3.10 in JSON is 3.1: 1). */
export function decimalsOf(x: number): number {
  const s = String(Math.abs(x));
  const exp = s.indexOf('e');
  if (exp >= 0) {
    const mantissaDecimals = decimalsOf(Number(s.slice(0, exp)));
    return Math.max(0, mantissaDecimals - Number(s.slice(exp + 1)));
  }
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Half of the last printed digit: the rounding error a printed figure may carry. */
export function halfUlp(x: number): number {
  return 0.5 * 10 ** -decimalsOf(x);
}
