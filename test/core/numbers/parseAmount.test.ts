import type { CellValue } from '../../../src/core/snapshot';
import { parseAmount } from '../../../src/core/numbers';
import type { ParsedNumber } from '../../../src/core/numbers';

const num = (value: number, decimals: number): ParsedNumber => ({ kind: 'number', value, decimals });
const empty: ParsedNumber = { kind: 'empty' };
const bad = (shown: string, excelError = false): ParsedNumber => ({ kind: 'invalid', shown, excelError });

// Cells as they arrive from real 项目支出预算执行情况表: numbers, text typed or pasted, placeholders, errors.
const cases: [string, CellValue, string | null | undefined, ParsedNumber][] = [
  ['number, General', 1526.71, 'General', num(1526.71, 2)],
  ['number, Chinese General', 1270.47, 'G/通用格式', num(1270.47, 2)],
  ['number, no format', 256.25, undefined, num(256.25, 2)],
  ['number, null format', 437.2, null, num(437.2, 1)],
  ['integer, General', 10, 'General', num(10, 0)],
  ['number, 0.00', 437.2, '0.00', num(437.2, 2)],
  ['number, #,##0.00', 1526.7, '#,##0.00', num(1526.7, 2)],
  ['number, 0.0%', 0.52, '0.0%', num(0.52, 1)],
  ['number, #,##0', 2220, '#,##0', num(2220, 0)],
  ['number, accounting format', -1234, '#,##0.00_);[Red](#,##0.00)', num(-1234, 2)],
  ['number, currency bracket', 88.5, '[$¥-804]#,##0.00', num(88.5, 2)],
  ['number, quoted unit', 9.37, '0.00"万元"', num(9.37, 2)],
  ['long decimals capped', 1 / 3, null, num(1 / 3, 6)],
  ['tiny number', 1e-7, null, num(1e-7, 6)],
  ['zero', 0, null, num(0, 0)],
  ['text with thousands', '1,526.71', null, num(1526.71, 2)],
  ['full-width text', '１，５２６．７１', null, num(1526.71, 2)],
  ['full-width 9.37', '９．３７', null, num(9.37, 2)],
  ['padded text', ' 1526.71 ', null, num(1526.71, 2)],
  ['ideographic space', '\u30001526.71\u3000', null, num(1526.71, 2)],
  ['space as thousands separator', '1 526.71', null, num(1526.71, 2)],
  ['accounting negative', '(1,234.00)', null, num(-1234, 2)],
  ['full-width accounting negative', '（１，２３４．００）', null, num(-1234, 2)],
  ['minus', '-12.5', null, num(-12.5, 1)],
  ['U+2212 minus', '\u221212.5', null, num(-12.5, 1)],
  ['plus', '+3', null, num(3, 0)],
  ['trailing zeros kept as decimals', '437.20', null, num(437.2, 2)],
  ['negative zero', '-0.00', null, num(0, 2)],
  ['null', null, null, empty],
  ['empty string', '', null, empty],
  ['whitespace', '   ', null, empty],
  ['hyphen', '-', null, empty],
  ['em dash', '—', null, empty],
  ['double em dash', '——', null, empty],
  ['en dash', '–', null, empty],
  ['slash', '/', null, empty],
  ['无', '无', null, empty],
  ['full-width hyphen', '－', null, empty],
  ['approximate', '约9.4万', null, bad('约9.4万')],
  ['ten-thousands', '9.4万', null, bad('9.4万')],
  ['with 元', '12元', null, bad('12元')],
  ['percent is not an amount', '52%', null, bad('52%')],
  ['two points', '1.2.3', null, bad('1.2.3')],
  ['letters', 'abc', null, bad('abc')],
  ['exponent', '1.5e3', null, bad('1.5e3')],
  ['bad grouping', '1,5267.1', null, bad('1,5267.1')],
  ['European decimal comma', '1.526,71', null, bad('1.526,71')],
  ['two numbers', '12 34', null, bad('12 34')],
  ['signed accounting', '(-5)', null, bad('(-5)')],
  ['lone point', '.5', null, bad('.5')],
  ['yuan sign', '¥1,234.00', null, bad('¥1,234.00')],
  ['TRUE', true, null, bad('TRUE')],
  ['FALSE', false, null, bad('FALSE')],
  ['#DIV/0!', { error: '#DIV/0!' }, null, bad('#DIV/0!', true)],
  ['#REF!', { error: '#REF!' }, '0.00', bad('#REF!', true)],
  ['NaN', NaN, null, bad('NaN')],
  ['Infinity', Infinity, null, bad('Infinity')],
];

describe('parseAmount', () => {
  it.each(cases)('%s: %p', (_name, value, format, expected) => {
    expect(parseAmount(value, format)).toEqual(expected);
  });

  it('keeps the original text, untrimmed, as shown', () => {
    expect(parseAmount(' 约9.4万 ')).toEqual(bad(' 约9.4万 '));
  });
});
