import { DEADLINE_MARKERS, MEASURE_WORDS, QUANTITY_MULTIPLIERS, UNIT_SYNONYMS } from '../rules';

const SYNONYMS = new Map(UNIT_SYNONYMS.map((s) => [s.word, s.unit]));

export interface SplitUnit {
  /** 10^power is the multiplier that came before the unit (`万人` → 4); 0 without one. */
  readonly power: number;
  readonly unit: string;
}

/**
 * What follows an indicator's number: an optional 万/亿/千 (SCORING.md: "万 and 亿 multiply") and a unit,
 * without a measure word before it (`个工作日` is 工作日) and by one name (`日` is 天, rules/units.ts).
 * Null when it is not a unit: more digits (`年12月底前`, `-5天`) or a deadline (`月底前`), which makes the
 * whole value qualitative.
 */
export function splitUnit(rest: string): SplitUnit | null {
  const multiplier = QUANTITY_MULTIPLIERS.find((m) => rest.startsWith(m.word));
  const afterMultiplier = multiplier ? rest.slice(multiplier.word.length) : rest;
  const measure = MEASURE_WORDS.find((w) => afterMultiplier.startsWith(w) && afterMultiplier.length > w.length);
  const written = measure ? afterMultiplier.slice(measure.length) : afterMultiplier;
  const unit = SYNONYMS.get(written) ?? written;
  if (/\d/.test(unit) || DEADLINE_MARKERS.some((w) => unit.includes(w))) return null;
  return { power: multiplier ? Math.round(Math.log10(multiplier.factor)) : 0, unit };
}
