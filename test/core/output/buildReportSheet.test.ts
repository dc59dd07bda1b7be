import { buildReportSheet } from '../../../src/core/output';
import { indicator, line, makeEvaluation } from './makeEvaluation';
import { paragraphs, sampleEvaluation } from './sampleEvaluation';

describe('自评_报告 of the sample', () => {
  it('puts each section heading in column A and each paragraph alone in one cell of column B', async () => {
    const sheet = buildReportSheet(await sampleEvaluation(), 'zh-CN');
    const headings = sheet.cells.filter((c) => c.style === 'heading').map((c) => [c.col, c.value]);
    expect(headings).toEqual([[0, '一、预算执行情况'], [0, '二、绩效指标完成情况'], [0, '三、综合评价情况和评价结论'], [0, '四、存在的问题']]);
    expect(sheet.cells.filter((c) => c.style === 'paragraph').every((c) => c.col === 1)).toBe(true);
  });

  it('names the 0% and 52% lines with their amounts and rates, lowest first', async () => {
    const text = paragraphs(buildReportSheet(await sampleEvaluation(), 'zh-CN'));
    expect(text).toContain(
      '执行率低于 90% 的项目 2 个：欺诈骗保行为举报奖励专项资金全年预算 3.00万元，执行 0.00万元，执行率 0.0%；' +
        '医疗保障能力建设经费全年预算 18.02万元，执行 9.37万元，执行率 52.0%。（请补充执行率偏低的原因及改进措施）',
    );
    expect(text[0]).toBe(
      '本年度全年预算数 1,981.04万元，全年执行数 1,963.91万元，总体预算执行率 99.1%，按执行率计算预算执行得分 9.91 分（满分 10 分）。' +
        '其中，基本支出全年预算 1,530.00万元，执行 1,526.71万元，执行率 99.8%；项目支出全年预算 451.04万元，执行 437.20万元，执行率 96.9%。',
    );
    expect(text[1]).toMatch(/^项目支出共 9 个项目：医疗保障能力建设经费支出 9.37万元，执行率 52.0%；/);
  });

  it('gives each unmet indicator its reason, or says there is none', async () => {
    const text = paragraphs(buildReportSheet(await sampleEvaluation(), 'zh-CN'));
    expect(text).toContain('本年度共设置绩效指标 13 项（产出指标 6 项、效益指标 4 项、满意度指标 1 项、成本指标 2 项），已达成 11 项，未达成 2 项。');
    expect(text).toContain(
      '“医保信息平台功能深化应用”年度指标值为“有效提升”，实际完成“基本完成”，未达成目标。偏差原因：部分两定机构信息系统改造未完成，已督促2025年一季度前完成',
    );
    expect(text).toContain(
      '“试点医疗机构住院次均费用降幅”年度指标值为“≥5%”，实际完成“4.2%”，未达成目标，原表未填写偏差原因。（请补充偏差原因及改进措施）',
    );
  });

  it('writes the 综合评价 in the report’s own words with the computed scores, and notes the stated 96', async () => {
    const text = paragraphs(buildReportSheet(await sampleEvaluation(), 'zh-CN'));
    expect(text).toContain(
      '按照部门整体支出绩效自评表确定的评分细则，通过对各项指标逐一评价，本单位绩效评价得分是：预算执行情况得分 9.91 分，产出情况得分 38 分，' +
        '效益情况得分 28.72 分，服务对象满意度得分 10 分，成本情况得分 10 分，总绩效为 96.63 分。评价结果等次为“优”。',
    );
    expect(text).toContain('单位原自评总分 96 分，与按本工作簿数据计算的 96.63 分不一致，请核对后采用。');
  });

  it('numbers the problems: low execution, totals off their parts, unmet indicators, stated scores, low targets', async () => {
    const text = paragraphs(buildReportSheet(await sampleEvaluation(), 'zh-CN'));
    const problems = text.filter((p) => /^（\d）/.test(p));
    expect(problems.map((p) => p.slice(0, 12))).toEqual([
      '（1）部分项目预算执行率', '（2）预算执行表勾稽关系', '（3）部分绩效指标未达到', '（4）自评得分与按数据计', '（5）部分指标实际完成值',
    ]);
    expect(problems[0]).toBe('（1）部分项目预算执行率偏低：欺诈骗保行为举报奖励专项资金执行率 0.0%、医疗保障能力建设经费执行率 52.0%，资金未能按计划使用。');
    expect(problems[1]).toContain('“项目支出”执行数 437.20万元 与明细之和 124.51万元 不符，相差 312.69万元');
    expect(problems[1]).not.toContain('基本支出'); // 0.01 within rounding is not a problem for the report
    expect(problems[2]).toMatch(/其中“试点医疗机构住院次均费用降幅”未填写偏差原因。$/);
  });

  it('drafts the same paragraphs in English with en', async () => {
    const text = paragraphs(buildReportSheet(await sampleEvaluation(), 'en'));
    expect(text).toContain(
      '2 lines were executed below 90%: 欺诈骗保行为举报奖励专项资金 (budget 3.00 万元, actual 0.00 万元, rate 0.0%); ' +
        '医疗保障能力建设经费 (budget 18.02 万元, actual 9.37 万元, rate 52.0%). (To be completed: the reasons and the remedy.)',
    );
    expect(text.some((p) => p.includes('a total of 96.63 points. The grade is "Excellent (优)".'))).toBe(true);
  });
});

