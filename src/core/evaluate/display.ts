import type { Fen } from '../report';

const grouped = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in the sheet's own unit, as a finance table shows it: `1,526.71`. */
export function showAmount(fen: Fen, unitFactor: number): string {
  return grouped.format(fen / (unitFactor * 100));
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
