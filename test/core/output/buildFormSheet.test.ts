import { buildFormSheet } from '../../../src/core';
import { indicator, makeEvaluation } from './makeEvaluation';
import { cellAt, mergeAddresses, rowOf, rowValues, sampleEvaluation } from './sampleEvaluation';

describe('自评_自评表 of the sample (dept-2024)', () => {
  it('has the 资金 block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分', async () => {
    const sheet = buildFormSheet(await sampleEvaluation(), 'zh-CN');
    expect(rowValues(sheet, 0, 0)).toEqual(['部门整体支出绩效自评表']);
    expect(rowValues(sheet, 3, 6)).toEqual(['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    const rows = [4, 5, 6].map((r) => rowValues(sheet, r, 6));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[6]])).toEqual([
      ['年度资金总额', 1981.04, 1963.91, 10, 9.91],
      ['其中：基本支出', 1530, 1526.71, '—', '—'],
      ['　　　项目支出', 451.04, 437.2, '—', '—'],
    ]);
    expect(rows[0][5]).toBeCloseTo(1963.91 / 1981.04, 9);
    expect(cellAt(sheet, 'F5')).toMatchObject({ format: '0.00%', style: 'percent' });
    expect(cellAt(sheet, 'C5')).toMatchObject({ format: '#,##0.00', style: 'amount' });
  });

  it('merges and borders the grid as the template does', async () => {
    const sheet = buildFormSheet(await sampleEvaluation(), 'zh-CN');
    expect(mergeAddresses(sheet)).toEqual(expect.arrayContaining([
      'A1:I1', 'A2:I2', 'B3:I3', 'G4:I4', 'G5:I5', 'G6:I6', 'G7:I7',
      'A8:A9', 'B8:E8', 'F8:I8', 'B9:E9', 'F9:I9',
      'A10:A23', // 绩效指标 down the indicator block
      'B11:B16', 'B17:B20', 'B21:B21', 'B22:B23', // 产出, 效益, 满意度, 成本 (a single row is no merge)
      'C11:C13', 'C14:C15', 'C18:C19', 'C22:C23',
      'A24:F24', 'A25:F25', 'G25:I25',
    ].filter((range) => range !== 'B21:B21')));
    expect(rowValues(sheet, 9)).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    // Every cell of the grid from the 资金 header down has a bordered style, blanks included.
    const bordered = sheet.cells.filter((c) => c.row >= 3 && c.row <= 24);
    expect(bordered.every((c) => !['title', 'subtitle', 'note', 'heading', 'paragraph'].includes(c.style))).toBe(true);
    expect(sheet.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, area: { top: 0, left: 0, bottom: 24, right: 8 } });
  });

  it('lists the indicators under their 一级/二级指标 with the computed 得分 and the unit’s 偏差原因', async () => {
    const sheet = buildFormSheet(await sampleEvaluation(), 'zh-CN');
    expect(rowValues(sheet, 10)).toEqual(['绩效指标', '产出指标', '数量指标', '居民医保参保人数', '≥540万人', '546.6万人', 8, 8, null].map((v, i) => (i === 0 ? null : v)));
    expect(rowValues(sheet, rowOf(sheet, '试点医疗机构住院次均费用降幅', 3)).slice(1)).toEqual(['效益指标', '经济效益指标', '试点医疗机构住院次均费用降幅', '≥5%', '4.2%', 8, 6.72, null]);
    expect(rowValues(sheet, rowOf(sheet, '医保信息平台功能深化应用', 3))[8]).toBe('部分两定机构信息系统改造未完成，已督促2025年一季度前完成');
    expect(rowValues(sheet, 21).slice(1, 4)).toEqual(['成本指标', '经济成本指标', '办公场地年租赁费']);
  });

  it('ends with 总分 (分值 100, the computed total) and 评价等次', async () => {
    const sheet = buildFormSheet(await sampleEvaluation(), 'zh-CN');
    expect(rowValues(sheet, 23)).toEqual(['总分', null, null, null, null, null, 100, 96.63, null]);
    expect(rowValues(sheet, 24, 6)).toEqual(['评价等次', null, null, null, null, null, '优']);
    expect(cellAt(sheet, 'H24')).toMatchObject({ style: 'totalScore', format: '0.00' });
  });
});

