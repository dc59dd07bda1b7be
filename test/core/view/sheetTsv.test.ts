import { buildFormSheet, FORMATS, sheetTsv, type SheetCell, type SheetModel } from '../../../src/core';
import { seedWorkbook } from '../grids';
import { evaluateOne } from '../evaluateOne';

const cell = (row: number, col: number, value: SheetCell['value'], style: SheetCell['style'] = 'text', format?: string): SheetCell =>
  format === undefined ? { row, col, value, style } : { row, col, value, style, format };

/** A small 自评表: a title over A:D, a 资金 row with its 得分 merged over C:D, 绩效指标 merged down two rows. */
const SMALL_FORM: SheetModel = {
  id: 'form',
  name: '自评_自评表',
  columns: [{ width: 18 }, { width: 12 }, { width: 10 }, { width: 10 }],
  rowHeights: [],
  cells: [
    cell(0, 0, '部门整体支出绩效自评表', 'title'),
    cell(1, 0, '项目资金（万元）', 'formHeader'),
    cell(1, 1, '全年执行数', 'formHeader'),
    cell(1, 2, '得分', 'formHeader'),
    cell(2, 0, '年度资金总额', 'label'),
    cell(2, 1, 1963.91, 'amount', FORMATS.amount),
    cell(2, 2, 9.91, 'score', FORMATS.score),
    cell(3, 0, '绩效指标', 'formHeader'),
    cell(3, 1, '居民医保参保人数', 'text'),
    cell(3, 2, 8, 'score', 'General'),
    cell(3, 3, 0.9913530266930501, 'percent', FORMATS.rate),
    cell(4, 1, '说明含"引号"\n和换行', 'text'),
    cell(4, 2, null, 'text'),
    // A stray value inside a merge is not copied: the merge shows its first cell only.
    cell(4, 0, '被合并遮住', 'text'),
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 2, bottom: 1, right: 3 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 3, left: 0, bottom: 4, right: 0 },
  ],
  print: { orientation: 'landscape', fitToWidth: true, area: { top: 0, left: 0, bottom: 4, right: 3 } },
};

describe('sheetTsv: a result sheet as the tab-separated text Excel pastes cell for cell', () => {
  it('writes one line per row, a merge’s text in its first cell only, numbers as the sheet shows them', () => {
    expect(sheetTsv(SMALL_FORM).split('\r\n')).toEqual([
      '部门整体支出绩效自评表\t\t\t',
      '项目资金（万元）\t全年执行数\t得分\t',
      '年度资金总额\t1,963.91\t9.91\t',
      '绩效指标\t居民医保参保人数\t8\t99.14%',
      '\t"说明含""引号""\n和换行"\t\t',
    ]);
  });

  it('leaves out the title lines above the grid when asked', () => {
    expect(sheetTsv(SMALL_FORM, { skipTitleRows: true }).split('\r\n')[0]).toBe('项目资金（万元）\t全年执行数\t得分\t');
  });

  it('uses the cells’ own bounds when the model has no print area', () => {
    const model: SheetModel = { ...SMALL_FORM, print: { orientation: 'portrait', fitToWidth: true }, merges: [], cells: [cell(2, 1, 'B3'), cell(3, 2, 5, 'score', 'General')] };
    expect(sheetTsv(model)).toBe('B3\t\r\n\t5');
  });

  it('is empty for a model without cells', () => {
    expect(sheetTsv({ ...SMALL_FORM, cells: [], print: { orientation: 'portrait', fitToWidth: true } })).toBe('');
  });

  it('copies the sample’s 自评表 from the 部门（单位）名称 row, nine fields a line', () => {
    const form = buildFormSheet(evaluateOne(seedWorkbook()), 'zh-CN');
    const lines = sheetTsv(form, { skipTitleRows: true }).split('\r\n');
    expect(lines).toHaveLength(23); // rows 3–25 of the sheet
    expect(lines.every((line) => line.split('\t').length === 9)).toBe(true);
    expect(lines[0]).toBe('部门（单位）名称\t\t\t\t\t\t\t\t');
    expect(lines[1]).toBe('项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\t');
    expect(lines[2]).toBe('年度资金总额\t1,981.04\t1,981.04\t1,963.91\t10\t99.14%\t9.91\t\t');
    expect(lines[3]).toBe('其中：基本支出\t1,530.00\t1,530.00\t1,526.71\t—\t99.78%\t—\t\t');
    expect(lines[lines.length - 2]).toBe('总分\t\t\t\t\t\t100\t96.63\t');
    expect(lines[lines.length - 1]).toBe('评价等次\t\t\t\t\t\t优\t\t');
  });
});

