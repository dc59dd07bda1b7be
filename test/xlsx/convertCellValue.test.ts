import type { CellValue } from '../../src/core';
import { convertCellValue } from '../../src/xlsx/convertCellValue';

describe('convertCellValue', () => {
  it.each<[string, unknown, CellValue]>([
    ['a number', 1526.71, 1526.71],
    ['a text number stays text', '1,526.71', '1,526.71'],
    ['a boolean', false, false],
    ['empty', null, null],
    ['undefined', undefined, null],
    ['an error', { error: '#REF!' }, { error: '#REF!' }],
    ['rich text', { richText: [{ text: '约' }, { text: '9.4万', font: { bold: true } }] }, '约9.4万'],
    ['a hyperlink', { text: '附件', hyperlink: 'https://example.org' }, '附件'],
    ['a hyperlink over rich text', { text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' }, 'ab'],
    ['a formula', { formula: 'SUM(B2:B9)', result: 437.2 }, 437.2],
    ['a formula with a text result', { formula: 'A1&""', result: '52%' }, '52%'],
    ['a formula with an error result', { formula: 'B2/C2', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
    ['a formula with no result', { formula: 'NOW()' }, null],
    ['a formula with a date result', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 2, 1)) }, '2025-03-01'],
    ['a shared formula', { sharedFormula: 'D2', result: 0.52 }, 0.52],
    ['a date', new Date(Date.UTC(2024, 0, 5)), '2024-01-05'],
    ['an invalid date', new Date(Number.NaN), null],
    ['an unknown object', { something: 1 }, null],
  ])('%s', (_what, value, expected) => {
    expect(convertCellValue(value)).toEqual(expected);
  });
});
