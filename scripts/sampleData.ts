/**
 * The sample's figures: those of the real 2024 report of 衡阳市医疗保障局 (seed/000_…txt) as a 财务科 keeps
 * them, amounts in 万元. Shared by the sample workbook (buildSample.ts) and the engine's tests, which build
 * the same tables as plain grids.
 */

export const UNIT = '衡阳市医疗保障局';
export const AMOUNT_UNIT_NOTE = '单位：万元';

/** 序号, 项目名称, 年初预算数, 全年预算数, 全年执行数, 执行率 as text the way the report states it (null: =E/D). */
export type BudgetRow = readonly [
  seq: string | number | null,
  name: string,
  initial: number,
  budget: number,
  actual: number,
  statedRate: string | null,
];

export const BUDGET_HEADER = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率', '备注'];

export const GENERAL_BUDGET_TITLE = `${UNIT}2024年度部门预算执行情况表`;
export const GENERAL_BUDGET: readonly BudgetRow[] = [
  ['一', '基本支出', 1530.0, 1530.0, 1526.71, null],
  [null, '其中：人员经费', 1272.0, 1272.0, 1270.47, null],
  [null, '　　　公用经费', 258.0, 258.0, 256.25, null],
  ['二', '项目支出', 451.04, 451.04, 437.2, null],
  [1, '医疗保障能力建设经费', 18.02, 18.02, 9.37, '52%'],
  [2, '城乡居民基本医疗工作经费', 28.2, 28.2, 26.23, '93%'],
  [3, '办公场地租赁费', 50.0, 50.0, 50.0, '100%'],
  [4, '特殊门诊专家评审费用', 2.0, 2.0, 2.0, '100%'],
  [5, '欺诈骗保行为举报奖励专项资金', 3.0, 3.0, 0, '0%'],
  [6, '2024年度增人增资经费', 26.49, 26.49, 26.49, '100%'],
  [7, '驻村帮扶资金', 5.54, 5.54, 5.32, '96%'],
  [8, '医疗费补助', 1.0, 1.0, 1.0, '100%'],
  [9, '其他资金', 4.1, 4.1, 4.1, '100%'],
];
/** The 合计 row: 年初预算数, 全年预算数, 全年执行数 (执行率 is =E/D). */
export const GENERAL_BUDGET_TOTAL = [1981.04, 1981.04, 1963.91] as const;

export const SOCIAL_INSURANCE_TITLE = '2024年度社会保险基金预算支出情况表';
export const SOCIAL_INSURANCE: readonly BudgetRow[] = [
  ['一', '职工基本医疗保险基金支出', 165000, 165000, 160727, null],
  [null, '其中：统筹基金支出', 98000, 98000, 95123, null],
  [null, '　　　个人账户基金支出', 67000, 67000, 65604, null],
];

/** 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分 (as stated), 偏差原因分析及改进措施. */
export type IndicatorRow = readonly [
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: number,
  score: number,
  reason: string,
];

export const INDICATOR_TITLE = `${UNIT}2024年度部门整体支出绩效指标完成情况`;
export const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
export const INDICATORS: readonly IndicatorRow[] = [
  ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 8, 8, ''],
  ['产出指标', '数量指标', '村卫生室医保定点数', '不低于2220家', '2337家', 8, 8, ''],
  ['产出指标', '数量指标', 'DRG实际付费试点医疗机构数', '50家', '50家', 6, 6, ''],
  ['产出指标', '质量指标', '常住人口参保覆盖率', '≥95%', '95%', 6, 6, ''],
  ['产出指标', '质量指标', '困难群众参保率', '100%', '100%', 6, 6, ''],
  ['产出指标', '时效指标', '医保信息平台功能深化应用', '有效提升', '基本完成', 6, 4,
    '部分两定机构信息系统改造未完成，已督促2025年一季度前完成'],
  // Unmet (4.2% < 5%) and no reason given: the engine must flag it.
  ['效益指标', '经济效益指标', '试点医疗机构住院次均费用降幅', '≥5%', '4.2%', 8, 6, ''],
  ['效益指标', '社会效益指标', '参保人员自付比例降幅', '≥5%', '7.25%', 8, 8, ''],
  ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '70%', 7, 7, ''],
  ['效益指标', '可持续影响指标', '乡村医保服务点经办事项覆盖率', '100%', '100%', 7, 7, ''],
  ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 10, ''],
  ['成本指标', '经济成本指标', '办公场地年租赁费', '≤50万元', '50万元', 5, 5, ''],
  ['成本指标', '经济成本指标', '驻村帮扶资金', '≤5.54万元', '5.32万元', 5, 5, ''],
];

export const SCORE_TITLE = '2024年度部门整体支出绩效自评得分';
export const SCORE_HEADER = ['评价内容', '分值', '自评得分'];
/** 评价内容, 分值, 自评得分: the report's 综合评价 paragraph. */
export const SCORES: readonly (readonly [string, number, number])[] = [
  ['预算执行', 10, 10],
  ['产出', 40, 38],
  ['效益', 30, 28],
  ['满意度', 10, 10],
  ['成本', 10, 10],
  ['总分', 100, 96],
];
export const STATED_GRADE = '优';
