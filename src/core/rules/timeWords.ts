/**
 * SCORING.md "Indicators", time targets: "a deadline (`6月前`, `10月底前`, `2024年11月30日前`, `年底前`,
 * `第三季度前`) is met by an actual at or before it (`5月`, `2024年10月`, `已于9月完成`): compare as dates within
 * the year … a quarter is its last month; `年底` is 12月". The words around a date are data here, so another
 * province's wording is a line, not code. Written half-width and without spaces: text is normalised first.
 */

/** A period named by words, read as the month that ends it (SCORING.md: a quarter is its last month). */
export interface PeriodWord {
  readonly word: string;
  readonly month: number;
}

/** Matched as the whole date part, longest first (`第三季度` before `三季度`). */
export const PERIOD_END_MONTHS: readonly PeriodWord[] = [
  { word: '年底', month: 12 },
  { word: '年末', month: 12 },
  { word: '年内', month: 12 },
  { word: '年度内', month: 12 },
  { word: '本年度', month: 12 },
  { word: '下半年', month: 12 },
  { word: '上半年', month: 6 },
  { word: '年中', month: 6 },
  ...quarters(),
];

/** `第一季度`, `一季度`, `第1季度`, `1季度`, `Q1` for each quarter, ending in its last month. */
function quarters(): PeriodWord[] {
  return ['一', '二', '三', '四'].flatMap((numeral, i) => {
    const month = (i + 1) * 3;
    const digit = String(i + 1);
    return [`第${numeral}季度`, `${numeral}季度`, `第${digit}季度`, `${digit}季度`, `Q${digit}`].map((word) => ({ word, month }));
  });
}

/**
 * What may follow `N月` and where in the month it puts the date: `底`/`末`/`份` the month as a whole (no day,
 * so only the month is compared), `上旬` by the 10th, `中旬` by the 20th, `下旬` the month's end.
 */
export const MONTH_PARTS: readonly { readonly word: string; readonly day: number | null }[] = [
  { word: '上旬', day: 10 },
  { word: '中旬', day: 20 },
  { word: '下旬', day: null },
  { word: '底', day: null },
  { word: '末', day: null },
  { word: '份', day: null },
];

/**
 * Words before a date, on a target (`不晚于10月`, `力争6月前`) or an actual (`已于9月完成`, `于2024年10月`).
 * `≤` reads a month as a deadline, not a count: a count is written `3个月` (SCORING.md: a duration).
 * Not `预计`/`将于`: on an actual they say the work is not done yet (`预计12月完成`), which is not a date it
 * was done by (rules/qualitativeTiers.ts reads them as 未达成).
 */
export const DATE_LEAD_WORDS: readonly string[] = [
  '已于', '于', '已在', '在', '截至', '截止到', '截止', '不晚于', '不迟于', '最迟', '最晚', '力争', '确保', '≤', '<=', '<',
];

/** Words after a date saying "by then" (`6月前`, `年底之前`, `年内`). The deadline itself is included. */
export const DATE_BEFORE_WORDS: readonly string[] = ['之前', '以前', '前', '以内', '之内', '内', '止'];

/** Words after a date saying the work was (or is to be) done then (`9月完成`, `10月底前完成`, `6月上线`). */
export const DATE_DONE_WORDS: readonly string[] = [
  '全部完成', '已完成', '完成', '完工', '竣工', '办结', '上线', '建成', '到位', '验收',
];

/**
 * SCORING.md: "Time targets are reverse indicators". A duration written without an operator under a 时效指标
 * (`办结时限 | 5个工作日`) is a ceiling, as under 成本. Both conditions are needed: a 及时率 in `%` under 时效 is
 * forward, and so is a `培训时长 40小时` under 数量指标.
 */
export const TIME_LEVEL2 = /时效|timeliness/i;
export const DURATION_UNITS: readonly string[] = ['工作日', '天', '小时', '分钟', '周', '月'];
