/**
 * Layout 13: a 项目支出预算执行情况表 as 四川 and 浙江 units publish it: group cells 预算安排 / 拨付情况 / 结余情况
 * over sub-headers annotated with circled numbers and formulas (`全年预算数③=①+②`), a 行次 column, columns that
 * are neither budget, actual nor rate (年中调整金额, 结余金额, 资金结余率, 备注), numbered rows three levels deep
 * (一、 → （一） → 1.), a lone 其中 under a line, and a paragraph of prose merged across under the table.
 */
import { flagSummary, line, workbookFolder, type RowInput, type SheetSpec } from './workbooks';

const folder = workbookFolder();

const BODY: readonly RowInput[] = [
  // 行次, 项目名称, 年初①, 年中调整②, 全年③, 执行④, 执行率⑤ (points), 结余⑥, 结余率⑦, 备注
  [1, '合计', 500, 20, 520, 470, 90.38, 50, 9.62],
  [2, '一、基本支出', 300, 0, 300, 295, 98.33, 5, 1.67],
  [3, '（一）人员经费', 250, 0, 250, 250, 100, 0, 0],
  [4, '（二）公用经费', 50, 0, 50, 45, 90, 5, 10],
  [5, '二、项目支出', 200, 20, 220, 175, 79.55, 45, 20.45],
  [6, '（一）医疗保障能力建设', 100, 20, 120, 80, 66.67, 40, 33.33],
  [7, '1.信息化建设', 60, 20, 80, 50, 62.5, 30, 37.5],
  [8, '2.基金监管', 40, 0, 40, 30, 75, 10, 25],
  [9, '（二）办公场地租赁费', 100, 0, 100, 95, 95, 5, 5],
  [10, '其中：物业管理费', 30, 0, 30, 28, 93.33, 2, 6.67],
];

const SHEET: SheetSpec = {
  name: '项目支出',
  rows: [
    ['2024年度项目支出预算执行情况表'],
    [null, null, null, null, null, null, null, null, '单位：万元'],
    ['行次', '项目名称', '预算安排', null, null, '拨付情况', null, '结余情况', null, '备注'],
    [null, null, '年初预算数①', '年中调整金额②', '全年预算数③=①+②', '全年执行数④', '执行率（%）⑤=④/③', '结余金额⑥=③-④', '资金结余率（%）⑦=⑥/③'],
    ...BODY,
    [null, '信息化建设项目招标延期，执行率偏低，已于2025年一季度完成支付；办公场地租赁费按合同支付。'],
  ],
  merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:G3', 'H3:I3', 'J3:J4', 'B15:J15'],
};

describe('a grouped two-row header with circled numbers and formulas', () => {
  it('reads 全年预算数, 全年执行数 and 执行率 under their annotations, and never 年中调整, 结余 or 行次', async () => {
    const { evaluation } = await folder.evaluate([SHEET]);

    const budget = evaluation.tables.find((t) => t.kind === 'budget');
    const fields = Object.fromEntries((budget?.columns ?? []).map((c) => [c.column, c.field]));
    expect(fields).toEqual({ A: null, B: 'name', C: 'initialBudget', D: null, E: 'budget', F: 'actual', G: 'rate', H: null, I: null, J: 'note' });
    expect(evaluation.unit).toBe('万元');
  });
});

describe('numbered rows: 一、 → （一） → 1.', () => {
  it('reads each group row as the total of its children and 合计 as the total of the top level only', async () => {
    const { report } = await folder.evaluate([SHEET]);

    // 合计 520 / 470 = 基本支出 300 / 295 + 项目支出 220 / 175; 项目支出 = 120 + 100; （一） 120 / 80 = 80 / 50 + 40 / 30.
    expect(report.totals.overall).toEqual({ budget: 5_200_000, actual: 4_700_000, rate: 0.903846 });
    expect(report.totals.basic).toEqual({ budget: 3_000_000, actual: 2_950_000, rate: 0.983333 });
    expect(report.totals.project).toEqual({ budget: 2_200_000, actual: 1_750_000, rate: 0.795455 });
    expect(report.scores.budgetExecution).toBe(9.04);
    // Every total agrees with its parts: no sum-mismatch, and the 1. rows are not counted beside their （一）.
    expect(report.flags.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('still checks every line, the children of a group included', async () => {
    const { report } = await folder.evaluate([SHEET]);

    expect(line(report, '医疗保障能力建设').flags).toEqual(['low-execution']);
    expect(line(report, '信息化建设')).toMatchObject({ budget: 800_000, actual: 500_000, rate: 0.625, statedRate: 0.625, flags: ['low-execution'] });
    expect(line(report, '基金监管').flags).toEqual(['low-execution']);
    expect(line(report, '公用经费').flags).toEqual([]);
  });

  it('calls children that add up to more than their group an error', async () => {
    const over = BODY.map((row) => (row[1] === '2.基金监管' ? [8, '2.基金监管', 40, 0, 60, 30, 50, 30, 50] : row));
    const { report } = await folder.evaluate([{ ...SHEET, rows: [...SHEET.rows.slice(0, 4), ...over] }]);

    // 80 + 60 = 140 against the stated 120 of （一）医疗保障能力建设 (row 10, its 全年预算数 in column E).
    expect(report.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell, f.sum])).toEqual([
      ['error', '项目支出!E10', 1_400_000],
    ]);
  });
});

describe('a partial 其中 and prose under the table', () => {
  it('takes a lone 其中：物业管理费 as a partial breakdown (no flag) and the merged paragraph as no line', async () => {
    const { report } = await folder.evaluate([SHEET]);

    expect(line(report, '物业管理费')).toMatchObject({ budget: 300_000, actual: 280_000, flags: [] });
    expect(report.lines.map((l) => l.name)).not.toContain(expect.stringContaining('招标延期'));
    expect(flagSummary(report)).toEqual([
      // A budget table alone: the form has no indicator table, and says so.
      { code: 'table-not-found', severity: 'error', cell: null },
      { code: 'low-execution', severity: 'warning', cell: '项目支出!F10' },
      { code: 'low-execution', severity: 'warning', cell: '项目支出!F11' },
      { code: 'low-execution', severity: 'warning', cell: '项目支出!F12' },
    ]);
  });

  it('flags a 其中 that adds up to more than its line', async () => {
    const more = BODY.map((row) => (row[1] === '其中：物业管理费' ? [10, '其中：物业管理费', 130, 0, 130, 96, 73.85, 34, 26.15] : row));
    const { report } = await folder.evaluate([{ ...SHEET, rows: [...SHEET.rows.slice(0, 4), ...more] }]);

    expect(report.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell])).toEqual([
      ['error', '项目支出!E13'],
      ['error', '项目支出!F13'],
    ]);
  });
});

describe('complete breakdowns (SCORING.md: 基本支出 = 人员经费 + 公用经费)', () => {
  it('calls parts that add up to less than a complete breakdown an error', async () => {
    const sheet: SheetSpec = {
      name: '基本支出',
      rows: [
        ['2024年度基本支出执行情况表'],
        [null, null, '单位：万元'],
        ['项目名称', '全年预算数', '全年执行数'],
        ['基本支出', 1530, 1526.71],
        ['其中：人员经费', 1275, 1270.47],
        ['公用经费', 200, 200],
      ],
    };
    const { report } = await folder.evaluate([sheet]);

    expect(report.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell])).toEqual([
      ['error', '基本支出!B4'],
      ['error', '基本支出!C4'],
    ]);
  });
});
