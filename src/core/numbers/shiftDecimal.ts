/**
 * `value × 10^places` done on the decimal text (`94.9` → `0.949`), so the result is the double nearest the
 * decimal one; plain arithmetic gives 0.07 × 100 = 7.000000000000001.
 */
export function shiftDecimal(value: number, places: number): number {
  if (places === 0) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
