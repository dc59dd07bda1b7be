import type { Fen } from '../report';

/**
 * An amount in the sheet's own unit, as a finance table shows it: `1,526.71`. Worked in integer
 * hundredths of the unit, so the last digit is rounded exactly (and without Intl, which is slow for
 * the thousands of flags a large table can raise).
 */
export function showAmount(fen: Fen, unitFactor: number): string {
  const hundredths = Math.round(Math.abs(fen) / unitFactor);
  const digits = String(hundredths).padStart(3, '0');
  let whole = digits.slice(0, -2);
  let grouped = '';
  while (whole.length > 3) {
    grouped = `,${whole.slice(-3)}${grouped}`;
    whole = whole.slice(0, -3);
  }
  const sign = fen < 0 && hundredths > 0 ? '-' : '';
  return `${sign}${whole}${grouped}.${digits.slice(-2)}`;
}

/** A rate as a percentage with one decimal: `52.0%`. */
export function showRate(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** A score without trailing zeros: 9.91, 10, 96.63. */
export function showScore(score: number): string {
  return String(round2(score));
}

/** Rounded to 2 decimals the way a person rounds 2.675 (to 2.68), not the way binary floats do. */
export function round2(x: number): number {
  return Math.round((x + Math.sign(x) * 1e-9) * 100) / 100;
}
