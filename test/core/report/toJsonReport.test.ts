import { toJsonReport, type JsonReport } from '../../../src/core/report';
import { LANGUAGES } from '../../../src/core/messages';
import { book, seedWorkbook, sheet } from '../grids';
import { reportOne } from '../evaluateOne';
import { evaluateWorkbook } from '../../../src/core/evaluate';

const FLAG_CODES = [
  'zero-execution', 'low-execution', 'over-execution', 'rate-mismatch', 'sum-mismatch', 'score-mismatch', 'grade-mismatch',
  'weight-mismatch', 'target-too-low', 'indicator-unmet', 'missing-deviation-reason', 'missing-value', 'parse-error', 'table-not-found',
];

describe('toJsonReport: DESIGN.md’s JSON contract', () => {
  const report = reportOne(seedWorkbook(), 'zh-CN');

  it('has exactly the contract’s keys at every level', () => {
    const whole = toJsonReport(evaluateWorkbook(seedWorkbook()), 'zh-CN');
    expect(Object.keys(whole).sort()).toEqual(['evaluations', 'flags', 'settings']);
    expect(whole.evaluations).toEqual([report]);
    expect(Object.keys(report).sort()).toEqual(['flags', 'indicators', 'lines', 'ruleSet', 'scope', 'scores', 'totals', 'unit']);
    expect(Object.keys(report.scope).sort()).toEqual(['project', 'range', 'sheet', 'title']);
    for (const line of report.lines) {
      expect(Object.keys(line).sort()).toEqual(['actual', 'budget', 'category', 'cell', 'flags', 'name', 'rate', 'statedRate']);
    }
    expect(Object.keys(report.totals).sort()).toEqual(['basic', 'overall', 'project']);
    for (const total of Object.values(report.totals)) expect(total && Object.keys(total).sort()).toEqual(['actual', 'budget', 'rate']);
    for (const ind of report.indicators) {
      expect(Object.keys(ind).sort()).toEqual(['actual', 'cell', 'flags', 'level1', 'level2', 'name', 'reason', 'score', 'statedScore', 'target', 'weight']);
    }
    expect(Object.keys(report.scores).sort()).toEqual(['budgetExecution', 'cost', 'effect', 'grade', 'output', 'satisfaction', 'stated', 'total']);
    for (const flag of report.flags) {
      const keys = flag.code === 'sum-mismatch' ? ['cell', 'code', 'message', 'severity', 'sum'] : ['cell', 'code', 'message', 'severity'];
      expect(Object.keys(flag).sort()).toEqual(keys);
    }
  });

  it('gives amounts in 元 and rates as fractions', () => {
    expect(report.unit).toBe('万元');
    expect(report.lines[2]).toEqual({
      name: '医疗保障能力建设经费',
      category: '项目支出',
      budget: 180200,
      actual: 93700,
      rate: 0.519978,
      statedRate: 0.52,
      flags: ['low-execution'],
      cell: '预算执行表!B8',
    });
    expect(report.lines[0]).toMatchObject({ name: '人员经费', budget: 12720000, actual: 12704700, statedRate: 0.998797 });
    expect(report.totals).toEqual({
      basic: { budget: 15300000, actual: 15267100, rate: 0.99785 },
      project: { budget: 4510400, actual: 4372000, rate: 0.969315 },
      overall: { budget: 19810400, actual: 19639100, rate: 0.991353 },
    });
  });

  it('gives indicators with the computed and the stated score', () => {
    expect(report.indicators[6]).toEqual({
      level1: '效益指标',
      level2: '经济效益指标',
      name: '试点医疗机构住院次均费用降幅',
      target: '≥5%',
      actual: '4.2%',
      weight: 8,
      score: 6.72,
      statedScore: 6,
      reason: '',
      flags: ['score-mismatch', 'indicator-unmet', 'missing-deviation-reason'],
      cell: '绩效指标表!C9',
    });
  });

  it('gives the scores and the stated ones', () => {
    expect(report.scores).toEqual({
      budgetExecution: 9.91,
      output: 38,
      effect: 28.72,
      satisfaction: 10,
      cost: 10,
      total: 96.63,
      grade: '优',
      stated: { budgetExecution: 10, output: 38, effect: 28, satisfaction: 10, cost: 10, total: 96, grade: '优' },
    });
    expect(report.ruleSet).toBe('dept-2024');
  });

  it('gives every flag a code of the fixed vocabulary, a severity, a message led by its cell, and the cell', () => {
    expect(report.flags.length).toBeGreaterThan(0);
    for (const flag of report.flags) {
      expect(FLAG_CODES).toContain(flag.code);
      expect(['error', 'warning', 'info']).toContain(flag.severity);
      expect(flag.cell).toMatch(/^[^!]+![A-Z]+\d+$/);
      expect(flag.message.startsWith(`${flag.cell}：`)).toBe(true);
      expect(flag.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives the sum of the parts in 元 on each sum-mismatch', () => {
    expect(report.flags.filter((f) => f.code === 'sum-mismatch')).toEqual([
      {
        code: 'sum-mismatch',
        severity: 'info',
        message: '预算执行表!E4：“基本支出”执行数 1,526.71万元 与明细之和 1,526.72万元 相差 0.01万元，在四舍五入误差以内',
        cell: '预算执行表!E4',
        sum: 15267200,
      },
      {
        code: 'sum-mismatch',
        severity: 'error',
        message: '预算执行表!D7：“项目支出”预算数 451.04万元 与明细之和 138.35万元 不符，相差 312.69万元',
        cell: '预算执行表!D7',
        sum: 1383500,
      },
      {
        code: 'sum-mismatch',
        severity: 'error',
        message: '预算执行表!E7：“项目支出”执行数 437.20万元 与明细之和 124.51万元 不符，相差 312.69万元',
        cell: '预算执行表!E7',
        sum: 1245100,
      },
    ]);
  });

  it('writes the messages in English with --lang en', () => {
    const en = reportOne(seedWorkbook(), 'en');
    expect(en.flags[1].message).toBe('预算执行表!E12: "欺诈骗保行为举报奖励专项资金": budget 3.00 万元, nothing spent (0%)');
    for (const flag of en.flags) expect(flag.message).not.toMatch(/\{\w+\}/);
  });

  it('survives JSON.stringify unchanged', () => {
    for (const lang of LANGUAGES) {
      const r = reportOne(seedWorkbook(), lang);
      expect(JSON.parse(JSON.stringify(r)) as JsonReport).toEqual(r);
    }
  });

  it('gives a table that was not found a null cell and a message without one', () => {
    const r = toJsonReport(evaluateWorkbook(book(sheet('空', [['无']]))), 'zh-CN');
    expect(r.evaluations).toEqual([]);
    expect(r.flags).toEqual([
      { code: 'table-not-found', severity: 'error', message: expect.stringMatching(/^没有找到预算执行表/), cell: null },
      { code: 'table-not-found', severity: 'error', message: expect.stringMatching(/^没有找到绩效指标表/), cell: null },
    ]);
  });

  it('gives a line with no figure null, never 0', () => {
    const r = reportOne(book(sheet('预算', [['单位：元'], ['项目名称', '全年预算数', '全年执行数', '执行率'], ['办公费', '约9.4万', 50, '—']])), 'zh-CN');
    expect(r.lines).toEqual([{ name: '办公费', category: '未分类', budget: null, actual: 50, rate: null, statedRate: null, flags: ['parse-error'], cell: '预算!A3' }]);
  });
});
