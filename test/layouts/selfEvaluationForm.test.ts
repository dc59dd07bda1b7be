/**
 * Layout 10: the official 部门整体支出绩效自评表 filled in by hand and used as the input — a 资金 block with a
 * stated 得分 for budget execution, the 年度总体目标 text, the indicator block under a 绩效指标 label merged
 * down column A with 一级/二级指标 merged down their runs, then 总分 and 评价等次.
 */
import { flagSummary, indicator, workbookFolder, type SheetSpec } from './workbooks';

const folder = workbookFolder();

const GOAL =
  '目标1：巩固全民参保，全年居民医保参保人数不低于540万人；目标2：推进DRG支付方式改革，提升基金使用效率；' +
  '目标3：完善医保信息平台，推动两定机构接入，提升参保群众满意度。';
const DONE =
  '全年居民医保参保546.6万人，常住人口参保覆盖率95%；DRG实际付费试点医疗机构50家；医保信息平台功能深化应用基本完成，' +
  '部分两定机构系统改造延至2025年一季度；参保群众满意度95%。';

/** `labelDown`: 绩效指标 merged down column A over the whole block (A11:A19), as the official form has it. */
function form(labelDown: boolean): SheetSpec {
  return {
    name: '自评表',
    rows: [
      ['部门整体支出绩效自评表'],
      ['（2024年度）'],
      ['部门名称', '某某市医疗保障局'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 500, 520, 468, 10, '90%', 10],
      ['其中：当年财政拨款', 450, 470, 420, '—', '89.36%', '—'],
      ['上年结转资金', 50, 50, 48, '—', '96%', '—'],
      ['其他资金', 0, 0, 0, '—', null, '—'],
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
      [null, GOAL, null, null, null, DONE],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      [null, '产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 10, 10, null],
      [null, null, null, '村卫生室医保定点数', '不低于2220家', '2337家', 10, 10, null],
      [null, null, '质量指标', '常住人口参保覆盖率', '≥95%', '95%', 10, 10, null],
      [null, null, '时效指标', '医保信息平台功能深化应用', '有效提升', '基本完成', 10, 7, '部分两定机构信息系统改造未完成，已督促2025年一季度前完成'],
      [null, '效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 15, 15, null],
      [null, null, '可持续影响指标', '乡村医保服务点经办事项覆盖率', '100%', '100%', 15, 15, null],
      [null, '满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
      [null, '成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 10, 10, null],
      ['总分', null, null, null, null, null, 100, 97, null],
      ['评价等次', null, null, null, null, null, '优'],
    ],
    merges: [
      'A1:I1', 'A2:I2', 'B3:I3',
      'A9:A10', 'B9:E9', 'F9:I9', 'B10:E10', 'F10:I10',
      ...(labelDown ? ['A11:A19'] : []),
      'B12:B15', 'C12:C13', 'B16:B17',
      'A20:F20', 'A21:F21', 'G21:I21',
    ],
  };
}
const FORM = form(true);

describe('the 部门整体支出绩效自评表 form as input', () => {
  it('reads the 资金 block: 年度资金总额 is the stated total, its 其中 rows the lines, amounts in 万元', async () => {
    const { report } = await folder.evaluate([FORM]);

    expect(report.unit).toBe('万元');
    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.rate, l.statedRate, l.flags, l.cell])).toEqual([
      ['当年财政拨款', 4_700_000, 4_200_000, 0.893617, 0.8936, ['low-execution'], '自评表!A6'],
      ['上年结转资金', 500_000, 480_000, 0.96, 0.96, [], '自评表!A7'],
      ['其他资金', 0, 0, null, null, [], '自评表!A8'],
    ]);
    expect(report.totals.overall).toEqual({ budget: 5_200_000, actual: 4_680_000, rate: 0.9 });
    expect(report.scores.budgetExecution).toBe(9);
  });

  it('reads every indicator of the block under the merged 绩效指标 and 一级指标 cells', async () => {
    const { report } = await folder.evaluate([FORM]);

    expect(report.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score, i.statedScore, i.cell])).toEqual([
      ['产出指标', '数量指标', '居民医保参保人数', 10, 10, 10, '自评表!D12'],
      ['产出指标', '数量指标', '村卫生室医保定点数', 10, 10, 10, '自评表!D13'],
      ['产出指标', '质量指标', '常住人口参保覆盖率', 10, 10, 10, '自评表!D14'],
      ['产出指标', '时效指标', '医保信息平台功能深化应用', 10, 7, 7, '自评表!D15'],
      ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', 15, 15, 15, '自评表!D16'],
      ['效益指标', '可持续影响指标', '乡村医保服务点经办事项覆盖率', 15, 15, 15, '自评表!D17'],
      ['满意度指标', '服务对象满意度指标', '参保群众满意度', 10, 10, 10, '自评表!D18'],
      ['成本指标', '经济成本指标', '办公场地年租赁费', 10, 10, 10, '自评表!D19'],
    ]);
    expect(indicator(report, '医保信息平台功能深化应用')).toMatchObject({
      target: '有效提升',
      actual: '基本完成',
      reason: '部分两定机构信息系统改造未完成，已督促2025年一季度前完成',
      flags: ['indicator-unmet'],
    });
  });

  it('reads the stated budget-execution 得分, 总分 and 评价等次 and compares them with its own', async () => {
    const { report } = await folder.evaluate([FORM]);

    expect(report.scores).toEqual({
      budgetExecution: 9,
      output: 37,
      effect: 30,
      satisfaction: 10,
      cost: 10,
      total: 96,
      grade: '优',
      stated: { budgetExecution: 10, total: 97, grade: '优' },
    });
    expect(flagSummary(report)).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '自评表!D6' },
      { code: 'indicator-unmet', severity: 'warning', cell: '自评表!F15' },
      { code: 'score-mismatch', severity: 'warning', cell: '自评表!G5' },
      { code: 'score-mismatch', severity: 'warning', cell: '自评表!H20' },
    ]);
    const [budget, total] = report.flags.filter((f) => f.code === 'score-mismatch');
    expect(budget.message).toBe('自评表!G5：预算执行得分填报 10 分，按执行率 90.0% 计算为 9 分');
    expect(total.message).toBe('自评表!H20：总分填报 97 分，计算为 96 分');
  });

  it('reads 评价等次 under the 总分 row as the stated grade, not as an indicator (绩效指标 in its header cell only)', async () => {
    const { report } = await folder.evaluate([form(false)]);

    expect(report.indicators.map((i) => i.name)).toEqual([
      '居民医保参保人数', '村卫生室医保定点数', '常住人口参保覆盖率', '医保信息平台功能深化应用',
      '城乡居民普通门诊报销比例', '乡村医保服务点经办事项覆盖率', '参保群众满意度', '办公场地年租赁费',
    ]);
    expect(report.scores).toMatchObject({ total: 96, grade: '优', stated: { budgetExecution: 10, total: 97, grade: '优' } });
    expect(report.flags.filter((f) => f.code === 'parse-error')).toEqual([]);
  });
});
