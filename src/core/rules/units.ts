/**
 * What the words around a number mean: table unit notes, quantity multipliers, and the placeholders finance
 * tables write for "none". Written half-width, because text is normalised first (`（万元）` reads as `(万元)`).
 */

export interface AmountUnit {
  /** The canonical Chinese name, shown back in the sheet's own terms. */
  readonly unit: string;
  /** How many 元 one of this unit is. */
  readonly factor: number;
}

/** SCORING.md "Amounts": 元 ×1, 千元 ×1 000, 万元 ×10 000, 亿元 ×10^8. Longest first, so `万元` is not read as `元`. */
export const AMOUNT_UNITS: readonly AmountUnit[] = [
  { unit: '亿元', factor: 1e8 },
  { unit: '万元', factor: 1e4 },
  { unit: '千元', factor: 1e3 },
  { unit: '元', factor: 1 },
];

/**
 * English unit notes of bilingual tables (`Unit: CNY 10,000`, SCORING.md), lower case, mapped to the Chinese
 * unit. Matched longest first, so `cny 10,000` is not read as `cny`.
 */
export const ENGLISH_AMOUNT_UNITS: readonly { readonly words: string; readonly unit: string }[] = [
  { words: 'cny 100 million', unit: '亿元' },
  { words: 'rmb 100 million', unit: '亿元' },
  { words: '100 million yuan', unit: '亿元' },
  { words: 'cny 10,000', unit: '万元' },
  { words: 'rmb 10,000', unit: '万元' },
  { words: '10,000 yuan', unit: '万元' },
  { words: '10 thousand yuan', unit: '万元' },
  { words: 'ten thousand yuan', unit: '万元' },
  { words: 'cny 1,000', unit: '千元' },
  { words: 'rmb 1,000', unit: '千元' },
  { words: '1,000 yuan', unit: '千元' },
  { words: 'thousand yuan', unit: '千元' },
  { words: 'yuan', unit: '元' },
  { words: 'cny', unit: '元' },
  { words: 'rmb', unit: '元' },
];

/**
 * SCORING.md "Indicators": "万 and 亿 multiply" (`546.6万人` is 5 466 000 人, so it agrees with `人`); 千 as well
 * (`3千人`). Only the character right after the number counts: `千米` is then 1 000 米, which is still right.
 */
export const QUANTITY_MULTIPLIERS: readonly { readonly word: string; readonly factor: number }[] = [
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
  { word: '千', factor: 1e3 },
];

/**
 * A measure word dropped before a unit (SCORING.md durations: `≤3个工作日` is 3 工作日, `3个月` is 3 月), so
 * `3个工作日` agrees with `2工作日`. Kept when it is the whole unit (`≥3个` against `2个`).
 */
export const MEASURE_WORDS: readonly string[] = ['个'];

/**
 * Duration units written two ways for the same thing, as the name compared (`3日内` against `2天`). 工作日 is
 * not among them: SCORING.md "工作日 and 天 do not convert into each other".
 */
export const UNIT_SYNONYMS: readonly { readonly word: string; readonly unit: string }[] = [
  { word: '日', unit: '天' },
  { word: '自然日', unit: '天' },
  { word: '星期', unit: '周' },
  { word: '钟头', unit: '小时' },
];

/**
 * A "unit" with one of these is not a measure (`3天前`, `12月底前` where rules/timeWords.ts does not read it as
 * a date): the value is qualitative rather than a number with a unit that means "before".
 */
export const DEADLINE_MARKERS: readonly string[] = ['前', '底'];

/**
 * What finance tables write in a number cell for "none" (DESIGN.md "Reading the tables"): read as empty, never
 * as 0 and never as an error. Compared with the whole normalised cell.
 */
export const EMPTY_PLACEHOLDERS: readonly string[] = ['-', '--', '—', '——', '–', '/', '无'];
