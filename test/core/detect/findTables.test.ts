import type { CellValue } from '../../../src/core/snapshot';
import { findTables, type DetectedTable } from '../../../src/core/detect';
import { gridOf, sheet, type SheetOptions } from '../grids';

function tables(rows: CellValue[][], options: SheetOptions = {}, name = '预算表'): DetectedTable[] {
  return findTables(gridOf(sheet(name, rows, options)));
}

/** Kind and 1-based header row, first and last body rows, as Excel numbers them. */
const extent = (t: DetectedTable) => [t.kind, t.headerRow + 1, t.firstRow + 1, t.lastRow + 1];

const header: CellValue[] = ['序号', '项目名称', '全年预算数', '全年执行数', '执行率'];
const line = (n: number, name: string): CellValue[] => [n, name, 100, 90, '90%'];

describe('findTables: where a body ends', () => {
  it('at the end of the sheet', () => {
    expect(tables([header, line(1, '办公费'), line(2, '印刷费')]).map(extent)).toEqual([['budget', 1, 2, 3]]);
  });

  it('at the next table’s title and unit note', () => {
    const rows: CellValue[][] = [
      ['2024年度部门预算执行情况表'],
      ['单位：万元'],
      header,
      line(1, '办公费'),
      line(2, '印刷费'),
      ['2024年度社会保险基金预算支出情况表'],
      ['单位：万元'],
      header,
      line(1, '统筹基金支出'),
    ];
    const found = tables(rows, { merges: ['A1:E1', 'A6:E6'] });
    expect(found.map(extent)).toEqual([
      ['budget', 3, 4, 5],
      ['budget', 8, 9, 9],
    ]);
    expect(found.map((t) => t.preamble)).toEqual([
      '2024年度部门预算执行情况表 单位：万元',
      '2024年度社会保险基金预算支出情况表 单位：万元',
    ]);
  });

  it('at the next table’s title after a blank separator row', () => {
    const rows: CellValue[][] = [
      header,
      line(1, '办公费'),
      [],
      ['2024年度部门整体支出绩效指标完成情况'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8],
    ];
    expect(tables(rows, { merges: ['A4:F4'] }).map(extent)).toEqual([
      ['budget', 1, 2, 3],
      ['indicators', 5, 6, 6],
    ]);
  });

  it.each([
    ['注：', '注：执行率=全年执行数÷全年预算数'],
    ['注:', '注: 金额保留两位小数'],
    ['注 alone', '注'],
    ['填报人', '填报人：张三'],
    ['单位负责人', '单位负责人：李四'],
    ['财务负责人', '财务负责人：王五'],
    ['填报日期', '填报日期：2025年2月24日'],
    ['说明：', '说明：本表由财务科填报'],
  ])('at a %s footer', (_, footer) => {
    const rows: CellValue[][] = [header, line(1, '办公费'), line(2, '印刷费'), [footer], [null, '签字后的数字', 5, 5, '100%']];
    expect(tables(rows).map(extent)).toEqual([['budget', 1, 2, 3]]);
  });

  it('at a footer in the second column, the first being empty', () => {
    const rows: CellValue[][] = [header, line(1, '办公费'), [null, '填报人：张三', null, null, '联系电话：123']];
    expect(tables(rows).map(extent)).toEqual([['budget', 1, 2, 2]]);
  });

  it('not at a line whose name merely mentions 说明', () => {
    const rows: CellValue[][] = [header, line(1, '办公费'), [2, '政策说明会经费', 10, 10, '100%']];
    expect(tables(rows).map(extent)).toEqual([['budget', 1, 2, 3]]);
  });

  it('at the bottom of its ListObject', () => {
    const rows: CellValue[][] = [
      ['2024年项目支出预算执行情况表'],
      header,
      line(1, '办公费'),
      line(2, '印刷费'),
      [null, '（表外）草稿', 999, 999, '100%'],
      [null, '（表外）草稿2', 999, 999, '100%'],
    ];
    const found = tables(rows, { merges: ['A1:E1'], tables: [{ ref: 'A2:E4' }] });
    expect(found.map(extent)).toEqual([['budget', 2, 3, 4]]);
  });

  it('at a ListObject’s bottom in a used range that does not start at A1', () => {
    const rows: CellValue[][] = [header, line(1, '办公费'), line(2, '印刷费'), [null, '草稿', 1, 1, '']];
    const found = tables(rows, { origin: 'B3', tables: [{ ref: 'B3:F5' }] });
    expect(found.map(extent)).toEqual([['budget', 3, 4, 5]]);
  });

  it('ignores a ListObject that is not this table’s', () => {
    const rows: CellValue[][] = [header, line(1, '办公费'), line(2, '印刷费'), line(3, '邮电费')];
    const found = tables(rows, { tables: [{ ref: 'H1:I2' }] });
    expect(found.map(extent)).toEqual([['budget', 1, 2, 4]]);
  });
});

describe('findTables: the amount unit (SCORING.md: none found is 元, with an info flag)', () => {
  it.each<[string, CellValue[][], SheetOptions, string | null]>([
    ['单位：万元 above', [['单位：万元'], header, line(1, '办公费')], {}, '万元'],
    ['单位:元 beside the title', [['2024年预算执行情况表', null, null, null, '单位:元'], header, line(1, '办公费')], {}, '元'],
    ['金额单位：万元 in a merged note', [['金额单位：万元'], header, line(1, '办公费')], { merges: ['A1:E1'] }, '万元'],
    ['（万元） after the title', [['2024年预算执行情况表（万元）'], header, line(1, '办公费')], {}, '万元'],
    ['Unit: CNY 10,000', [['Unit: CNY 10,000'], ['Project', 'Budget', 'Actual'], ['Office', 100, 90]], {}, '万元'],
    ['header 预算数（万元）', [['项目名称', '全年预算数（万元）', '全年执行数（万元）'], ['办公费', 100, 90]], {}, '万元'],
    ['header 全年执行数(千元)', [['项目名称', '全年预算数', '全年执行数(千元)'], ['办公费', 100, 90]], {}, '千元'],
    ['header 项目名称（单位：亿元）', [['项目名称（单位：亿元）', '全年预算数', '全年执行数'], ['办公费', 1, 0.9]], {}, '亿元'],
    ['（元） alone', [['（元）'], header, line(1, '办公费')], {}, '元'],
    ['单位：万元 with a blank row before the header', [['单位：万元'], [], header, line(1, '办公费')], {}, '万元'],
    ['none', [header, line(1, '办公费')], {}, null],
    ['a 元旦 title is not a unit', [['元旦慰问（经费）'], header, line(1, '办公费')], {}, null],
  ])('%s', (_, rows, options, unit) => {
    const [table] = tables(rows, options);
    expect(table.kind).toBe('budget');
    expect(table.kind === 'budget' && table.unit).toEqual(unit === null ? null : expect.objectContaining({ unit }));
  });

  it('gives each table the unit of its own note', () => {
    const rows: CellValue[][] = [
      ['单位：万元'],
      header,
      line(1, '办公费'),
      [],
      ['单位：元'],
      header,
      line(1, '统筹基金支出'),
    ];
    expect(tables(rows).map((t) => t.kind === 'budget' && t.unit?.factor)).toEqual([10000, 1]);
  });
});
