import { cellValue, valueRows } from '../../src/wps';
import { CV_ERR } from './fake';

describe('Value2 as the core reads it', () => {
  it.each<[string, unknown, unknown]>([
    ['a number', 1526.71, 1526.71],
    ['a date, as its serial number', 45658, 45658],
    ['text', '办公费', '办公费'],
    ['a boolean', true, true],
    ['an empty cell (undefined)', undefined, null],
    ['an empty string', '', null],
    ['#DIV/0!', CV_ERR['#DIV/0!'], { error: '#DIV/0!' }],
    ['#N/A', CV_ERR['#N/A'], { error: '#N/A' }],
    ['#NAME?', CV_ERR['#NAME?'], { error: '#NAME?' }],
    ['#NULL!', CV_ERR['#NULL!'], { error: '#NULL!' }],
    ['#NUM!', CV_ERR['#NUM!'], { error: '#NUM!' }],
    ['#REF!', CV_ERR['#REF!'], { error: '#REF!' }],
    ['#VALUE!', CV_ERR['#VALUE!'], { error: '#VALUE!' }],
    ['NaN', Number.NaN, null],
  ])('%s', (_, value2, expected) => {
    expect(cellValue(value2)).toEqual(expected);
  });

  it.each<[string, unknown, number, unknown[][]]>([
    ['one cell: a scalar', 5, 1, [[5]]],
    ['one empty cell', undefined, 1, [[undefined]]],
    ['a block: rows of cells', [[1, 2], [3, 4]], 2, [[1, 2], [3, 4]]],
    ['one row, as WPS gives it: still 2-D', [[1, 2, 3]], 1, [[1, 2, 3]]],
    ['one row, flattened', [1, 2, 3], 1, [[1, 2, 3]]],
    ['one column, flattened', [1, 2, 3], 3, [[1], [2], [3]]],
  ])('%s', (_, value2, rows, expected) => {
    expect(valueRows(value2, rows)).toEqual(expected);
  });
});