describe('自评_自评表 under mof-2020 (财预〔2020〕10号 项目支出绩效自评表)', () => {
  it('has no 成本 一级指标: cost indicators sit under 产出指标 as 成本指标, after the other 产出 rows', async () => {
    const sheet = buildFormSheet(await sampleEvaluation('mof-2020'), 'zh-CN');
    expect(rowValues(sheet, 0, 0)).toEqual(['项目支出绩效自评表']);
    const level1 = sheet.cells.filter((c) => c.col === 1 && c.style === 'labelCenter').map((c) => c.value);
    expect(level1).toEqual(['产出指标', '效益指标', '满意度指标']);
    const rent = rowOf(sheet, '办公场地年租赁费', 3);
    expect(rowValues(sheet, rent).slice(3, 8)).toEqual(['办公场地年租赁费', '≤50万元', '50万元', 5, 5]);
    expect(cellAt(sheet, `C${rent + 1}`)?.value).toBe('成本指标');
    const output = mergeAddresses(sheet).find((range) => range.startsWith(`B${rowOf(sheet, '产出指标', 1) + 1}:`));
    expect(output).toBe(`B${rowOf(sheet, '产出指标', 1) + 1}:B${rowOf(sheet, '驻村帮扶资金', 3) + 1}`);
  });

  it('has the project form’s 项目名称/主管部门/实施单位 rows and funds rows by source, left for the unit to fill', async () => {
    const sheet = buildFormSheet(await sampleEvaluation('mof-2020'), 'zh-CN');
    expect(rowValues(sheet, 2, 0)).toEqual(['项目名称']);
    expect(rowValues(sheet, 3, 4)).toEqual(['主管部门', null, null, null, '实施单位']);
    expect([5, 6, 7, 8].map((r) => rowValues(sheet, r, 6))).toEqual([
      ['年度资金总额', 1981.04, 1981.04, 1963.91, 10, expect.any(Number), 9.91],
      ['其中：当年财政拨款', null, null, null, '—', null, '—'],
      ['　　　上年结转资金', null, null, null, '—', null, '—'],
      ['　　　其他资金', null, null, null, '—', null, '—'],
    ]);
  });
});

describe('自评_自评表 of other workbooks', () => {
  it('keeps one merged 绩效指标 label and an empty bordered row when there are no indicators', () => {
    const sheet = buildFormSheet(makeEvaluation(), 'zh-CN');
    const header = rowOf(sheet, '绩效指标', 0);
    expect(mergeAddresses(sheet)).toContain(`A${header + 1}:A${header + 2}`);
    expect(rowValues(sheet, header + 2, 0)).toEqual(['总分']);
  });

  it('notes a total scaled to 100 points beside it', () => {
    const evaluation = makeEvaluation({
      indicators: [indicator('参保人数', { weight: 50, score: 50 })],
      scores: { ...makeEvaluation().scores, output: 50, total: 100, grade: '优', scaled: true, maxima: { budgetExecution: 10, output: 50, effect: 0, satisfaction: 0, cost: 0 } },
    });
    const sheet = buildFormSheet(evaluation, 'zh-CN');
    expect(rowValues(sheet, rowOf(sheet, '总分', 0)).slice(6)).toEqual([60, 100, '已按百分制折算']);
  });
});

describe('自评_自评表: the form’s own name', () => {
  it('fills 项目名称 from the form read, as text, and leaves 主管部门 and 实施单位 to the unit', () => {
    const scope = { sheet: '项目自评表', range: 'A1:K21', title: '项目支出绩效自评表', project: '=医疗保障能力建设经费' };
    const sheet = buildFormSheet(makeEvaluation({ ruleSet: 'mof-2020', scope }), 'zh-CN');
    expect(rowValues(sheet, 2, 1)).toEqual(['项目名称', '=医疗保障能力建设经费']);
    expect(cellAt(sheet, 'B3')).toMatchObject({ format: '@', style: 'text' });
    expect(rowValues(sheet, 3, 5).filter((v) => v !== null)).toEqual(['主管部门', '实施单位']);
  });

  it('leaves the name blank when the form gives none', () => {
    const sheet = buildFormSheet(makeEvaluation(), 'zh-CN');
    expect(cellAt(sheet, 'B3')?.value ?? null).toBeNull();
  });
});
