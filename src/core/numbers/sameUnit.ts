/**
 * Whether two indicator units can be compared, after 万/亿/千 are removed (`万人` and `人` both read `人`).
 * A bare number ('') agrees with anything: the caller adopts the other side's unit. `天` vs `%` do not agree
 * (SCORING.md: `parse-error` on the actual, naming both cells).
 */
export function sameUnit(a: string, b: string): boolean {
  return a === b || a === '' || b === '';
}
