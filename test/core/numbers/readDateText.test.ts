import { isOnOrBefore, parseQuantity } from '../../../src/core/numbers';
import type { DateQuantity, Quantity } from '../../../src/core/numbers';

const date = (text: string, month: number, day: number | null = null, year: number | null = null): Quantity =>
  ({ kind: 'date', year, month, day, text });
const q = (direction: 'forward' | 'reverse' | null, value: number, unit: string, text: string): Quantity =>
  ({ kind: 'quantity', direction, value, unit, text });
const words = (text: string): Quantity => ({ kind: 'qualitative', text });

// SCORING.md time targets: deadlines and the actuals that meet them, as published 自评表 write them.
const deadlines: [string, Quantity][] = [
  ['6月前', date('6月前', 6)],
  ['10月底前', date('10月底前', 10)],
  ['10月底前完成', date('10月底前完成', 10)],
  ['2024年11月30日前', date('2024年11月30日前', 11, 30, 2024)],
  ['2024年6月30日前', date('2024年6月30日前', 6, 30, 2024)],
  ['年底前', date('年底前', 12)],
  ['年底前完成', date('年底前完成', 12)],
  ['2024年底前', date('2024年底前', 12, null, 2024)],
  ['2024年12月底前', date('2024年12月底前', 12, null, 2024)],
  ['年内完成', date('年内完成', 12)],
  ['年内', date('年内', 12)],
  ['第三季度前', date('第三季度前', 9)],
  ['三季度前完成', date('三季度前完成', 9)],
  ['第1季度前', date('第1季度前', 3)],
  ['2024年第二季度', date('2024年第二季度', 6, null, 2024)],
  ['上半年', date('上半年', 6)],
  ['2024年上半年完成', date('2024年上半年完成', 6, null, 2024)],
  ['下半年', date('下半年', 12)],
  ['9月中旬前', date('9月中旬前', 9, 20)],
  ['9月上旬', date('9月上旬', 9, 10)],
  ['十月底前', date('十月底前', 10)],
  ['十二月前', date('十二月前', 12)],
  ['不晚于10月', date('不晚于10月', 10)],
  ['力争6月前', date('力争6月前', 6)],
  ['≤6月', date('≤6月', 6)],
  ['6月之前', date('6月之前', 6)],
  ['6月以前', date('6月以前', 6)],
  ['１０月底前', date('10月底前', 10)],
  // Actuals
  ['5月', date('5月', 5)],
  ['8月', date('8月', 8)],
  ['2024年10月', date('2024年10月', 10, null, 2024)],
  ['2024年5月', date('2024年5月', 5, null, 2024)],
  ['已于9月完成', date('已于9月完成', 9)],
  ['于2024年9月30日完成', date('于2024年9月30日完成', 9, 30, 2024)],
  ['9月已完成', date('9月已完成', 9)],
  ['9月底', date('9月底', 9)],
  ['9月份', date('9月份', 9)],
  ['9月30日', date('9月30日', 9, 30)],
  ['9月30号', date('9月30号', 9, 30)],
  ['2024年10月15日', date('2024年10月15日', 10, 15, 2024)],
  ['已于2024年10月完成。', date('已于2024年10月完成。', 10, null, 2024)],
  // A date cell reaches the core as ISO text (xlsx/convertCellValue).
  ['2024-10-31', date('2024-10-31', 10, 31, 2024)],
  ['2024/9/5', date('2024/9/5', 9, 5, 2024)],
];

// Durations compare as numbers with their unit; `个` before a unit is dropped; a count of months is not a date.
const durations: [string, Quantity][] = [
  ['≤3个工作日', q('reverse', 3, '工作日', '≤3个工作日')],
  ['3个工作日内', q('reverse', 3, '工作日', '3个工作日内')],
  ['2个工作日', q(null, 2, '工作日', '2个工作日')],
  ['10天以内', q('reverse', 10, '天', '10天以内')],
  ['2小时内', q('reverse', 2, '小时', '2小时内')],
  ['1.5小时', q(null, 1.5, '小时', '1.5小时')],
  ['3个月', q(null, 3, '月', '3个月')],
  ['≤3个月', q('reverse', 3, '月', '≤3个月')],
  ['6个月内', q('reverse', 6, '月', '6个月内')],
  ['≥3个', q('forward', 3, '个', '≥3个')],
  // One name for the same duration unit; 工作日 stays 工作日.
  ['3日内', q('reverse', 3, '天', '3日内')],
  ['15个自然日', q(null, 15, '天', '15个自然日')],
  ['≤2个星期', q('reverse', 2, '周', '≤2个星期')],
  ['5个工作日', q(null, 5, '工作日', '5个工作日')],
];

// Not one date: left to the other readers (words, or a number with a unit).
const notDates: [string, Quantity][] = [
  ['13月前', words('13月前')],
  ['9月32日', words('9月32日')],
  ['2024年', q(null, 2024, '年', '2024年')],
  ['按时', words('按时')],
  ['按时完成', words('按时完成')],
  ['年度', words('年度')],
  ['6-9月', words('6-9月')],
  ['每月1次', words('每月1次')],
  ['3天前', words('3天前')],
  ['预计12月完成', words('预计12月完成')],
  ['2025年一季度前完成部分改造', words('2025年一季度前完成部分改造')],
];

describe('parseQuantity: dates within the year (SCORING.md time targets)', () => {
  it.each(deadlines)('%p', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});

describe('parseQuantity: durations', () => {
  it.each(durations)('%p', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});

describe('parseQuantity: text that is not one date', () => {
  it.each(notDates)('%p', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });
});

function dateOf(text: string): DateQuantity {
  const parsed = parseQuantity(text);
  if (parsed.kind !== 'date') throw new Error(`not a date: ${text}`);
  return parsed;
}

describe('isOnOrBefore: by month, by day where both give one, by year where both give one', () => {
  it.each<[string, string, boolean]>([
    ['8月', '10月底前', true],
    ['10月', '10月底前', true],
    ['11月', '10月底前', false],
    ['2024年5月', '2024年6月30日前', true],
    ['2024年6月', '2024年6月30日前', true],
    ['6月15日', '6月30日前', true],
    ['6月30日', '6月30日前', true],
    ['7月1日', '6月30日前', false],
    ['11月30日', '11月15日前', false],
    ['11月', '11月15日前', true],
    ['12月31日', '年底前', true],
    ['9月', '第三季度前', true],
    ['10月', '第三季度前', false],
    ['2023年12月', '2024年6月前', true],
    ['2025年1月', '2024年11月30日前', false],
    ['2025年1月', '年底前', true],
    ['9月中旬', '9月上旬前', false],
    ['已于9月完成', '10月底前', true],
    ['2024-10-31', '2024年10月底前', true],
  ])('%s against %s → %p', (actual, deadline, met) => {
    expect(isOnOrBefore(dateOf(actual), dateOf(deadline))).toBe(met);
  });
});
