/**
 * SCORING.md "Total and grade" and "Category weights": the unit's own 自评得分 sheet against the computed
 * scores (score-mismatch for 预算执行, a category and the total; grade-mismatch), weights that do not make 100
 * (weight-mismatch and the total scaled to 100), and the optional 封顶.
 */
import { flagSummary, workbookFolder, type RowInput, type SheetSpec } from './workbooks';

const folder = workbookFolder();

function budgetSheet(actual: number): SheetSpec {
  return {
    name: '预算表',
    rows: [
      ['单位：万元'],
      ['项目名称', '全年预算数', '全年执行数'],
      ['办公经费', 100, actual],
    ],
  };
}

const INDICATOR_HEADER: RowInput = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function indicatorSheet(rows: readonly RowInput[]): SheetSpec {
  return { name: '指标表', rows: [INDICATOR_HEADER, ...rows] };
}

/** 分值 90 in all, every indicator met. */
const FULL_MARKS: readonly RowInput[] = [
  ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 20, 20, null],
  ['产出指标', '质量指标', '常住人口参保覆盖率', '≥95%', '95%', 20, 20, null],
  ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
  ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 10, 10, null],
];

describe('a 自评得分 sheet that claims full marks', () => {
  const scoresSheet: SheetSpec = {
    name: '自评得分',
    rows: [
      ['2024年度部门整体支出绩效自评得分'],
      ['评价内容', '分值', '自评得分'],
      ['预算执行', 10, 10],
      ['产出', 40, 40],
      ['效益', 30, 30],
      ['满意度', 10, 10],
      ['成本', 10, 10],
      ['总分', 100, 100],
      ['评价等次', null, '优'],
    ],
    merges: ['A1:C1'],
  };
  const indicators = indicatorSheet([
    ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 20, 20, null],
    ['产出指标', '质量指标', '常住人口参保覆盖率', '≥95%', '95%', 10, 10, null],
    ['产出指标', '时效指标', '异地就医直接结算办理时限', '≤10天', '40天', 10, 2.5, '系统升级期间暂停办理'],
    ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
    ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 10, 10, null],
  ]);

  it('flags the budget-execution score, the 产出 score, the total and the grade, each at its own cell', async () => {
    const { report } = await folder.evaluate([budgetSheet(60), indicators, scoresSheet]);

    expect(report.scores).toEqual({
      budgetExecution: 6,
      output: 32.5,
      effect: 30,
      satisfaction: 10,
      cost: 10,
      total: 88.5,
      grade: '良',
      stated: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10, total: 100, grade: '优' },
    });
    expect(flagSummary(report)).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '预算表!C3' },
      { code: 'indicator-unmet', severity: 'warning', cell: '指标表!E4' },
      { code: 'score-mismatch', severity: 'warning', cell: '自评得分!C3' },
      { code: 'score-mismatch', severity: 'warning', cell: '自评得分!C4' },
      { code: 'score-mismatch', severity: 'warning', cell: '自评得分!C8' },
      { code: 'grade-mismatch', severity: 'warning', cell: '自评得分!C9' },
    ]);
    expect(report.flags.slice(2).map((f) => f.message)).toEqual([
      '自评得分!C3：预算执行得分填报 10 分，按执行率 60.0% 计算为 6 分',
      '自评得分!C4：产出指标得分填报 40 分，按各指标计算为 32.5 分',
      '自评得分!C8：总分填报 100 分，计算为 88.5 分',
      '自评得分!C9：等次填报“优”，按总分 88.5 应为“良”',
    ]);
  });
});

describe('indicator weights that do not make 100 with 预算执行', () => {
  it('flags weight-mismatch at the 分值 header and scales the total to 100', async () => {
    const { report, evaluation } = await folder.evaluate([
      budgetSheet(95),
      indicatorSheet([
        ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 20, 20, null],
        ['产出指标', '质量指标', '常住人口参保覆盖率', '≥95%', '76%', 10, 8, '外出务工人员在务工地参保'],
        ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 30, 30, null],
        ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
        ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 10, 10, null],
      ]),
    ]);

    // 9.5 + 28 + 30 + 10 + 10 = 87.5 points out of 10 + 80 = 90, i.e. 87.5 × 100 / 90 = 97.22.
    expect(report.scores).toMatchObject({ budgetExecution: 9.5, output: 28, effect: 30, satisfaction: 10, cost: 10, total: 97.22, grade: '优' });
    expect(evaluation.scores.scaled).toBe(true);
    const weights = report.flags.filter((f) => f.code === 'weight-mismatch');
    expect(weights).toEqual([
      {
        code: 'weight-mismatch',
        severity: 'warning',
        cell: '指标表!F1',
        message: '指标表!F1：预算执行 10 分与各指标分值合计 80 分，共 90 分而非 100 分，总分已按百分制折算',
      },
    ]);
  });

  it('does not scale when the weights make 100', async () => {
    const { report, evaluation } = await folder.evaluate([budgetSheet(95), indicatorSheet(FULL_MARKS)]);

    expect(report.scores.total).toBe(99.5);
    expect(evaluation.scores.scaled).toBe(false);
    expect(report.flags).toEqual([]);
  });
});

describe('封顶 (settings.capEnabled)', () => {
  it.each([
    { rate: 0.75, capEnabled: false, budgetExecution: 7.5, total: 97.5, grade: '优', cappedAt: null },
    { rate: 0.75, capEnabled: true, budgetExecution: 7.5, total: 89, grade: '良', cappedAt: 89 },
    { rate: 0.8, capEnabled: true, budgetExecution: 8, total: 98, grade: '优', cappedAt: null },
    { rate: 0.65, capEnabled: true, budgetExecution: 6.5, total: 79, grade: '中', cappedAt: 79 },
    { rate: 0.55, capEnabled: true, budgetExecution: 5.5, total: 69, grade: '中', cappedAt: 69 },
    { rate: 0.45, capEnabled: true, budgetExecution: 4.5, total: 59, grade: '差', cappedAt: 59 },
  ])('overall 执行率 $rate with 封顶 $capEnabled → total $total ($grade)', async ({ rate, capEnabled, budgetExecution, total, grade, cappedAt }) => {
    const { report, evaluation } = await folder.evaluate([budgetSheet(rate * 100), indicatorSheet(FULL_MARKS)], { capEnabled });

    expect(report.totals.overall?.rate).toBe(rate);
    expect(report.scores).toMatchObject({ budgetExecution, output: 40, effect: 30, satisfaction: 10, cost: 10, total, grade });
    expect(evaluation.scores.cappedAt).toBe(cappedAt);
  });
});
