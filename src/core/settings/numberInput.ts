/** The bounds a setting's input accepts, in the unit the user types (percent points for a rate). */
export interface InputRange {
  readonly min: number;
  readonly max: number;
}

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff05\uff0d]/g;

/**
 * What the user typed into a number field, as a number: `90`, `90%`, `９０％` (a Chinese input method's
 * full-width forms), ` 92.5 `. Null for anything else, or for a number outside `range`.
 */
export function parseNumberInput(text: string, range: InputRange): number | null {
  const plain = text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  const match = /^(-?\d+(?:\.\d+)?|-?\.\d+)%?$/.exec(plain);
  if (!match) return null;
  const value = Number(match[1]);
  return value >= range.min && value <= range.max ? value : null;
}

/** Percent points as the fraction the settings hold: 90 → 0.9, 92.5 → 0.925, without float noise. */
export function fractionOf(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** A plain number as typed back into its field: 0.01 → `0.01`. */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}
