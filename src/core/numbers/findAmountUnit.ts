import { AMOUNT_UNITS, ENGLISH_AMOUNT_UNITS } from '../rules';
import type { AmountUnit } from '../rules';
import { normalizeText } from './normalizeText';

const byLength = (a: string, b: string): number => b.length - a.length;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** English words compared without spaces or commas, so `CNY 10,000`, `CNY10000` and `cny 10000` all match. */
const compact = (s: string): string => s.toLowerCase().replace(/[\s,]/g, '');

const CHINESE_UNITS = AMOUNT_UNITS.map((u) => u.unit).sort(byLength).map(escape).join('|');
/** `单位：万元`, `金额单位:人民币元`, `(万元)`; the unit must end there, so `(元旦)` is not a unit note. */
const CHINESE_NOTE = new RegExp(`(?:单位\\s*:?\\s*(?:人民币)?|\\(\\s*)(${CHINESE_UNITS})(?:人民币)?(?![\\u4e00-\\u9fff])`);
const ENGLISH_BY_WORDS = new Map(ENGLISH_AMOUNT_UNITS.map((e) => [compact(e.words), e.unit]));
const ENGLISH_WORDS = [...ENGLISH_BY_WORDS.keys()].sort(byLength).map(escape).join('|');
/** `Unit: CNY 10,000`, `Unit: yuan`, `Budget (10,000 yuan)`. */
const ENGLISH_NOTE = new RegExp(`(?:unit:?|\\()(${ENGLISH_WORDS})(?![0-9a-z])`);

/**
 * The amount unit a unit note or header states (SCORING.md "Amounts": `单位：万元`, `（元）`, `Unit: CNY 10,000`,
 * `预算数（万元）`), as its canonical Chinese name and factor to 元; null when the text states none (the caller
 * then uses 元 with an `info` flag).
 */
export function findAmountUnit(text: string): AmountUnit | null {
  const t = normalizeText(text);
  const unit = CHINESE_NOTE.exec(t)?.[1] ?? ENGLISH_BY_WORDS.get(ENGLISH_NOTE.exec(compact(t))?.[1] ?? '');
  return AMOUNT_UNITS.find((u) => u.unit === unit) ?? null;
}
