import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { UNCALCULATED } from '../../../src/core/snapshot';
import { findTables, type BudgetTable } from '../../../src/core/detect';
import { readBudgetTable, type AmountCell, type BudgetRow, type BudgetTableModel } from '../../../src/core/model';
import { BUDGET_HEADER, gridOf, seedBudgetSheet, sheet, type SheetOptions } from '../grids';

function budgetModels(snapshot: SheetSnapshot): BudgetTableModel[] {
  return findTables(gridOf(snapshot))
    .filter((t): t is BudgetTable => t.kind === 'budget')
    .map(readBudgetTable);
}

function model(rows: CellValue[][], options: SheetOptions = {}, name = '预算表'): BudgetTableModel {
  const [first] = budgetModels(sheet(name, rows, options));
  return first;
}

/** name, kind, parent's name, category. */
/** An amount cell as plain data (the reader may compute the address lazily). */
const cellOf = (a: AmountCell) => ({ fen: a.fen, halfUnitFen: a.halfUnitFen, cell: a.cell, invalid: a.invalid });
const rateOf = (r: BudgetRow['statedRate']) => r && { fraction: r.fraction, tolerance: r.tolerance, cell: r.cell };

const shape = (m: BudgetTableModel) =>
  m.rows.map((r) => [r.name, r.kind, r.parentIndex === null ? null : m.rows[r.parentIndex].name, r.category]);

describe('readBudgetTable on the seed’s 预算执行表', () => {
  const [general, social] = budgetModels(seedBudgetSheet());

  it('reads two tables in 万元', () => {
    expect([general.unit, general.unitFactor, general.category]).toEqual(['万元', 10000, null]);
    expect([social.unit, social.unitFactor, social.category]).toEqual(['万元', 10000, '社会保险基金']);
    expect(general.flags).toEqual([]);
  });

  it('classifies every row: headings, their lines, the 合计', () => {
    expect(shape(general)).toEqual([
      ['基本支出', 'categoryTotal', null, '基本支出'],
      ['人员经费', 'line', null, '基本支出'],
      ['公用经费', 'line', null, '基本支出'],
      ['项目支出', 'categoryTotal', null, '项目支出'],
      ['医疗保障能力建设经费', 'line', null, '项目支出'],
      ['城乡居民基本医疗工作经费', 'line', null, '项目支出'],
      ['办公场地租赁费', 'line', null, '项目支出'],
      ['特殊门诊专家评审费用', 'line', null, '项目支出'],
      ['欺诈骗保行为举报奖励专项资金', 'line', null, '项目支出'],
      ['2024年度增人增资经费', 'line', null, '项目支出'],
      ['驻村帮扶资金', 'line', null, '项目支出'],
      ['医疗费补助', 'line', null, '项目支出'],
      ['其他资金', 'line', null, '项目支出'],
      ['合计', 'overall', null, '项目支出'],
    ]);
  });

  it('reads 其中 parts under a line of the 社会保险基金 table', () => {
    expect(shape(social)).toEqual([
      ['职工基本医疗保险基金支出', 'line', null, '社会保险基金'],
      ['统筹基金支出', 'part', '职工基本医疗保险基金支出', '社会保险基金'],
      ['个人账户基金支出', 'part', '职工基本医疗保险基金支出', '社会保险基金'],
    ]);
  });

  it('keeps amounts in exact 分 and each cell’s address', () => {
    const basic = general.rows[0];
    expect(cellOf(basic.budget)).toEqual({ fen: 1530000000, halfUnitFen: 5000, cell: '预算执行表!D4', invalid: false });
    expect(cellOf(basic.actual)).toEqual({ fen: 1526710000, halfUnitFen: 5000, cell: '预算执行表!E4', invalid: false });
    expect(general.rows[1].actual.fen).toBe(1270470000);
    expect(general.rows[2].actual.fen).toBe(256250000);
    expect(cellOf(general.rows[13].actual)).toEqual({ fen: 1963910000, halfUnitFen: 5000, cell: '预算执行表!E17', invalid: false });
    expect(general.rows.map((r) => r.nameCell).slice(0, 3)).toEqual(['预算执行表!B4', '预算执行表!B5', '预算执行表!B6']);
    expect(general.rows[13].nameCell).toBe('预算执行表!B17');
  });

  it('reads stated rates as text (52%) and as 0.00%-formatted formula results', () => {
    const line52 = general.rows[4];
    expect(rateOf(line52.statedRate)).toEqual({ fraction: 0.52, tolerance: 0.005, cell: '预算执行表!F8' });
    expect(rateOf(general.rows[0].statedRate)).toEqual({ fraction: 1526.71 / 1530, tolerance: 0.00005, cell: '预算执行表!F4' });
    expect(general.rows.every((r) => r.flags.length === 0 && !r.budgetFromInitial)).toBe(true);
  });
});

