import type { CellRange } from '../../../src/core/snapshot';
import { cellAddress, columnLetter, parseCellAddress, parseRangeAddress, qualifiedAddress, quoteSheetName, splitSheetReference } from '../../../src/core/snapshot';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [63, 'BL'],
    [64, 'BM'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });
});

describe('cellAddress', () => {
  it.each([
    [0, 0, 'A1'],
    [6, 1, 'B7'],
    [8, 4, 'E9'],
    [99, 25, 'Z100'],
    [0, 63, 'BL1'],
    // Past the precomputed letters the same rule applies.
    [4, 64, 'BM5'],
    [1048575, 16383, 'XFD1048576'],
  ])('row %i, column %i is %s', (row, col, address) => {
    expect(cellAddress(row, col)).toBe(address);
  });
});

describe('qualifiedAddress', () => {
  // Excel quotes a sheet name with spaces or punctuation, or one that starts with a digit.
  it.each([
    ['预算表', 8, 4, '预算表!E9'],
    ['Sheet1', 0, 0, 'Sheet1!A1'],
    ['绩效指标表', 6, 1, '绩效指标表!B7'],
    ['项目_支出', 2, 2, '项目_支出!C3'],
    ['Budget 2024', 0, 0, "'Budget 2024'!A1"],
    ['2024预算', 0, 0, "'2024预算'!A1"],
    ['2024', 1, 1, "'2024'!B2"],
    ['预算-执行', 3, 0, "'预算-执行'!A4"],
    ['预算（万元）', 0, 1, "'预算（万元）'!B1"],
    ["Bob's sheet", 0, 0, "'Bob''s sheet'!A1"],
    ['自评 表', 9, 2, "'自评 表'!C10"],
  ])('%s row %i col %i → %s', (name, row, col, address) => {
    expect(qualifiedAddress(name, row, col)).toBe(address);
  });
});

describe('parseCellAddress', () => {
  it.each([
    ['A1', { row: 0, col: 0 }],
    ['B7', { row: 6, col: 1 }],
    ['$C$3', { row: 2, col: 2 }],
    ['aa10', { row: 9, col: 26 }],
    [' E9 ', { row: 8, col: 4 }],
    ['XFD1048576', { row: 1048575, col: 16383 }],
  ])('%s → %o', (ref, expected) => {
    expect(parseCellAddress(ref)).toEqual(expected);
  });

  it.each(['', 'A', '1', '1A', 'A1B', 'ABCD1', 'Sheet1!A1', 'A-1', 'A1.5', 'A0'])('%p is not an A1 reference', (ref) => {
    expect(parseCellAddress(ref)).toBeNull();
  });
});

describe('parseRangeAddress', () => {
  const r = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });
  it.each([
    ['A1:C1', r(0, 0, 0, 2)],
    ['A1:C3', r(0, 0, 2, 2)],
    ['B2', r(1, 1, 1, 1)],
    ['A2:A7', r(1, 0, 6, 0)],
    ['$A$3:$G$9', r(2, 0, 8, 6)],
    // Written backwards it is the same block.
    ['C3:A1', r(0, 0, 2, 2)],
    ['A3:C1', r(0, 0, 2, 2)],
    ['AA10:AB12', r(9, 26, 11, 27)],
  ])('%s → %o', (ref, expected) => {
    expect(parseRangeAddress(ref)).toEqual(expected);
  });

  it.each(['', 'A1:', ':B2', 'Sheet1!A1:B2', 'A1-B2', 'A0:B2'])('%p is not a range', (ref) => {
    expect(parseRangeAddress(ref)).toBeNull();
  });

  it('round-trips every address cellAddress writes', () => {
    for (const [row, col] of [[0, 0], [6, 1], [99, 25], [4, 64], [1048575, 16383]]) {
      expect(parseRangeAddress(cellAddress(row, col))).toEqual(r(row, col, row, col));
    }
  });
});

describe('splitSheetReference and quoteSheetName', () => {
  it.each<[string, { sheet: string; local: string } | null]>([
    ['预算表!E9', { sheet: '预算表', local: 'E9' }],
    ["'Budget 2024'!$E$9", { sheet: 'Budget 2024', local: '$E$9' }],
    ["='自评_总览'!$A$1", { sheet: '自评_总览', local: '$A$1' }],
    ["'注意!重要'!B3:C4", { sheet: '注意!重要', local: 'B3:C4' }],
    ["'O''Brien'!B2", { sheet: "O'Brien", local: 'B2' }],
    ['E9', null],
    ['!E9', null],
    ["''!E9", null],
  ])('%s', (ref, expected) => {
    expect(splitSheetReference(ref)).toEqual(expected);
  });

  it.each(['预算表', 'Budget 2024', "O'Brien", '注意!重要'])('reads back what it quotes: %s', (sheet) => {
    expect(splitSheetReference(`${quoteSheetName(sheet)}!A1`)).toEqual({ sheet, local: 'A1' });
  });
});
