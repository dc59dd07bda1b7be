/**
 * Half a unit of the last shown digit (SCORING.md `rate-mismatch` and `sum-mismatch`): 2 decimals → 0.005.
 * Built from a decimal string because `10 ** -5` is 0.000009999999999999999 in binary floating point.
 */
export function decimalsTolerance(decimals: number): number {
  return Number(`5e${-decimals - 1}`);
}
