import { DATE_BEFORE_WORDS, DATE_DONE_WORDS, DATE_LEAD_WORDS, MONTH_PARTS, PERIOD_END_MONTHS } from '../rules';
import type { DateQuantity } from './ParsedValue';

const byLength = (a: string, b: string): number => b.length - a.length;
const LEAD_WORDS = [...DATE_LEAD_WORDS].sort(byLength);
/** `前` and `完成` are stripped one at a time from the end, so `10月底前完成` and `年底之前` both reach the date. */
const TRAILING_WORDS = [...DATE_BEFORE_WORDS, ...DATE_DONE_WORDS].sort(byLength);
const PERIODS = new Map(PERIOD_END_MONTHS.map((p) => [p.word, p.month]));
const PARTS = new Map(MONTH_PARTS.map((p) => [p.word, p.day]));
const NUMERAL_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** `2024-10-31`, `2024/10/31`, `2024-10`: how a date cell reaches the core (xlsx/convertCellValue) or is typed. */
const ISO_DATE = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/;
/** `10月`, `十月`, `11月30日`, `9月底`: a calendar month, never a count (a count is `3个月`, a duration). */
const MONTH_DATE = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2})[日号])?(.*)$/;
/** Every date mentions one of these; other text is not walked at all (every indicator cell is read). */
const MAY_BE_DATE = /[月年季Q\-/]/;

/**
 * Normalised indicator text that is one date within the year (SCORING.md time targets): a deadline
 * (`6月前`, `10月底前`, `2024年11月30日前`, `年底前`, `第三季度前`) or when the work was done (`5月`,
 * `2024年10月`, `已于9月完成`); null for anything else. Word tables are in rules/timeWords.ts.
 */
export function readDateText(text: string): DateQuantity | null {
  if (!MAY_BE_DATE.test(text)) return null;
  let s = text.replace(/[\s。.!！]+/g, '');
  for (let lead = LEAD_WORDS.find((w) => s.startsWith(w)); lead; lead = LEAD_WORDS.find((w) => s.startsWith(w))) {
    s = s.slice(lead.length);
  }
  // Try the whole, then with one trailing word less at a time: `年内` is a period before `内` is a word.
  for (;;) {
    const date = datePart(s);
    if (date) return { kind: 'date', ...date, text };
    const trailing = TRAILING_WORDS.find((w) => s.endsWith(w));
    if (!trailing) return null;
    s = s.slice(0, s.length - trailing.length);
  }
}

type DateFields = Pick<DateQuantity, 'year' | 'month' | 'day'>;

/** `2024年10月`, `11月30日`, `年底`, `2024年第三季度`, `2024-10-31`: exactly one date and nothing else. */
function datePart(s: string): DateFields | null {
  const iso = ISO_DATE.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  const yearMatch = /^(\d{4})/.exec(s);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  let rest = yearMatch ? s.slice(4) : s;
  // `2024年底` shares its 年 with the period; `2024年上半年`, `2024年10月` do not.
  if (year !== null && !PERIODS.has(rest)) {
    if (!rest.startsWith('年')) return null;
    rest = rest.slice(1);
  }
  const period = PERIODS.get(rest);
  if (period !== undefined) return { year, month: period, day: null };
  const m = MONTH_DATE.exec(rest);
  if (!m) return null;
  const month = /\d/.test(m[1]) ? Number(m[1]) : NUMERAL_MONTHS.indexOf(m[1]) + 1;
  if (m[2] !== undefined) return m[3] === '' ? checked(year, month, Number(m[2])) : null;
  const part = m[3] === '' ? null : PARTS.get(m[3]);
  return part === undefined ? null : checked(year, month, part);
}

function checked(year: number | null, month: number, day: number | null): DateFields | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}