describe('readBudgetTable: kinds and parents', () => {
  const header: CellValue[] = ['序号', '项目名称', '全年预算数', '全年执行数'];

  it('reads 其中 parts and indented parts of a project line, then the next numbered line', () => {
    const m = model([
      ['单位：元'],
      header,
      [1, '办公经费', 100, 90],
      [null, '其中：印刷费', 60, 50],
      [null, '　　　邮电费', 40, 40],
      [2, '培训费', 20, 20],
      [3, '项目支出绩效评价经费', 8, 8],
    ]);
    expect(shape(m)).toEqual([
      ['办公经费', 'line', null, '未分类'],
      ['印刷费', 'part', '办公经费', '未分类'],
      ['邮电费', 'part', '办公经费', '未分类'],
      ['培训费', 'line', null, '未分类'],
      ['项目支出绩效评价经费', 'line', null, '未分类'],
    ]);
  });

  it('reads 小计 and the category headings with their totals', () => {
    const m = model([
      ['单位：万元'],
      header,
      ['一', '基本支出合计', 30, 30],
      [1, '人员经费', 20, 20],
      [2, '公用经费', 10, 10],
      [null, '小计', 30, 30],
      ['二', '二、项目支出', 50, 40],
      [1, '1. 信息化建设', 50, 40],
      ['总计', null, 80, 70],
    ]);
    expect(shape(m)).toEqual([
      ['基本支出合计', 'categoryTotal', null, '基本支出'],
      ['人员经费', 'line', null, '基本支出'],
      ['公用经费', 'line', null, '基本支出'],
      ['小计', 'subtotal', null, '基本支出'],
      ['项目支出', 'categoryTotal', null, '项目支出'],
      ['信息化建设', 'line', null, '项目支出'],
      ['总计', 'overall', null, '项目支出'],
    ]);
  });

  it('takes the category of each line from a 支出类别 column', () => {
    const m = model([
      ['项目名称', '支出类别', '全年预算数', '全年执行数'],
      ['人员经费', '基本支出', 20, 20],
      ['信息化建设', '项目支出', 50, 40],
      ['统筹基金', '社会保险基金', 9, 9],
    ]);
    expect(m.rows.map((r) => r.category)).toEqual(['基本支出', '项目支出', '社会保险基金']);
  });

  it.each([
    ['2024年项目支出预算执行情况表', '预算表', '项目支出'],
    ['2024年基本支出预算执行情况表', '预算表', '基本支出'],
    ['2024年政府性基金预算支出情况表', '预算表', '政府性基金'],
    ['2024年度预算执行情况表', '项目支出表', '项目支出'],
    ['2024年度预算执行情况表', '预算表', null],
  ])('takes the table category from its title %p or sheet name %p', (title, sheetName, category) => {
    const m = model([[title], header, [1, '信息化建设', 50, 40]], {}, sheetName);
    expect(m.category).toBe(category);
    expect(m.rows[0].category).toBe(category ?? '未分类');
  });

  it('skips headings without figures and blank rows, and a blank row ends a 其中 group', () => {
    const m = model([
      header,
      [null, '一、专项业务费', null, null],
      [1, '办公经费', 100, 90],
      [null, '其中：印刷费', 60, 50],
      [],
      [null, '　　　邮电费', 40, 40],
    ]);
    expect(shape(m)).toEqual([
      ['办公经费', 'line', null, '未分类'],
      ['印刷费', 'part', '办公经费', '未分类'],
      ['邮电费', 'line', null, '未分类'],
    ]);
  });

  it('reads the 合计 written in the 序号 column', () => {
    const m = model([header, [1, '办公经费', 100, 90], ['合计', null, 100, 90]], { merges: ['A3:B3'] });
    expect(shape(m).at(-1)).toEqual(['合计', 'overall', null, '未分类']);
    const m2 = model([header, [1, '办公经费', 100, 90], ['合 计', null, 100, 90]]);
    expect(m2.rows.at(-1)?.kind).toBe('overall');
  });
});

