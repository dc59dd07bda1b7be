/**
 * SCORING.md "Budget-line flags": one budget table whose every line carries one of the problems a reviewer
 * flags, with the cell each flag points at; and a workbook with neither table (`table-not-found`).
 */
import { AMOUNT, flagSummary, line, workbookFolder, type Evaluated } from './workbooks';

const folder = workbookFolder();

const SHEET = {
  name: '预算表',
  rows: [
    ['某某市医疗保障局2024年度项目支出预算执行情况表'],
    [null, null, null, null, null, '单位：元'],
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率'],
    [1, '办公经费', 100_000, 100_000, 95_000, '95%'],
    [2, '欺诈骗保行为举报奖励专项资金', 30_000, 30_000, 0, '0%'],
    [3, '医疗保障能力建设经费', 180_200, 180_200, 93_700, '52%'],
    [4, '信息系统运维费', 50_000, 50_000, 55_000, '110%'],
    [5, '城乡居民基本医疗工作经费', 282_000, 282_000, 262_300, '98%'],
    [6, '临时救助资金', null, null, 12_000, null],
    [7, '档案数字化经费', 20_000, 20_000, null, null],
    [8, '驻村帮扶资金', 55_400, null, 53_200, null],
    [9, '三公经费', 0, 0, 0, null],
  ],
  merges: ['A1:F1'],
  columnFormats: { C: AMOUNT, D: AMOUNT, E: AMOUNT },
};

let result: Evaluated;
beforeAll(async () => {
  result = await folder.evaluate([SHEET]);
});

describe('flags on budget lines', () => {
  it.each([
    { name: '办公经费', label: 'no flag', budget: 100_000, actual: 95_000, rate: 0.95, flag: null },
    {
      name: '欺诈骗保行为举报奖励专项资金',
      label: 'zero-execution',
      budget: 30_000,
      actual: 0,
      rate: 0,
      flag: { code: 'zero-execution', severity: 'warning', cell: '预算表!E5', says: '全年预算 30,000.00元，执行数为 0，执行率 0%' },
    },
    {
      name: '医疗保障能力建设经费',
      label: 'low-execution',
      budget: 180_200,
      actual: 93_700,
      rate: 0.519978,
      flag: { code: 'low-execution', severity: 'warning', cell: '预算表!E6', says: '执行率 52.0%，低于 90%' },
    },
    {
      name: '信息系统运维费',
      label: 'over-execution',
      budget: 50_000,
      actual: 55_000,
      rate: 1.1,
      flag: { code: 'over-execution', severity: 'warning', cell: '预算表!E7', says: '执行率 110.0%' },
    },
    {
      name: '城乡居民基本医疗工作经费',
      label: 'rate-mismatch',
      budget: 282_000,
      actual: 262_300,
      rate: 0.930142,
      flag: { code: 'rate-mismatch', severity: 'warning', cell: '预算表!F8', says: '填报执行率 98.0%，按执行数 ÷ 预算数计算为 93.0%' },
    },
    {
      name: '临时救助资金',
      label: 'missing-value (no budget, actual > 0)',
      budget: null,
      actual: 12_000,
      rate: null,
      flag: { code: 'missing-value', severity: 'warning', cell: '预算表!D9', says: '执行数 12,000.00元，但预算数为空或 0，无法计算执行率' },
    },
    {
      name: '档案数字化经费',
      label: 'missing-value (budget, no actual)',
      budget: 20_000,
      actual: null,
      rate: null,
      flag: { code: 'missing-value', severity: 'warning', cell: '预算表!E10', says: '没有执行数' },
    },
    {
      name: '驻村帮扶资金',
      label: 'missing-value info (年初 used, 全年 empty)',
      budget: 55_400,
      actual: 53_200,
      rate: 0.960289,
      flag: { code: 'missing-value', severity: 'info', cell: '预算表!C11', says: '没有全年预算数，按年初预算数 55,400.00元 计算执行率' },
    },
    { name: '三公经费', label: 'no flag (0 / 0)', budget: 0, actual: 0, rate: null, flag: null },
  ])('$name → $label', ({ name, budget, actual, rate, flag }) => {
    const { report } = result;
    expect(line(report, name)).toMatchObject({ budget, actual, rate, flags: flag ? [flag.code] : [] });
    const onLine = report.flags.filter((f) => f.message.includes(`“${name}”`));
    if (flag === null) {
      expect(onLine).toEqual([]);
    } else {
      expect(onLine).toEqual([expect.objectContaining({ code: flag.code, severity: flag.severity, cell: flag.cell })]);
      expect(onLine[0].message).toContain(flag.says);
    }
  });

  it('adds up the lines as the total (no 合计 row) and scores budget execution on it', () => {
    const { report } = result;
    expect(report.totals.project).toEqual({ budget: 717_600, actual: 571_200, rate: 0.795987 });
    expect(report.totals.overall).toEqual({ budget: 717_600, actual: 571_200, rate: 0.795987 });
    expect(report.scores.budgetExecution).toBe(7.96);
    expect(flagSummary(report)).toEqual([
      { code: 'table-not-found', severity: 'error', cell: null },
      { code: 'zero-execution', severity: 'warning', cell: '预算表!E5' },
      { code: 'low-execution', severity: 'warning', cell: '预算表!E6' },
      { code: 'over-execution', severity: 'warning', cell: '预算表!E7' },
      { code: 'rate-mismatch', severity: 'warning', cell: '预算表!F8' },
      { code: 'missing-value', severity: 'warning', cell: '预算表!D9' },
      { code: 'missing-value', severity: 'warning', cell: '预算表!E10' },
      { code: 'missing-value', severity: 'info', cell: '预算表!C11' },
    ]);
  });
});

describe('a workbook with neither table', () => {
  it('says that neither the budget table nor the indicator table was found', async () => {
    const { json } = await folder.evaluate([
      {
        name: '自评报告',
        rows: [
          ['某某市医疗保障局2024年度部门整体支出绩效自评报告'],
          ['一、部门基本情况'],
          ['（一）部门职能：贯彻落实医疗保障的法律法规和方针政策，组织拟订并实施医疗保障基金监督管理办法。'],
          ['二、一般公共预算支出情况'],
          ['2024年度部门预算支出合计1963.91万元。'],
        ],
      },
    ]);

    // No table, no score: no evaluation, so no total and no grade is invented.
    expect(json.evaluations).toEqual([]);
    expect(json.flags).toEqual([
      {
        code: 'table-not-found',
        severity: 'error',
        cell: null,
        message: '没有找到预算执行表：需要含“项目名称”“全年预算数”“全年执行数”等表头的一行',
      },
      {
        code: 'table-not-found',
        severity: 'error',
        cell: null,
        message: '没有找到绩效指标表：需要含“三级指标”“年度指标值”“实际完成值”“分值”等表头的一行',
      },
    ]);
  });
});
