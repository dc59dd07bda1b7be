import type { CellValue } from '../../../src/core/snapshot';
import { parseQuantity } from '../../../src/core/numbers';
import type { Quantity } from '../../../src/core/numbers';

type Direction = 'forward' | 'reverse' | null;
const q = (direction: Direction, value: number, unit: string, text: string): Quantity =>
  ({ kind: 'quantity', direction, value, unit, text });
const words = (text: string): Quantity => ({ kind: 'qualitative', text });

// 年度指标值 / 实际完成值 cells from published 自评表 (SCORING.md "Indicators").
const cases: [CellValue, string | null, Quantity][] = [
  ['≥95%', null, q('forward', 95, '%', '≥95%')],
  ['>=95%', null, q('forward', 95, '%', '>=95%')],
  ['＞＝９５％', null, q('forward', 95, '%', '>=95%')],
  ['≧95%', null, q('forward', 95, '%', '≧95%')],
  ['>90分', null, q('forward', 90, '分', '>90分')],
  ['不低于2220家', null, q('forward', 2220, '家', '不低于2220家')],
  ['不少于40家', null, q('forward', 40, '家', '不少于40家')],
  ['达到100%', null, q('forward', 100, '%', '达到100%')],
  ['大于等于90%', null, q('forward', 90, '%', '大于等于90%')],
  ['高于85%', null, q('forward', 85, '%', '高于85%')],
  ['95%以上', null, q('forward', 95, '%', '95%以上')],
  ['95%及以上', null, q('forward', 95, '%', '95%及以上')],
  ['95%（含）以上', null, q('forward', 95, '%', '95%(含)以上')],
  ['≥ 95 %', null, q('forward', 95, '%', '≥ 95 %')],
  ['≤10天', null, q('reverse', 10, '天', '≤10天')],
  ['<5%', null, q('reverse', 5, '%', '<5%')],
  ['不高于3%', null, q('reverse', 3, '%', '不高于3%')],
  ['不超过3%', null, q('reverse', 3, '%', '不超过3%')],
  ['低于1%', null, q('reverse', 1, '%', '低于1%')],
  ['控制在50万元以内', null, q('reverse', 500000, '元', '控制在50万元以内')],
  ['控制在预算5%', null, words('控制在预算5%')],
  ['10天以内', null, q('reverse', 10, '天', '10天以内')],
  ['5个工作日以下', null, q('reverse', 5, '工作日', '5个工作日以下')],
  ['100%', null, q(null, 100, '%', '100%')],
  ['546.6万人', null, q(null, 5466000, '人', '546.6万人')],
  ['50万元', null, q(null, 500000, '元', '50万元')],
  ['1.05亿', null, q(null, 105000000, '', '1.05亿')],
  ['3千人次', null, q(null, 3000, '人次', '3千人次')],
  ['1,200户', null, q(null, 1200, '户', '1,200户')],
  ['=1', null, q(null, 1, '', '=1')],
  ['＝１', null, q(null, 1, '', '=1')],
  ['≥1次/年', null, q('forward', 1, '次/年', '≥1次/年')],
  ['不低于0.5‰', null, q('forward', 0.5, '‰', '不低于0.5‰')],
  ['2024年12月底前', null, { kind: 'date', year: 2024, month: 12, day: null, text: '2024年12月底前' }],
  ['12月底前完成', null, { kind: 'date', year: null, month: 12, day: null, text: '12月底前完成' }],
  ['3天前', null, words('3天前')],
  ['3-5天', null, words('3-5天')],
  ['1-2次', null, words('1-2次')],
  ['不低于95%以下', null, words('不低于95%以下')],
  ['有效提升', null, words('有效提升')],
  ['达标', null, words('达标')],
  ['明显改善', null, words('明显改善')],
  ['完成', null, words('完成')],
  ['  逐步 完善  ', null, words('逐步 完善')],
  [0.95, '0%', q(null, 95, '%', '95%')],
  [0.949, '0.0%', q(null, 94.9, '%', '94.9%')],
  [0.07, '0.00%', q(null, 7, '%', '7%')],
  [2220, 'General', q(null, 2220, '', '2220')],
  [12.5, null, q(null, 12.5, '', '12.5')],
  [40, '0"家"', q(null, 40, '家', '40家')],
  [546.6, '0.0"万人"', q(null, 5466000, '人', '546.6万人')],
  [null, null, { kind: 'empty' }],
  ['', null, { kind: 'empty' }],
  ['—', null, { kind: 'empty' }],
  ['/', null, { kind: 'empty' }],
  [{ error: '#DIV/0!' }, null, words('#DIV/0!')],
  [true, null, words('TRUE')],
];

describe('parseQuantity', () => {
  it.each(cases)('%p (format %p)', (value, format, expected) => {
    expect(parseQuantity(value, format)).toEqual(expected);
  });
});