describe('自评_报告 of other workbooks', () => {
  it('says what cannot be drafted when the tables are missing, and that no problem was found', () => {
    const text = paragraphs(buildReportSheet(makeEvaluation(), 'zh-CN'));
    expect(text).toEqual([
      '没有找到可用的全年预算数和全年执行数，预算执行率无法计算。',
      '没有找到绩效指标表，绩效指标完成情况无法评价。',
      '按照部门整体支出绩效自评表确定的评分细则，通过对各项指标逐一评价，本单位绩效评价得分是：预算执行情况未计算，总绩效为 0 分。评价结果等次为“差”。',
      '经核对，本工作簿的预算执行和绩效指标数据未发现问题。（请结合实际补充存在的问题）',
    ]);
  });

  it('says every line reached the threshold and every indicator its target when they did', () => {
    const total = { initialBudget: null, budget: 100_00, actual: 95_00, rate: 0.95, partsBudget: 100_00, partsActual: 95_00, cell: null };
    const evaluation = makeEvaluation({
      lines: [line('办公经费', 100_00, 95_00)],
      totals: { basic: null, project: total, overall: total },
      indicators: [indicator('参保人数')],
      scores: { ...makeEvaluation().scores, budgetExecution: 9.5, output: 10, maxima: { budgetExecution: 10, output: 10, effect: 0, satisfaction: 0, cost: 0 } },
    });
    const text = paragraphs(buildReportSheet(evaluation, 'zh-CN'));
    expect(text).toContain('各项目执行率均不低于 90%。');
    expect(text).toContain('各项绩效指标均已达到年度指标值。');
    expect(text).toContain('本年度共设置绩效指标 1 项（产出指标 1 项），已达成 1 项，未达成 0 项。');
  });

  it('names at most 30 lines in a sentence and counts the rest', () => {
    const lines = Array.from({ length: 45 }, (_, i) => line(`项目${i + 1}`, 100_00, 0, { flags: ['zero-execution'], rate: 0 }));
    const text = paragraphs(buildReportSheet(makeEvaluation({ lines }), 'zh-CN'));
    const problem = text.find((p) => p.startsWith('（1）'));
    expect(problem).toMatch(/项目30执行率 0.0%等，另有 15 项未列出，资金未能按计划使用。$/);
    expect(problem).not.toContain('项目31');
  });
});

describe('自评_报告 within Excel’s tallest row', () => {
  // 30 named lines (the most a paragraph lists) with long names: the 存在的问题 paragraph needs some 60 lines.
  const lowLines = Array.from({ length: 40 }, (_, i) =>
    line(`第${i + 1}项城乡居民基本医疗保险待遇保障及医疗救助资金专项补助项目`, 100_000_00, 30_000_00, { flags: ['low-execution'] }),
  );

  it.each(['zh-CN', 'en'] as const)('splits a paragraph too tall for one row over rows that each fit (%s)', (lang) => {
    const sheet = buildReportSheet(makeEvaluation({ lines: lowLines }), lang);
    expect(Math.max(...sheet.rowHeights.map((h) => h.height))).toBeLessThanOrEqual(409);
    const continued = sheet.cells.filter((c) => c.style === 'paragraphContinued');
    expect(continued.length).toBeGreaterThan(0);
    for (const piece of continued) expect(sheet.cells.find((c) => c.row === piece.row - 1 && c.col === 1)?.style).toMatch(/^paragraph/);
  });

  it('loses nothing: the pieces in order are the paragraph, every named line in it', () => {
    const sheet = buildReportSheet(makeEvaluation({ lines: lowLines }), 'zh-CN');
    const cells = sheet.cells.filter((c) => c.col === 1).sort((a, b) => a.row - b.row);
    const start = cells.findIndex((c) => c.style === 'paragraph' && String(c.value).includes('执行率低于'));
    let text = String(cells[start].value);
    for (let i = start + 1; cells[i]?.style === 'paragraphContinued'; i++) text += String(cells[i].value);
    for (let n = 1; n <= 30; n++) expect(text).toContain(`第${n}项城乡居民基本医疗保险待遇保障及医疗救助资金专项补助项目全年预算`);
    expect(text).toContain('另有 10 项未列出');
  });
});
