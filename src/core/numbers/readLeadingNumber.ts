export interface LeadingNumber {
  /** The number as a plain decimal string, separators removed (`-1526.71`), for exact decimal shifting. */
  readonly digits: string;
  readonly value: number;
  /** Digits after the point as written (`52.00` → 2). */
  readonly decimals: number;
  /** What follows the number (`万人`, `%以上`); '' when the text is only the number. */
  readonly rest: string;
}

/**
 * A decimal number at the start of normalised, space-free text: an optional sign, digits with or without
 * thousands separators in groups of three (`1,526.71`, `2220`), an optional point with digits. Exponents
 * (`1.5e3`) and lone points (`.5`, `12.`) are not how finance tables write amounts, so they stop the number.
 */
export function readLeadingNumber(text: string): LeadingNumber | null {
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return null;
  const [whole, sign, integer, fraction = ''] = m;
  const digits = `${sign === '-' ? '-' : ''}${integer.replace(/,/g, '')}${fraction ? '.' : ''}${fraction}`;
  return { digits, value: Number(digits), decimals: fraction.length, rest: text.slice(whole.length) };
}
