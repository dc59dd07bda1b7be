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
  let s = text.includes(' ') ? text.replace(/ /g, '') : text;
  if (s.includes('(')) for (const marker of INCLUSIVE_MARKERS) s = s.split(marker).join('');
  const prefix = prefixOperator(s);
  if (prefix) s = s.slice(prefix.word.length);
  const suffix = suffixOperator(s);
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

/**
 * One pattern per operator table, alternatives longest first, so the first match is the longest word
 * (`不超过` before `超过`, `及以上` before `以上`); built once, since every indicator cell is read with them.
 */
function operatorMatcher(words: readonly OperatorWord[], anchor: 'start' | 'end'): (s: string) => OperatorWord | undefined {
  const byWord = new Map(words.map((w) => [w.word, w]));
  const escaped = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(anchor === 'start' ? `^(?:${escaped.join('|')})` : `(?:${escaped.join('|')})$`);
  return (s) => {
    const m = pattern.exec(s);
    return m ? byWord.get(m[0]) : undefined;
  };
}

const prefixOperator = operatorMatcher(PREFIX_OPERATORS, 'start');
const suffixOperator = operatorMatcher(SUFFIX_OPERATORS, 'end');
