import type { CellValue } from '../../../src/core/snapshot';
import { cleanHeaderText, headerLabels, headerText } from '../../../src/core/detect';
import { gridOf, sheet } from '../grids';

describe('cleanHeaderText', () => {
  it.each([
    ['全年预算数', '全年预算数'],
    ['全年预算数（万元）', '全年预算数'],
    ['全年预算数(元)', '全年预算数'],
    ['预算数\n（单位：万元）', '预算数'],
    ['执行率（%）', '执行率'],
    ['执行率(％)', '执行率'],
    ['Budget (CNY 10,000)', 'Budget'],
    ['项 目 名 称', '项目名称'],
    ['序　号', '序号'],
    ['项目名称：', '项目名称'],
    ['分值*', '分值'],
    ['全年预算数④=①+②+③', '全年预算数'],
    ['执行率（%）⑥=⑤/④', '执行率'],
    ['资金结余率（%）⑧=⑦/④', '资金结余率'],
    ['年初预算数①', '年初预算数'],
    ['分值⑩', '分值'],
    // A bracket that is not a unit note stays.
    ['三级指标（名称）', '三级指标（名称）'.replace('（', '(').replace('）', ')')],
  ])('%p → %p', (text, clean) => {
    expect(cleanHeaderText(text)).toBe(clean);
  });
});

describe('headerLabels', () => {
  it('puts the merged group cell in front of each column below it', () => {
    const rows: CellValue[][] = [
      ['序号', '项目名称', '预算数', null, '全年执行数'],
      [null, null, '年初预算数', '全年预算数', null],
    ];
    const grid = gridOf(sheet('S', rows, { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] }));
    expect(headerLabels(grid, 1, true)).toEqual(['序号', '项目名称', '预算数年初预算数', '预算数全年预算数', '全年执行数']);
    expect(headerLabels(grid, 1, false)).toEqual(['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数']);
  });

  it('leaves a title merged across most of the sheet out of every label', () => {
    const rows: CellValue[][] = [['2024年项目支出预算执行情况表'], ['项目名称', '全年预算数', '全年执行数', '执行率']];
    const grid = gridOf(sheet('S', rows, { merges: ['A1:D1'] }));
    expect(headerLabels(grid, 0, false)).toEqual(['', '', '', '']);
    expect(headerLabels(grid, 1, true)).toEqual(['项目名称', '全年预算数', '全年执行数', '执行率']);
  });

  it('gives the raw text of a column over both header rows, once each', () => {
    const rows: CellValue[][] = [
      ['项目名称', '预算数（万元）', null],
      [null, '年初', '全年'],
    ];
    const grid = gridOf(sheet('S', rows, { merges: ['A1:A2', 'B1:C1'] }));
    expect(headerText(grid, 0, 1, 0)).toBe('项目名称');
    expect(headerText(grid, 0, 1, 2)).toBe('预算数（万元） 全年');
  });
});
