/**
 * Half a unit of the last shown digit (SCORING.md `rate-mismatch` and `sum-mismatch`): 2 decimals → 0.005.
 * Built from a decimal string because `10 ** -5` is 0.000009999999999999999 in binary floating point.
 */
export function decimalsTolerance(decimals: number): number {
  return decimals >= 0 && decimals < TABLE.length ? TABLE[decimals] : Number(`5e${-decimals - 1}`);
}

/** Every cell asks: the common places are looked up rather than parsed. */
const TABLE = Array.from({ length: 16 }, (_, d) => Number(`5e${-d - 1}`));
