/** The most decimals a General-formatted number is taken to show; Excel's General shows about 10 digits. */
const MAX_DECIMALS = 6;

/**
 * The decimals of the shortest JS representation of a number (1526.71 → 2, 1e-7 → 6 capped), used when the
 * cell's format (General or unknown) does not say how many it shows.
 */
export function shownDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  // Hot path: the first power of ten that makes the value whole, within float noise (1526.71 × 100).
  for (let d = 1, scale = 10; d <= MAX_DECIMALS; d++, scale *= 10) {
    const scaled = Math.abs(value) * scale;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * scaled) return d;
  }
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const point = mantissa.indexOf('.');
  const mantissaDecimals = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.min(MAX_DECIMALS, Math.max(0, mantissaDecimals - Number(exponent)));
}
