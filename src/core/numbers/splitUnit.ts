import { DEADLINE_MARKERS, QUANTITY_MULTIPLIERS } from '../rules';

export interface SplitUnit {
  /** 10^power is the multiplier that came before the unit (`万人` → 4); 0 without one. */
  readonly power: number;
  readonly unit: string;
}

/**
 * What follows an indicator's number: an optional 万/亿/千 (SCORING.md: "万 and 亿 multiply") and a unit.
 * Null when it is not a unit: more digits (`年12月底前`, `-5天`) or a deadline (`月底前`), which makes the
 * whole value qualitative.
 */
export function splitUnit(rest: string): SplitUnit | null {
  const multiplier = QUANTITY_MULTIPLIERS.find((m) => rest.startsWith(m.word));
  const unit = multiplier ? rest.slice(multiplier.word.length) : rest;
  if (/\d/.test(unit) || DEADLINE_MARKERS.some((w) => unit.includes(w))) return null;
  return { power: multiplier ? Math.round(Math.log10(multiplier.factor)) : 0, unit };
}
