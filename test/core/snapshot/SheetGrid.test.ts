import type { CellValue } from '../../../src/core/snapshot';
import { isCellError, SheetGrid } from '../../../src/core/snapshot';
import { gridOf, sheet } from '../grids';

// An indicator block as a 财务科 keeps it: 一级指标 merged down, a title merged across.
const rows: CellValue[][] = [
  ['2024年度绩效指标完成情况', null, null, null],
  ['一级指标', '二级指标', '三级指标', '分值'],
  ['产出指标', '数量指标', '参保人数', 8],
  [null, null, '定点数', 8],
  [null, '质量指标', '覆盖率', 6],
  ['效益指标', '社会效益', '自付比例降幅', { error: '#DIV/0!' }],
];
const merges = ['A1:D1', 'A3:A5', 'B3:B4'];

describe('SheetGrid', () => {
  describe('merged cells read as their top-left value everywhere', () => {
    const grid = gridOf(sheet('指标', rows, { merges }));
    it.each([
      // row, col, raw, value, source
      [0, 0, '2024年度绩效指标完成情况', '2024年度绩效指标完成情况', 'A1'],
      [0, 3, null, '2024年度绩效指标完成情况', 'A1'],
      [2, 0, '产出指标', '产出指标', 'A3'],
      [3, 0, null, '产出指标', 'A3'],
      [4, 0, null, '产出指标', 'A3'],
      [5, 0, '效益指标', '效益指标', 'A6'],
      [3, 1, null, '数量指标', 'B3'],
      [4, 1, '质量指标', '质量指标', 'B5'],
      [3, 2, '定点数', '定点数', 'C4'],
    ])('(%i, %i): raw %p, value %p', (row, col, raw, value, source) => {
      expect(grid.raw(row, col)).toEqual(raw);
      expect(grid.value(row, col)).toEqual(value);
      const src = grid.sourceOf(row, col);
      expect(grid.address(src.row, src.col)).toBe(`指标!${source}`);
    });

    it('tells the merge a cell belongs to', () => {
      expect(grid.mergeAt(4, 0)).toEqual({ top: 2, left: 0, bottom: 4, right: 0 });
      expect(grid.mergeAt(2, 0)).toEqual({ top: 2, left: 0, bottom: 4, right: 0 });
      expect(grid.mergeAt(5, 0)).toBeUndefined();
      expect(grid.mergeAt(4, 1)).toBeUndefined();
    });

    it('reads text the way a person sees it', () => {
      expect(grid.text(4, 0)).toBe('产出指标');
      expect(grid.text(2, 3)).toBe('8');
      expect(grid.text(5, 3)).toBe('#DIV/0!');
      expect(grid.text(9, 9)).toBe('');
      expect(isCellError(grid.value(5, 3))).toBe(true);
    });

    it('knows its extent', () => {
      expect([grid.firstRow, grid.lastRow, grid.firstCol, grid.lastCol]).toEqual([0, 5, 0, 3]);
    });
  });

  describe('origin: the used range need not start at A1', () => {
    // Office.js hands over the used range: here rows[0][0] is C5.
    const grid = gridOf(
      sheet('Budget 2024', [['项目名称', '全年预算数'], ['办公费', 12.5], ['  ', '']], {
        origin: 'C5',
        merges: ['C7:D7'],
        formats: [[null, null], ['@', '#,##0.00']],
      }),
    );
    it.each([
      [4, 2, '项目名称', "'Budget 2024'!C5"],
      [4, 3, '全年预算数', "'Budget 2024'!D5"],
      [5, 2, '办公费', "'Budget 2024'!C6"],
      [5, 3, 12.5, "'Budget 2024'!D6"],
      [0, 0, null, "'Budget 2024'!A1"],
      [5, 1, null, "'Budget 2024'!B6"],
    ])('(%i, %i) holds %p at %s', (row, col, value, address) => {
      expect(grid.value(row, col)).toEqual(value);
      expect(grid.address(row, col)).toBe(address);
    });

    it('has its rows and columns in sheet coordinates', () => {
      expect([grid.firstRow, grid.lastRow, grid.firstCol, grid.lastCol]).toEqual([4, 6, 2, 3]);
    });

    it('reads formats at sheet coordinates', () => {
      expect(grid.format(5, 3)).toBe('#,##0.00');
      expect(grid.format(5, 2)).toBe('@');
      expect(grid.format(4, 2)).toBeNull();
      expect(grid.format(0, 0)).toBeNull();
    });

    it('sees a row of blanks and spaces as blank', () => {
      expect(grid.isBlankRow(6)).toBe(true);
      expect(grid.isBlankRow(5)).toBe(false);
      expect(grid.isBlankRow(30)).toBe(true);
    });

    it('widens to a merge that reaches past the last filled column', () => {
      const wide = gridOf(sheet('S', [['a']], { merges: ['A1:F1'] }));
      expect(wide.lastCol).toBe(5);
      expect(wide.value(0, 5)).toBe('a');
    });
  });

  it('reads a ragged row short of the widest as empty cells', () => {
    const grid = new SheetGrid(sheet('S', [['a', 'b', 'c'], ['d']]));
    expect(grid.raw(1, 2)).toBeNull();
    expect(grid.value(1, 1)).toBeNull();
    expect(grid.lastCol).toBe(2);
  });

  it('shows numbers as text and trims text', () => {
    const grid = gridOf(sheet('S', [[0, -1.5, ' 办公费 ', '　']]));
    expect([grid.text(0, 0), grid.text(0, 1), grid.text(0, 2), grid.text(0, 3)]).toEqual(['0', '-1.5', '办公费', '']);
  });
});
