import { type Evaluation, type Flag } from '../../src/core';
import { formatFlag } from '../../src/core/report';
import { asWorkbook, formSettings } from '../core/evaluateOne';
import { formatSummary } from '../../src/cli/formatSummary';

const flags: Flag[] = [
  { code: 'zero-execution', severity: 'warning', cell: '预算表!D9', key: 'zero-execution', params: { name: '举报奖励', budget: '10.00', unit: '万元' } },
  { code: 'sum-mismatch', severity: 'error', cell: '预算表!C12', key: 'sum-mismatch.budget.error', params: { name: '项目支出', stated: '437.20', sum: '124.51', diff: '312.69', unit: '万元' }, sumFen: 12451000 },
  { code: 'score-mismatch', severity: 'error', cell: '自评表!F5', key: 'score-mismatch.budget', params: { stated: 10, rate: '93.2%', computed: 9.32 } },
];

/** The seed's shape: 万元, a stated 96 and 优 next to a computed total that is lower. */
const evaluation: Evaluation = {
  scope: { sheet: '预算表', range: 'A1:F12', title: null, project: null },
  tables: [],
  unit: '万元',
  unitFactor: 10000,
  lines: [],
  totals: {
    basic: null,
    project: null,
    overall: { initialBudget: null, budget: 1526710000, actual: 1422700000, rate: 0.93187, partsBudget: 1526710000, partsActual: 1422700000, cell: '预算表!A20' },
  },
  indicators: [],
  scores: {
    budgetExecution: 9.32,
    output: 38,
    effect: 28,
    satisfaction: 10,
    cost: 10,
    maxima: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10 },
    total: 95.32,
    grade: '优',
    scaled: false,
    cappedAt: null,
    stated: { budgetExecution: 10, total: 96, grade: '优' },
  },
  ruleSet: 'dept-2024',
  settings: formSettings(),
  flags,
};

describe('formatSummary', () => {
  it('lays out the seed-like result in Chinese', () => {
    expect(formatSummary(asWorkbook(evaluation), 'in.xlsx', 'zh-CN')).toBe(
      [
        '文件：in.xlsx',
        '评分规则：dept-2024（部门整体支出）',
        '金额单位：万元',
        '总体执行率 93.2%（全年预算 1,526.71万元，全年执行 1,422.70万元）',
        '总分 95.32（自评 96），等次 优（自评 优）',
        '分项得分：',
        '  预算执行：9.32 / 10（自评 10）',
        '  产出：38 / 40',
        '  效益：28 / 30',
        '  满意度：10 / 10',
        '  成本：10 / 10',
        // The flags' own sentences are the engine's (formatFlag); the summary orders them by severity.
        '错误（2）',
        `  ${formatFlag(flags[1], 'zh-CN')}`,
        `  ${formatFlag(flags[2], 'zh-CN')}`,
        '警告（1）',
        `  ${formatFlag(flags[0], 'zh-CN')}`,
        '',
      ].join('\n'),
    );
  });

  it('lays out the same result in English', () => {
    const text = formatSummary(asWorkbook(evaluation), 'in.xlsx', 'en');
    expect(text).toContain('Overall execution rate 93.2% (budget 1,526.71 万元, actual 1,422.70 万元)\n');
    expect(text).toContain('Total 95.32 (stated 96), grade Excellent (优) (stated 优)\n');
    expect(text).toContain('  Budget execution: 9.32 / 10 (stated 10)\n');
    expect(text).toContain(`Errors (2)\n  ${formatFlag(flags[1], 'en')}\n  ${formatFlag(flags[2], 'en')}\nWarnings (1)\n`);
    expect(text).toContain('Warnings (1)\n  预算表!D9: "举报奖励": budget 10.00 万元, nothing spent (0%)\n');
  });

  it('says when the total was scaled or capped, and when nothing was flagged', () => {
    const text = formatSummary(
      asWorkbook({ ...evaluation, flags: [], scores: { ...evaluation.scores, scaled: true, cappedAt: 89, stated: null } }),
      'in.xlsx',
      'zh-CN',
    );
    expect(text).toContain('总分 95.32，等次 优（已按百分制折算）（按执行率封顶 89 分）\n');
    expect(text.endsWith('没有发现问题\n')).toBe(true);
  });

  it('words the first 50 flags of a severity and counts the rest, saying where every one is', () => {
    const many: Flag[] = Array.from({ length: 57 }, (_, i) => ({
      code: 'low-execution', severity: 'warning', cell: `预算表!E${i + 5}`, key: 'low-execution', params: { name: `项目${i + 1}`, rate: '52.0%', threshold: '90%' },
    }));
    const lines = formatSummary(asWorkbook({ ...evaluation, flags: [flags[1], ...many] }), 'in.xlsx', 'zh-CN').split('\n');
    const from = lines.indexOf('警告（57）');
    expect(lines[from + 1]).toBe('  预算表!E5：“项目1”执行率 52.0%，低于 90%');
    expect(lines[from + 50]).toBe('  预算表!E54：“项目50”执行率 52.0%，低于 90%');
    expect(lines[from + 51]).toBe('  ……另有 7 条：全部问题见 --json 的报告，或 --out 写入的“自评_总览”');
    expect(lines).toContain('错误（1）');
    const english = formatSummary(asWorkbook({ ...evaluation, flags: many }), 'in.xlsx', 'en');
    expect(english).toContain('  … and 7 more: every one is in the --json report, or in 自评_总览 of the workbook --out writes\n');
  });

  it('shows a budget-execution score that could not be computed, and no overall rate', () => {
    const text = formatSummary(
      asWorkbook({
        ...evaluation,
        totals: { basic: null, project: null, overall: null },
        scores: { ...evaluation.scores, budgetExecution: null },
      }),
      'in.xlsx',
      'zh-CN',
    );
    expect(text).toContain('  预算执行：未计算（没有找到可用的预算数和执行数）\n');
    expect(text).not.toContain('总体执行率');
  });

  it('under mof-2020 shows 成本 as counted in 产出', () => {
    const text = formatSummary(
      asWorkbook({ ...evaluation, ruleSet: 'mof-2020', scores: { ...evaluation.scores, cost: 0, maxima: { ...evaluation.scores.maxima, output: 50, cost: 0 } } }),
      'in.xlsx',
      'zh-CN',
    );
    expect(text).toContain('评分规则：mof-2020（项目支出，财预〔2020〕10号）\n');
    expect(text).toContain('  产出：38 / 50\n');
    expect(text).toContain('  成本：计入产出\n');
  });
});
