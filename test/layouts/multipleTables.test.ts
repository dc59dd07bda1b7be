/**
 * Layouts 8 and 9: two tables on one sheet (each with its own title and unit note), and separate sheets
 * 基本支出表 / 项目支出表 / 绩效指标表 whose names give the category.
 */
import { AMOUNT, flagSummary, indicator, line, workbookFolder, type RowInput } from './workbooks';

const folder = workbookFolder();

const INDICATOR_HEADER: RowInput = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const INDICATORS: readonly RowInput[] = [
  ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 20, 20, null],
  ['产出指标', '质量指标', '常住人口参保覆盖率', '≥95%', '96%', 20, 20, null],
  ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
  ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 10, 10, null],
];

describe('two tables on one sheet', () => {
  it('reads a 基本支出 table and, below a blank row and its own title, a 项目支出 table in another unit', async () => {
    const { report } = await folder.evaluate([
      {
        name: '预算执行',
        rows: [
          ['2024年度基本支出预算执行情况表'],
          [null, null, null, '单位：万元'],
          ['序号', '项目名称', '全年预算数', '全年执行数'],
          [1, '人员经费', 1272, 1270.47],
          [2, '公用经费', 258, 256.25],
          ['合计', null, 1530, 1526.71],
          [],
          ['2024年度项目支出预算执行情况表'],
          [null, null, null, '单位：元'],
          ['序号', '项目名称', '全年预算数', '全年执行数'],
          [1, '医疗保障能力建设经费', 180_200, 93_700],
          [2, '办公场地租赁费', 500_000, 500_000],
          ['合计', null, 680_200, 593_700],
        ],
        merges: ['A1:D1', 'A6:B6', 'A8:D8', 'A13:B13'],
        columnFormats: { C: AMOUNT, D: AMOUNT },
      },
      { name: '绩效指标', rows: [INDICATOR_HEADER, ...INDICATORS] },
    ]);

    expect(report.lines.map((l) => [l.name, l.category, l.budget, l.actual, l.cell])).toEqual([
      ['人员经费', '基本支出', 12_720_000, 12_704_700, '预算执行!B4'],
      ['公用经费', '基本支出', 2_580_000, 2_562_500, '预算执行!B5'],
      ['医疗保障能力建设经费', '项目支出', 180_200, 93_700, '预算执行!B11'],
      ['办公场地租赁费', '项目支出', 500_000, 500_000, '预算执行!B12'],
    ]);
    expect(report.totals).toEqual({
      basic: { budget: 15_300_000, actual: 15_267_100, rate: 0.99785 },
      project: { budget: 680_200, actual: 593_700, rate: 0.872832 },
      overall: { budget: 15_980_200, actual: 15_860_800, rate: 0.992528 },
    });
    expect(report.scores.budgetExecution).toBe(9.93);
    expect(flagSummary(report)).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '预算执行!D11' },
      { code: 'sum-mismatch', severity: 'info', cell: '预算执行!D6' },
    ]);
  });

  it('reads a budget table and, below a blank row and its own title, the indicator table', async () => {
    const { report } = await folder.evaluate([
      {
        name: '自评',
        rows: [
          ['2024年度部门预算执行情况表'],
          [null, null, null, '单位：万元'],
          ['项目名称', '全年预算数', '全年执行数', '执行率'],
          ['办公经费', 100, 90, '90%'],
          ['培训费', 20, 20, '100%'],
          ['合计', 120, 110, '91.67%'],
          [],
          ['2024年度部门整体支出绩效指标完成情况'],
          INDICATOR_HEADER,
          ...INDICATORS,
        ],
        merges: ['A1:H1', 'A8:H8'],
        columnFormats: { B: AMOUNT, C: AMOUNT },
      },
    ]);

    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.rate])).toEqual([
      ['办公经费', 1_000_000, 900_000, 0.9],
      ['培训费', 200_000, 200_000, 1],
    ]);
    expect(report.totals.overall).toEqual({ budget: 1_200_000, actual: 1_100_000, rate: 0.916667 });
    expect(report.indicators.map((i) => [i.name, i.score, i.cell])).toEqual([
      ['居民医保参保人数', 20, '自评!C10'],
      ['常住人口参保覆盖率', 20, '自评!C11'],
      ['城乡居民普通门诊报销比例', 30, '自评!C12'],
      ['参保群众满意度', 10, '自评!C13'],
      ['办公场地年租赁费', 10, '自评!C14'],
    ]);
    expect(report.scores).toMatchObject({ budgetExecution: 9.17, output: 40, effect: 30, satisfaction: 10, cost: 10, total: 99.17, grade: '优' });
    expect(report.flags).toEqual([]);
  });
});

describe('separate sheets 基本支出表, 项目支出表 and 绩效指标表', () => {
  it('takes each line’s category from its sheet name and adds the sheets up', async () => {
    const { report } = await folder.evaluate([
      {
        name: '基本支出表',
        rows: [
          ['项目名称', '全年预算数（万元）', '全年执行数（万元）'],
          ['人员经费', 1272, 1270.47],
          ['公用经费', 258, 256.25],
        ],
        columnFormats: { B: AMOUNT, C: AMOUNT },
      },
      {
        name: '项目支出表',
        rows: [
          ['项目名称', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
          ['医疗保障能力建设经费', 18.02, 9.37, '52%'],
          ['欺诈骗保行为举报奖励专项资金', 3, 0, '0%'],
          ['办公场地租赁费', 50, 50, '100%'],
        ],
        columnFormats: { B: AMOUNT, C: AMOUNT },
      },
      { name: '绩效指标表', rows: [INDICATOR_HEADER, ...INDICATORS] },
    ]);

    expect(report.unit).toBe('万元');
    expect(report.lines.map((l) => [l.name, l.category, l.cell])).toEqual([
      ['人员经费', '基本支出', '基本支出表!A2'],
      ['公用经费', '基本支出', '基本支出表!A3'],
      ['医疗保障能力建设经费', '项目支出', '项目支出表!A2'],
      ['欺诈骗保行为举报奖励专项资金', '项目支出', '项目支出表!A3'],
      ['办公场地租赁费', '项目支出', '项目支出表!A4'],
    ]);
    expect(line(report, '欺诈骗保行为举报奖励专项资金')).toMatchObject({ budget: 30_000, actual: 0, rate: 0, statedRate: 0 });
    expect(report.totals).toEqual({
      basic: { budget: 15_300_000, actual: 15_267_200, rate: 0.997856 },
      project: { budget: 710_200, actual: 593_700, rate: 0.835962 },
      overall: { budget: 16_010_200, actual: 15_860_900, rate: 0.990675 },
    });
    expect(indicator(report, '居民医保参保人数')).toMatchObject({ level1: '产出指标', score: 20, cell: '绩效指标表!C2' });
    expect(report.scores).toMatchObject({ budgetExecution: 9.91, total: 99.91, grade: '优' });
    expect(flagSummary(report)).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '项目支出表!C2' },
      { code: 'zero-execution', severity: 'warning', cell: '项目支出表!C3' },
    ]);
  });
});
