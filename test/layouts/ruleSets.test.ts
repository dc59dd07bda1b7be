/**
 * SCORING.md "Rule sets": the same workbook under `dept-2024` (成本 a category of its own, maxima 10/40/30/10/10)
 * and `mof-2020` (成本 counted inside 产出, maxima 10/50/30/10/—).
 */
import type { RuleSetId } from '../../src/core';
import { workbookFolder, type RowInput, type SheetSpec } from './workbooks';

const folder = workbookFolder();

const BUDGET: SheetSpec = {
  name: '预算表',
  rows: [
    ['单位：万元'],
    ['项目名称', '全年预算数', '全年执行数'],
    ['办公经费', 100, 95],
  ],
};

const INDICATORS: SheetSpec = {
  name: '指标表',
  rows: [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 20, 20, null],
    ['产出指标', '数量指标', '村卫生室医保定点数', '≥2000家', '1800家', 20, 18, '部分村卫生室未达到定点条件'],
    ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, null],
    ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '55万元', 10, 9.09, '租金上涨'],
  ],
};

function scoresSheet(rows: readonly RowInput[]): SheetSpec {
  return { name: '自评得分', rows: [['评价内容', '分值', '自评得分'], ...rows] };
}

/** The 项目支出 template of 10号: 成本 inside 产出 (50 points). */
const STATED_MOF = scoresSheet([
  ['预算执行', 10, 9.5],
  ['产出', 50, 47.09],
  ['效益', 30, 30],
  ['满意度', 10, 10],
  ['总分', 100, 96.59],
]);

/** The 部门整体 form: 成本 as a category of its own. */
const STATED_DEPT = scoresSheet([
  ['预算执行', 10, 9.5],
  ['产出', 40, 38],
  ['效益', 30, 30],
  ['满意度', 10, 10],
  ['成本', 10, 9.09],
  ['总分', 100, 96.59],
]);

describe('the same indicators under both rule sets', () => {
  it.each<{ ruleSet: RuleSetId; output: number; cost: number; maxima: Record<string, number> }>([
    { ruleSet: 'dept-2024', output: 38, cost: 9.09, maxima: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10 } },
    { ruleSet: 'mof-2020', output: 47.09, cost: 0, maxima: { budgetExecution: 10, output: 50, effect: 30, satisfaction: 10, cost: 0 } },
  ])('$ruleSet: 产出 $output, 成本 $cost', async ({ ruleSet, output, cost, maxima }) => {
    const { report, evaluation } = await folder.evaluate([BUDGET, INDICATORS], { ruleSet });

    expect(report.ruleSet).toBe(ruleSet);
    expect(report.scores).toEqual({
      budgetExecution: 9.5,
      output,
      effect: 30,
      satisfaction: 10,
      cost,
      total: 96.59,
      grade: '优',
      stated: null,
    });
    expect(evaluation.scores.maxima).toEqual(maxima);
    expect(report.indicators.map((i) => [i.name, i.score])).toEqual([
      ['居民医保参保人数', 20],
      ['村卫生室医保定点数', 18],
      ['城乡居民普通门诊报销比例', 30],
      ['参保群众满意度', 10],
      ['办公场地年租赁费', 9.09],
    ]);
    expect(report.flags.map((f) => [f.code, f.cell])).toEqual([
      ['indicator-unmet', '指标表!E3'],
      ['indicator-unmet', '指标表!E6'],
    ]);
  });

  it.each<{ ruleSet: RuleSetId; template: string; stated: SheetSpec; mismatches: string[] }>([
    { ruleSet: 'dept-2024', template: '部门整体 (成本 apart)', stated: STATED_DEPT, mismatches: [] },
    { ruleSet: 'dept-2024', template: '10号 (成本 inside 产出)', stated: STATED_MOF, mismatches: ['自评得分!C3'] },
    { ruleSet: 'mof-2020', template: '10号 (成本 inside 产出)', stated: STATED_MOF, mismatches: [] },
    { ruleSet: 'mof-2020', template: '部门整体 (成本 apart)', stated: STATED_DEPT, mismatches: [] },
  ])('$ruleSet compares a $template 自评得分 sheet', async ({ ruleSet, stated, mismatches }) => {
    const { report } = await folder.evaluate([BUDGET, INDICATORS, stated], { ruleSet });

    expect(report.flags.filter((f) => f.code === 'score-mismatch').map((f) => f.cell)).toEqual(mismatches);
  });
});
