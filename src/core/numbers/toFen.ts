/**
 * An amount in integer 分, so that sums carry no floating-point noise (SCORING.md: "Amounts are exact to the
 * 分": 1270.47 + 256.25 is exactly 1526.72). `unitFactor` turns the sheet's unit into 元 (万元: 10 000).
 * Halves round away from zero, so an accounting negative rounds like its positive; never returns -0.
 */
export function toFen(value: number, unitFactor: number): number {
  const fen = Math.round(Math.abs(value * unitFactor * 100));
  return value < 0 && fen !== 0 ? -fen : fen;
}
