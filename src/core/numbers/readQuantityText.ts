import { INCLUSIVE_MARKERS, PREFIX_OPERATORS, SUFFIX_OPERATORS } from '../rules';
import type { OperatorWord } from '../rules';
import type { MeasuredQuantity } from './ParsedValue';
import { readLeadingNumber } from './readLeadingNumber';
import { shiftDecimal } from './shiftDecimal';
import { splitUnit } from './splitUnit';

/**
 * Normalised indicator text as operator + number + unit (SCORING.md "Indicators": `≥95%`, `不低于2220家`,
 * `控制在50万元以内`, `95%以上`, `546.6万人`), or null when it is words (`有效提升`) or more than one number
 * (`3-5天`). Operators come from rules/operators.ts.
 */
export function readQuantityText(text: string): MeasuredQuantity | null {
  let s = text.replace(/ /g, '');
  for (const marker of INCLUSIVE_MARKERS) s = s.split(marker).join('');
  const prefix = longest(PREFIX_OPERATORS, (w) => s.startsWith(w));
  if (prefix) s = s.slice(prefix.word.length);
  const suffix = longest(SUFFIX_OPERATORS, (w) => s.endsWith(w));
  if (suffix) s = s.slice(0, s.length - suffix.word.length);
  // `不低于…以下` contradicts itself: leave it to a reviewer rather than pick one.
  if (prefix?.direction && suffix?.direction && prefix.direction !== suffix.direction) return null;
  const n = readLeadingNumber(s);
  const measure = n && splitUnit(n.rest);
  if (!n || !measure) return null;
  return {
    kind: 'quantity',
    direction: prefix?.direction ?? suffix?.direction ?? null,
    value: shiftDecimal(n.value, measure.power),
    unit: measure.unit,
    text,
  };
}

/** The longest operator word that matches, so `不超过` wins over `超过` and `及以上` over `以上`. */
function longest(words: readonly OperatorWord[], matches: (word: string) => boolean): OperatorWord | undefined {
  let best: OperatorWord | undefined;
  for (const w of words) if (matches(w.word) && (!best || w.word.length > best.word.length)) best = w;
  return best;
}
