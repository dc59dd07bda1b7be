import { convertUnit, parseQuantity, readNumberFormat, sameUnit, shownDecimals } from '../../../src/core/numbers';
import type { MeasuredQuantity } from '../../../src/core/numbers';

function measured(text: string): MeasuredQuantity {
  const q = parseQuantity(text);
  if (q.kind !== 'quantity') throw new Error(`not a quantity: ${text}`);
  return q;
}

describe('sameUnit', () => {
  it.each([
    ['人', '人', true],
    ['%', '%', true],
    ['', '家', true],
    ['天', '', true],
    ['', '', true],
    ['天', '%', false],
    ['人', '人次', false],
    ['家', '个', false],
  ])('%p vs %p → %p', (a, b, expected) => {
    expect(sameUnit(a, b)).toBe(expected);
  });
});

describe('convertUnit', () => {
  // SCORING.md: `万人` vs `人` converts, `天` vs `%` does not.
  it.each([
    ['546.6万人', '人', 5466000, '人'],
    ['5466000人', '人', 5466000, '人'],
    ['50万元', '元', 500000, '元'],
    ['2220', '家', 2220, '家'],
    ['95%', '', 95, '%'],
    ['≥95%', '%', 95, '%'],
  ])('%p in %p → %p %p', (text, toUnit, value, unit) => {
    expect(convertUnit(measured(text), toUnit)).toMatchObject({ value, unit });
  });

  it.each([
    ['10天', '%'],
    ['3人次', '人'],
  ])('%p cannot be expressed in %p', (text, toUnit) => {
    expect(convertUnit(measured(text), toUnit)).toBeNull();
  });
});

describe('readNumberFormat', () => {
  it.each([
    ['General', { decimals: null, percent: false, suffix: '' }],
    ['G/通用格式', { decimals: null, percent: false, suffix: '' }],
    ['@', { decimals: null, percent: false, suffix: '' }],
    ['0', { decimals: 0, percent: false, suffix: '' }],
    ['0.00', { decimals: 2, percent: false, suffix: '' }],
    ['#,##0.00', { decimals: 2, percent: false, suffix: '' }],
    ['0%', { decimals: 0, percent: true, suffix: '' }],
    ['0.00%', { decimals: 2, percent: true, suffix: '' }],
    ['#,##0.00_);[Red](#,##0.00)', { decimals: 2, percent: false, suffix: '' }],
    ['[$¥-804]#,##0.00', { decimals: 2, percent: false, suffix: '' }],
    ['"¥"#,##0.00', { decimals: 2, percent: false, suffix: '' }],
    ['0"家"', { decimals: 0, percent: false, suffix: '家' }],
    ['0.0"万人"', { decimals: 1, percent: false, suffix: '万人' }],
    ['0.00\\%', { decimals: 2, percent: false, suffix: '%' }],
  ])('%p', (format, expected) => {
    expect(readNumberFormat(format)).toEqual(expected);
  });
});

describe('shownDecimals', () => {
  it.each([
    [1526.71, 2],
    [10, 0],
    [0.5, 1],
    [-12.345, 3],
    [1 / 3, 6],
    [1e-7, 6],
    [1e21, 0],
  ])('%p shows %p decimals', (value, decimals) => {
    expect(shownDecimals(value)).toBe(decimals);
  });
});
