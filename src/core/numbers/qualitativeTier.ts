import {
  MET_WORDS, NEGATION_PREFIXES, NO_WORDS, PARTIAL_WORDS, POSITIVE_GOAL_WORDS, UNMET_WORDS, YES_WORDS,
} from '../rules';
import type { QualitativeTier } from '../rules';
import { isEmptyText } from './isEmptyText';
import { normalizeText } from './normalizeText';

const AFFIRMATIVE = [...MET_WORDS, ...POSITIVE_GOAL_WORDS];

/**
 * The 10号 tier of a qualitative actual (SCORING.md "Indicators"; word tables in rules/qualitativeTiers.ts).
 * Negative and partial forms are checked before the plain ones, because `未完成` and `基本完成` contain `完成`;
 * an empty actual is 未达成; wording the tables do not know is 部分达成, since a reviewer cannot verify it.
 */
export function qualitativeTier(actualText: string): QualitativeTier {
  const normalised = normalizeText(actualText);
  if (isEmptyText(normalised)) return 'unmet';
  const t = normalised.replace(/[\s.,;:!?。、]/g, '');
  if (YES_WORDS.includes(t)) return 'met';
  if (t === '' || NO_WORDS.includes(t)) return 'unmet';
  if (UNMET_WORDS.some((w) => t.includes(w))) return 'unmet';
  if (PARTIAL_WORDS.some((w) => t.includes(w))) return 'partial';
  if (AFFIRMATIVE.some((w) => isNegated(t, w))) return 'unmet';
  if (AFFIRMATIVE.some((w) => t.includes(w))) return 'met';
  return 'partial';
}

/** Whether `word` occurs right after a negation (`未按时`, `无明显`). */
function isNegated(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text.slice(0, i);
    if (NEGATION_PREFIXES.some((p) => before.endsWith(p))) return true;
  }
  return false;
}
