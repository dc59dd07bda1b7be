/**
 * Rates shown next to each other or next to a bound must not contradict the comparison that raised the flag
 * (the issue: `执行率 90.0%，低于 90%` for 0.8999…, or a rate-mismatch showing `86.2%` twice). One decimal is
 * the house display (showRate); more are added only as far as it takes for the difference to be visible.
 */

/** Past this the rates are the same to any digit a reader can use; the last try is shown as it is. */
const MAX_DECIMALS = 10;

/** A fraction as a percentage with `decimals` places: 0.8999, 2 → `89.99`. */
function percentText(fraction: number, decimals: number): string {
  return (fraction * 100).toFixed(decimals);
}

/** Two rates with the fewest decimals (at least one) at which they differ when shown: 0.862, 0.8624 → `86.20%`, `86.24%`. */
export function showRateApart(a: number, b: number): [string, string] {
  let d = 1;
  while (d < MAX_DECIMALS && percentText(a, d) === percentText(b, d)) d++;
  return [`${percentText(a, d)}%`, `${percentText(b, d)}%`];
}

/**
 * A rate that lies strictly below (or above) a bound, with the fewest decimals (at least one) at which the
 * shown figure is still on that side of it: 0.8999 below 0.9 → `89.99%`, not `90.0%`; 1.0001 above 1 →
 * `100.01%`, not `100.0%`.
 */
export function showRateBeyond(rate: number, bound: number, side: 'below' | 'above'): string {
  const limit = bound * 100;
  const onSide = (shown: number) => (side === 'below' ? shown < limit : shown > limit);
  let d = 1;
  while (d < MAX_DECIMALS && !onSide(Number(percentText(rate, d)))) d++;
  return `${percentText(rate, d)}%`;
}

/** A bound as its own digits, without padding: 0.9 → `90%`, 0.855 → `85.5%` (not rounded to one decimal). */
export function showBound(bound: number): string {
  return `${Number((bound * 100).toFixed(MAX_DECIMALS))}%`;
}
