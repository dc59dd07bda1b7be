/**
 * The words and symbols that give an indicator value its direction (SCORING.md "Indicators": "Operators ≥ >
 * 不低于 不少于 达到 → forward; ≤ < 不高于 不超过 控制在…以内 → reverse"; source: a 填表说明 of 正向/反向
 * indicators). Written half-width, because cells are normalised first (`＞＝` reads as `>=`).
 * Adding another province's wording is a line here, not code.
 */

/** Forward: more is better (actual ≥ target is met). Reverse: less is better (成本, 时限, 投诉率). */
export type IndicatorDirection = 'forward' | 'reverse';

export interface OperatorWord {
  readonly word: string;
  /** null: an explicit operator that states no direction (`=1`); the caller decides, as with no operator. */
  readonly direction: IndicatorDirection | null;
}

/**
 * Words before the number. Matched longest first, so `不超过` is never read as `超过`, nor `大于等于` as `大于`.
 * `≧`/`≦` (the Japanese-style signs) and `⩾`/`⩽` occur in pasted tables beside `≥`/`≤`.
 */
export const PREFIX_OPERATORS: readonly OperatorWord[] = [
  { word: '≥', direction: 'forward' },
  { word: '≧', direction: 'forward' },
  { word: '⩾', direction: 'forward' },
  { word: '>=', direction: 'forward' },
  { word: '=>', direction: 'forward' },
  { word: '>', direction: 'forward' },
  { word: '不低于', direction: 'forward' },
  { word: '不少于', direction: 'forward' },
  { word: '不小于', direction: 'forward' },
  { word: '大于等于', direction: 'forward' },
  { word: '大于', direction: 'forward' },
  { word: '高于', direction: 'forward' },
  { word: '多于', direction: 'forward' },
  { word: '超过', direction: 'forward' },
  { word: '至少', direction: 'forward' },
  { word: '达到', direction: 'forward' },
  { word: '达', direction: 'forward' },
  { word: '≤', direction: 'reverse' },
  { word: '≦', direction: 'reverse' },
  { word: '⩽', direction: 'reverse' },
  { word: '<=', direction: 'reverse' },
  { word: '=<', direction: 'reverse' },
  { word: '<', direction: 'reverse' },
  { word: '不高于', direction: 'reverse' },
  { word: '不超过', direction: 'reverse' },
  { word: '不大于', direction: 'reverse' },
  { word: '不多于', direction: 'reverse' },
  { word: '小于等于', direction: 'reverse' },
  { word: '小于', direction: 'reverse' },
  { word: '低于', direction: 'reverse' },
  { word: '少于', direction: 'reverse' },
  { word: '至多', direction: 'reverse' },
  { word: '最多', direction: 'reverse' },
  // 控制在…以内: a ceiling even when the 以内 is left off (`控制在5%`).
  { word: '控制在', direction: 'reverse' },
  { word: '=', direction: null },
  { word: '等于', direction: null },
];

/** Words after the number and unit (`95%以上`, `10天以内`, `2小时内`, `5%及以下`). Matched longest first. */
export const SUFFIX_OPERATORS: readonly OperatorWord[] = [
  { word: '及以上', direction: 'forward' },
  { word: '以上', direction: 'forward' },
  { word: '及以内', direction: 'reverse' },
  { word: '以内', direction: 'reverse' },
  { word: '之内', direction: 'reverse' },
  // SCORING.md durations: `2小时内`, `3个工作日内`.
  { word: '内', direction: 'reverse' },
  { word: '及以下', direction: 'reverse' },
  { word: '以下', direction: 'reverse' },
];

/** `95%(含)以上`: the bound is inclusive, which forward/reverse scoring already assumes; dropped before parsing. */
export const INCLUSIVE_MARKERS: readonly string[] = ['(含)', '(含本数)'];
