/**
 * Layout 12: the 项目支出绩效自评表 as units publish it (test/core/formGrids.ts): the merged 项目资金 label, split
 * 年度指标值 columns, and one form per project, one under another on a sheet, beside the 部门整体 table.
 */
import { flagSummary, flagsOf, indicator, workbookFolder, type SheetSpec } from './workbooks';
import { DEPARTMENT_SHEET, first, form, FORMS_SHEET, REWARDS, second } from '../core/formGrids';

const folder = workbookFolder();

describe('the 项目资金 block with its label merged down column A', () => {
  it('names the rows from column B, takes the unit from the label, and reads 年度资金总额 as the total of its 其中 rows', async () => {
    const { report } = await folder.evaluate([{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);

    expect(report.unit).toBe('万元');
    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.cell])).toEqual([
      ['当年财政拨款', 180_200, 93_700, '项目自评表!B7'],
      ['上年结转资金', 0, 0, '项目自评表!B8'],
      ['其他资金', 0, 0, '项目自评表!B9'],
    ]);
    // Not doubled: the total is the stated 年度资金总额, 18.02 / 9.37 万元.
    expect(report.totals.overall).toEqual({ budget: 180_200, actual: 93_700, rate: 0.519978 });
    expect(report.scores.budgetExecution).toBe(5.2);
  });

  it('flags the form’s own 执行率 at the 年度资金总额 rate cell, besides the 其中 row', async () => {
    const { report } = await folder.evaluate([{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);

    expect(flagsOf(report, 'low-execution').map((f) => f.cell)).toEqual(['项目自评表!G6', '项目自评表!E7']);
    expect(flagsOf(report, 'low-execution')[0].message).toBe('项目自评表!G6：“年度资金总额”执行率 52.0%，低于 90%');
  });

  it('calls a stated total beside 其中 rows that are all 0 a sum-mismatch error', async () => {
    const { report } = await folder.evaluate([{ ...FORMS_SHEET, rows: second.rows, merges: form(REWARDS, 1).merges }]);

    expect(flagsOf(report, 'sum-mismatch').map((f) => [f.severity, f.cell, f.sum])).toEqual([['error', '项目自评表!D6', 0]]);
  });
});

describe('年度指标值 split over 指标性质 | 指标值 | 度量单位', () => {
  it('reads the three cells as one value, so a met indicator scores in full and is not called unmet', async () => {
    const { report } = await folder.evaluate([{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);

    expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score, i.flags])).toEqual([
      ['接入医保信息平台的定点医药机构数', '≥3000家', '3321家', 20, 20, []],
      ['医保信息系统对接自查覆盖率', '=100%', '100%', 15, 15, []],
      ['资金支付及时率', '≥95%', '98%', 15, 15, []],
      ['医保电子凭证激活率', '≥60%', '45%', 20, 15, ['indicator-unmet']],
      ['信息化支撑能力', '有效提升', '已完成', 10, 10, []],
      ['参保群众满意度', '≥90%', '95%', 10, 10, []],
    ]);
    expect(indicator(report, '医保电子凭证激活率')).toMatchObject({ cell: '项目自评表!D17', reason: '推广进度滞后，2025年加大宣传' });
  });

  it('scores the form by mof-2020 (its title) and agrees with the unit’s 90.2 and 优', async () => {
    const { report } = await folder.evaluate([{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);

    expect(report.ruleSet).toBe('mof-2020');
    expect(report.scores).toEqual({
      budgetExecution: 5.2, output: 50, effect: 25, satisfaction: 10, cost: 0, total: 90.2, grade: '优',
      stated: { budgetExecution: 5.2, total: 90.2, grade: '优' },
    });
    expect(flagSummary(report)).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '项目自评表!G6' },
      { code: 'low-execution', severity: 'warning', cell: '项目自评表!E7' },
      { code: 'indicator-unmet', severity: 'warning', cell: '项目自评表!H17' },
    ]);
  });
});

describe('several forms in one workbook', () => {
  const workbook: SheetSpec[] = [DEPARTMENT_SHEET, FORMS_SHEET];

  it('gives one evaluation per form, in sheet and row order, each with its scope', async () => {
    const { json } = await folder.evaluate(workbook);

    expect(json.evaluations.map((e) => [e.scope, e.ruleSet, e.scores.total, e.scores.grade])).toEqual([
      [{ sheet: '部门预算执行', range: 'A3:D5', title: '2024年度部门预算执行情况表', project: null }, 'dept-2024', 9.95, '差'],
      [{ sheet: '项目自评表', range: 'A1:K21', title: '项目支出绩效自评表', project: '医疗保障能力建设经费' }, 'mof-2020', 90.2, '优'],
      [{ sheet: '项目自评表', range: 'A24:K41', title: '项目支出绩效自评表', project: '欺诈骗保行为举报奖励专项资金' }, 'mof-2020', 90, '优'],
    ]);
  });

  it('sums nothing across forms: each evaluation equals its form evaluated alone', async () => {
    const { json } = await folder.evaluate(workbook);
    const alone = await folder.evaluate([{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);
    // The second form alone, at the same rows, so that every address is the same.
    const below = await folder.evaluate([{ ...FORMS_SHEET, rows: [...first.rows.map(() => []), [], [], ...second.rows], merges: second.merges }]);

    expect(json.evaluations[1]).toEqual(alone.report);
    expect(json.evaluations[2]).toEqual(below.report);
    expect(json.evaluations[2].totals.overall).toEqual({ budget: 30_000, actual: 0, rate: 0 });
    expect(json.evaluations[2].flags.some((f) => f.code === 'weight-mismatch')).toBe(false);
  });

  it('lets the user’s rule set win over the title', async () => {
    const { json } = await folder.evaluate(workbook, { ruleSet: 'dept-2024' });

    expect(json.evaluations.map((e) => e.ruleSet)).toEqual(['dept-2024', 'dept-2024', 'dept-2024']);
    expect(json.settings.ruleSet).toBe('dept-2024');
  });
});
