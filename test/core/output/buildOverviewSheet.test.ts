import { OUTPUT_SHEET_NAMES } from '../../../src/core';
import { buildOverviewSheet, formatRunTime } from '../../../src/core/output';
import { cellAt, rowOf, rowValues, RUN_TIME, sampleEvaluation } from './sampleEvaluation';

describe('自评_总览 of the sample', () => {
  it('sets the five category scores against their maxima and the unit’s own, then 总分 and 等次', async () => {
    const sheet = buildOverviewSheet(await sampleEvaluation(), 'zh-CN', RUN_TIME);
    expect(sheet.name).toBe(OUTPUT_SHEET_NAMES.overview);
    const header = rowOf(sheet, '评价内容', 0);
    expect(rowValues(sheet, header)).toEqual(['评价内容', '满分', '计算得分', '自评得分', '差异（计算−自评）', '说明']);
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => rowValues(sheet, header + i, 4))).toEqual([
      ['预算执行', 10, 9.91, 10, -0.09],
      ['产出', 40, 38, 38, 0],
      ['效益', 30, 28.72, 28, 0.72],
      ['满意度', 10, 10, 10, 0],
      ['成本', 10, 10, 10, 0],
      ['总分', 100, 96.63, 96, 0.63],
      ['等次', null, '优', '优', null],
    ]);
    expect(cellAt(sheet, `C${header + 7}`)).toMatchObject({ value: 96.63, style: 'totalScore', format: '0.00' });
  });

  it('lists every flag, errors first, each with a link to its cell, its code and its message without the cell', async () => {
    const evaluation = await sampleEvaluation();
    const sheet = buildOverviewSheet(evaluation, 'zh-CN', RUN_TIME);
    const heading = rowOf(sheet, '二、发现的问题（错误 2 项，警告 9 项，提示 2 项）');
    expect(rowValues(sheet, heading + 1)).toEqual(['序号', '严重程度', '问题', '单元格', '代码', '说明']);
    const first = heading + 2;
    expect(rowValues(sheet, first)).toEqual([
      1, '错误', '与明细之和不符', '预算执行表!D7', 'sum-mismatch', '“项目支出”预算数 451.04万元 与明细之和 138.35万元 不符，相差 312.69万元',
    ]);
    const zero = rowOf(sheet, '预算执行表!E12', 3);
    expect(rowValues(sheet, zero)).toEqual([
      4, '警告', '执行率为0', '预算执行表!E12', 'zero-execution', '“欺诈骗保行为举报奖励专项资金”全年预算 3.00万元，执行数为 0，执行率 0%',
    ]);
    expect(cellAt(sheet, `D${zero + 1}`)).toMatchObject({ style: 'link', link: { sheet: '预算执行表', cell: 'E12' } });
    expect(cellAt(sheet, `B${zero + 1}`)?.style).toBe('flagWarning');
    expect(cellAt(sheet, `B${first + 1}`)?.style).toBe('flagError');
    const links = sheet.cells.filter((c) => c.col === 3 && c.row >= first && c.style === 'link');
    expect(links).toHaveLength(evaluation.flags.length);
    // A flag's row needs no merge: the tables share their columns.
    expect(sheet.merges.filter((m) => m.top >= first && m.top < first + evaluation.flags.length)).toEqual([]);
  });

  it('states the rule set, the unit, the settings and the time of the run', async () => {
    const sheet = buildOverviewSheet(await sampleEvaluation(), 'zh-CN', RUN_TIME);
    const settings = rowOf(sheet, '三、评分规则与设置');
    expect([1, 2, 3, 6, 7, 8].map((i) => rowValues(sheet, settings + i, 1))).toEqual([
      ['评分规则', 'dept-2024（部门整体支出）'],
      ['金额单位', '万元'],
      ['执行率偏低', '执行率低于 90% 的项目记为“执行率偏低”'],
      ['封顶规则', '不启用'],
      ['等次划分', '优 ≥ 90 分，良 ≥ 80 分，中 ≥ 60 分，其余为差'],
      ['运行时间', '2025-03-01 10:05'],
    ]);
  });

  it('says 成本 is counted in 产出 under mof-2020, with no maximum of its own', async () => {
    const sheet = buildOverviewSheet(await sampleEvaluation('mof-2020'), 'zh-CN', RUN_TIME);
    const cost = rowOf(sheet, '成本', 0);
    expect(rowValues(sheet, cost)).toEqual(['成本', null, null, 10, null, 'mof-2020 规则下成本指标计入产出']);
    expect(rowValues(sheet, rowOf(sheet, '产出', 0), 2)).toEqual(['产出', 50, 48]);
  });

  it('speaks English with en, keeping the sheet’s name', async () => {
    const sheet = buildOverviewSheet(await sampleEvaluation(), 'en', RUN_TIME);
    expect(sheet.name).toBe('自评_总览');
    expect(rowValues(sheet, rowOf(sheet, 'Total', 0), 4)).toEqual(['Total', 100, 96.63, 96, 0.63]);
    expect(sheet.cells.some((c) => c.value === '2. Findings (2 errors, 9 warnings, 2 notes)')).toBe(true);
    expect(sheet.cells.some((c) => c.value === 'Excellent (优)')).toBe(true);
  });
});

describe('formatRunTime', () => {
  it.each([
    [new Date(2025, 2, 1, 10, 5), '2025-03-01 10:05'],
    [new Date(2024, 11, 31, 23, 59, 59), '2024-12-31 23:59'],
  ])('%s → %s', (time, text) => {
    expect(formatRunTime(time)).toBe(text);
  });
});
