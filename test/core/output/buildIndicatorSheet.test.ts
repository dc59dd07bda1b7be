import { buildIndicatorSheet } from '../../../src/core/output';
import { makeEvaluation } from './makeEvaluation';
import { cellAt, rowOf, rowValues, sampleEvaluation } from './sampleEvaluation';

describe('自评_绩效指标 of the sample', () => {
  it('lists every indicator with target, actual, 分值, computed and stated 得分, flags and 偏差原因', async () => {
    const evaluation = await sampleEvaluation();
    const sheet = buildIndicatorSheet(evaluation, 'zh-CN');
    expect(rowValues(sheet, 2)).toEqual([
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分（计算）', '得分（填报）', '问题', '偏差原因分析及改进措施', '原表位置',
    ]);
    expect(sheet.cells.filter((c) => c.col === 2 && c.row > 2 && c.style === 'text')).toHaveLength(evaluation.indicators.length);
    expect(rowValues(sheet, rowOf(sheet, '试点医疗机构住院次均费用降幅', 2))).toEqual([
      '效益指标', '经济效益指标', '试点医疗机构住院次均费用降幅', '≥5%', '4.2%', 8, 6.72, 6,
      '得分与填报不符、指标未达成、缺少偏差原因', null, '绩效指标表!C9',
    ]);
    expect(rowValues(sheet, rowOf(sheet, '医保信息平台功能深化应用', 2)).slice(5)).toEqual([
      6, 4, 4, '指标未达成', '部分两定机构信息系统改造未完成，已督促2025年一季度前完成', '绩效指标表!C8',
    ]);
  });

  it('ends with the sums of 分值 and of both 得分 columns', async () => {
    const sheet = buildIndicatorSheet(await sampleEvaluation(), 'zh-CN');
    const total = rowOf(sheet, '合计', 0);
    expect(rowValues(sheet, total, 7)).toEqual(['合计', null, null, null, null, 90, 86.72, 86]);
    expect(cellAt(sheet, `G${total + 1}`)).toMatchObject({ style: 'totalScore', format: '0.00' });
    expect(sheet.merges).toContainEqual({ top: total, left: 0, bottom: total, right: 4 });
  });

  it('says there is no indicator table rather than leaving an empty grid', () => {
    const sheet = buildIndicatorSheet(makeEvaluation(), 'zh-CN');
    expect(rowValues(sheet, 3, 0)).toEqual(['没有找到绩效指标表']);
  });
});