describe('readBudgetTable: cells that are not numbers (SCORING.md parse-error: null, never 0)', () => {
  const header: CellValue[] = ['项目名称', '全年预算数', '全年执行数', '执行率'];

  it.each<[string, CellValue, string, string]>([
    ['约9.4万', '约9.4万', 'parse-error.number', '约9.4万'],
    ['#DIV/0!', { error: '#DIV/0!' }, 'parse-error.excelError', '#DIV/0!'],
    ['#REF!', { error: '#REF!' }, 'parse-error.excelError', '#REF!'],
    ['TRUE', true, 'parse-error.number', 'TRUE'],
    ['12元', '12元', 'parse-error.number', '12元'],
    ['a formula without its result', UNCALCULATED, 'parse-error.uncalculated', ''],
    ['1e15 元', 1e15, 'parse-error.tooLarge', '1000000000000000'],
    ['-1e306 元', -1e306, 'parse-error.tooLarge', '-1e+306'],
    ['a text of 10^16', '10,000,000,000,000,000', 'parse-error.tooLarge', '10000000000000000'],
  ])('an actual of %s', (_, value, key, shown) => {
    const m = model([['单位：元'], header, ['办公经费', 100, value, null]]);
    const row = m.rows[0];
    expect(cellOf(row.actual)).toEqual({ fen: null, halfUnitFen: 0, cell: '预算表!C3', invalid: true });
    expect(row.flags).toEqual([{ code: 'parse-error', severity: 'error', cell: '预算表!C3', key, params: { value: shown } }]);
  });

  it('takes the unit into account: 10^11 万元 is 10^15 元', () => {
    const m = model([['单位：万元'], header, ['办公经费', 100, 1e11, null], ['培训费', 100, 99_999_999_999, null]]);
    expect(m.rows.map((r) => r.flags.map((f) => f.key))).toEqual([['parse-error.tooLarge'], []]);
  });

  it('a stated rate that is not a rate', () => {
    const m = model([['单位：元'], header, ['办公经费', 100, 90, '约九成']]);
    expect(m.rows[0].statedRate).toBeNull();
    expect(m.rows[0].flags).toEqual([
      { code: 'parse-error', severity: 'error', cell: '预算表!D3', key: 'parse-error.number', params: { value: '约九成' } },
    ]);
  });

  it('reads placeholders as empty, not as errors', () => {
    const m = model([['单位：元'], header, ['三公经费', '—', '-', '/'], ['公务接待费', 0, '无', null]]);
    expect(m.rows.map((r) => [r.name, r.budget.fen, r.actual.fen, r.flags.length])).toEqual([['公务接待费', 0, null, 0]]);
  });
});

describe('readBudgetTable: 年初预算数 (SCORING.md: used where 全年 is missing, with an info flag)', () => {
  it('falls back to 年初 on a line whose 全年 is empty', () => {
    const m = model([
      ['单位：元'],
      ['项目名称', '年初预算数', '全年预算数', '全年执行数'],
      ['办公经费', 100, null, 90],
      ['培训费', 100, 120, 110],
    ]);
    expect(m.rows.map((r) => [r.budget.fen, r.budget.cell, r.budgetFromInitial])).toEqual([
      [10000, '预算表!B3', true],
      [12000, '预算表!C4', false],
    ]);
    expect(m.flags).toEqual([]);
    expect(m.hasFullYearColumn).toBe(true);
  });

  it('uses the 年初 column when there is no 全年 column, and says so once for the table', () => {
    const m = model([['单位：元'], ['项目名称', '年初预算数', '全年执行数'], ['办公经费', 100, 90]]);
    expect(m.rows.map((r) => [r.budget.fen, r.budgetFromInitial])).toEqual([[10000, true]]);
    expect(m.hasFullYearColumn).toBe(false);
    expect(m.flags).toEqual([
      { code: 'missing-value', severity: 'info', cell: '预算表!B2', key: 'missing-value.initialColumn', params: {} },
    ]);
  });

  it('flags a table without a unit, naming its budget header', () => {
    const m = model([['2024年度预算执行情况表'], ['项目名称', '全年预算数', '全年执行数'], ['办公经费', 100, 90]]);
    expect(m.unit).toBe('元');
    expect(m.unitFactor).toBe(1);
    expect(m.flags).toEqual([
      { code: 'missing-value', severity: 'info', cell: '预算表!B2', key: 'missing-value.unit', params: { table: '2024年度预算执行情况表' } },
    ]);
  });

  it('reads a stated 得分 on a row', () => {
    const m = model([['单位：元'], ['项目名称', '全年预算数', '全年执行数', '得分'], ['合计', 100, 90, 10]]);
    expect(m.rows[0].statedScore).toEqual({ value: 10, cell: '预算表!D3' });
  });
});

describe('readBudgetTable: a rate column in points', () => {
  it('reads 52 as 52% when some number in the column is above 2', () => {
    const m = model([
      ['单位：元'],
      ['项目名称', '全年预算数', '全年执行数', '执行率'],
      ['办公经费', 100, 52, 52],
      ['培训费', 100, 100, 100],
      ['印刷费', 100, 1, 1],
    ]);
    expect(m.rows.map((r) => r.statedRate?.fraction)).toEqual([0.52, 1, 0.01]);
  });

  it('reads 0.52 as 52% in a column of fractions', () => {
    const m = model([['单位：元'], ['项目名称', '全年预算数', '全年执行数', '执行率'], ['办公经费', 100, 52, 0.52], ['培训费', 100, 100, 1]]);
    expect(m.rows.map((r) => r.statedRate?.fraction)).toEqual([0.52, 1]);
  });
});

it('BUDGET_HEADER helper is the 10号 layout', () => {
  expect(BUDGET_HEADER).toContain('全年预算数');
});
