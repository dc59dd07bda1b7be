/**
 * Layouts 2, 3, 7 and 11 of DESIGN.md "Reading the tables": the header on row 1 or further down after blank
 * rows and notes, a two-row header with merged cells, an Excel table (ListObject), and English headers.
 */
import { AMOUNT, flagSummary, indicator, line, workbookFolder } from './workbooks';

const folder = workbookFolder();

describe('where the header row is', () => {
  it('reads a header on row 1 with the lines right under it', async () => {
    const { report } = await folder.evaluate([
      {
        name: '预算表',
        rows: [
          ['项目名称', '全年预算数', '全年执行数'],
          ['办公经费', 100, 95],
          ['培训费', 50, 0],
        ],
      },
    ]);

    expect(report.lines).toEqual([
      { name: '办公经费', category: '未分类', budget: 100, actual: 95, rate: 0.95, statedRate: null, flags: [], cell: '预算表!A2' },
      { name: '培训费', category: '未分类', budget: 50, actual: 0, rate: 0, statedRate: null, flags: ['zero-execution'], cell: '预算表!A3' },
    ]);
    expect(report.totals.overall).toEqual({ budget: 150, actual: 95, rate: 0.633333 });
    expect(report.scores.budgetExecution).toBe(6.33);
    expect(flagSummary(report)).toEqual([
      { code: 'table-not-found', severity: 'error', cell: null },
      { code: 'missing-value', severity: 'info', cell: '预算表!B1' },
      { code: 'zero-execution', severity: 'warning', cell: '预算表!C3' },
    ]);
  });

  const belowTitle = {
    name: '预算表',
    rows: [
      ['某某市医疗保障局2024年度项目支出预算执行情况表'],
      [],
      ['编制单位：某某市医疗保障局'],
      [],
      [null, null, null, '单位：元'],
      ['序号', '项目名称', '全年预算数', '全年执行数'],
      [1, '办公场地租赁费', 500_000, 500_000],
      [2, '驻村帮扶资金', 55_400, 53_200],
    ],
    merges: ['A1:D1'],
    columnFormats: { C: AMOUNT, D: AMOUNT },
  };

  it('reads a header on row 6 below a title, blank rows and notes', async () => {
    const { report } = await folder.evaluate([belowTitle]);

    expect(report.unit).toBe('元');
    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.rate, l.flags, l.cell])).toEqual([
      ['办公场地租赁费', 500_000, 500_000, 1, [], '预算表!B7'],
      ['驻村帮扶资金', 55_400, 53_200, 0.960289, [], '预算表!B8'],
    ]);
    expect(report.totals.overall).toEqual({ budget: 555_400, actual: 553_200, rate: 0.996039 });
    expect(report.scores.budgetExecution).toBe(9.96);
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual([]);
  });

  // A title or unit note a blank row above the header still belongs to the table (DESIGN.md "Reading the tables").
  it('takes the category from a title that blank rows separate from the header', async () => {
    const { report } = await folder.evaluate([belowTitle]);

    expect(report.lines.map((l) => l.category)).toEqual(['项目支出', '项目支出']);
    expect(report.totals.project).toEqual({ budget: 555_400, actual: 553_200, rate: 0.996039 });
  });

  it('takes the unit from a 单位：万元 note that a blank row separates from the header', async () => {
    const { report } = await folder.evaluate([
      {
        name: '预算表',
        rows: [
          ['某某市医疗保障局2024年度部门预算执行情况表'],
          [null, null, '单位：万元'],
          [],
          ['项目名称', '全年预算数', '全年执行数'],
          ['办公经费', 100, 90],
        ],
        merges: ['A1:C1'],
      },
    ]);

    expect(report.unit).toBe('万元');
    expect(line(report, '办公经费')).toMatchObject({ budget: 1_000_000, actual: 900_000, rate: 0.9 });
    expect(report.flags.filter((f) => f.code === 'missing-value')).toEqual([]);
  });
});

describe('a two-row header with merged cells', () => {
  // 项目名称 and 执行数 merged down two rows; 预算数 merged across 年初 | 全年 above them.
  const sheet = {
    name: '项目支出',
    rows: [
      ['某某市医疗保障局2024年度项目支出预算执行情况表'],
      [null, null, null, null, null, '单位：万元'],
      ['序号', '项目名称', '预算数', null, '执行数', '执行率'],
      [null, null, '年初', '全年', null, null],
      [1, '医疗保障能力建设经费', 20, 18.02, 9.37, '52%'],
      [2, '办公场地租赁费', 50, 50, 50, '100%'],
      [3, '驻村帮扶资金', 5, null, 4.6, '92%'],
      ['合计', null, 75, 73.02, 63.97, '87.61%'],
    ],
    merges: ['A1:F1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'],
    columnFormats: { C: AMOUNT, D: AMOUNT, E: AMOUNT },
  };

  it('takes 全年 as the budget and 年初 only where 全年 is empty', async () => {
    const { report } = await folder.evaluate([sheet]);

    expect(report.unit).toBe('万元');
    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.rate, l.statedRate, l.cell])).toEqual([
      ['医疗保障能力建设经费', 180_200, 93_700, 0.519978, 0.52, '项目支出!B5'],
      ['办公场地租赁费', 500_000, 500_000, 1, 1, '项目支出!B6'],
      ['驻村帮扶资金', 50_000, 46_000, 0.92, 0.92, '项目支出!B7'],
    ]);
    expect(report.totals.project).toEqual({ budget: 730_200, actual: 639_700, rate: 0.876061 });
    expect(report.totals.overall).toEqual({ budget: 730_200, actual: 639_700, rate: 0.876061 });
    expect(report.scores.budgetExecution).toBe(8.76);
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '项目支出!E5' },
      { code: 'missing-value', severity: 'info', cell: '项目支出!C7' },
    ]);
  });
});

describe('an Excel table (ListObject)', () => {
  it('reads the ListObject with its header row and stops at its last row', async () => {
    const { report, snapshot } = await folder.evaluate([
      {
        name: '基本支出',
        rows: [
          ['2024年度基本支出预算执行情况表'],
          ['单位：元'],
          ['项目名称', '全年预算数', '全年执行数', '备注'],
          ['人员经费', 12_720_000, 12_704_700, '工资福利'],
          ['公用经费', 2_580_000, 2_562_500, '商品和服务'],
          ['对个人和家庭的补助', 100_000, 120_000, '抚恤金'],
          [],
          ['备忘：上年执行数', 14_800_000, 14_650_000],
        ],
        listObjects: [{ name: 'BasicLines', range: 'A3:D6' }],
      },
    ]);

    expect(snapshot.sheets[0].tables).toEqual([
      { name: 'BasicLines', range: { top: 2, left: 0, bottom: 5, right: 3 }, hasHeaderRow: true },
    ]);
    expect(report.lines.map((l) => [l.name, l.category, l.budget, l.actual, l.rate, l.cell])).toEqual([
      ['人员经费', '基本支出', 12_720_000, 12_704_700, 0.998797, '基本支出!A4'],
      ['公用经费', '基本支出', 2_580_000, 2_562_500, 0.993217, '基本支出!A5'],
      ['对个人和家庭的补助', '基本支出', 100_000, 120_000, 1.2, '基本支出!A6'],
    ]);
    expect(report.totals.basic).toEqual({ budget: 15_400_000, actual: 15_387_200, rate: 0.999169 });
    expect(report.totals.overall).toEqual({ budget: 15_400_000, actual: 15_387_200, rate: 0.999169 });
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual([
      { code: 'over-execution', severity: 'warning', cell: '基本支出!C6' },
    ]);
  });
});

describe('English headers', () => {
  it('reads Project | Budget | Actual | Rate and Level 1 | Level 2 | Indicator | Target | Actual value | Weight | Score | Reason', async () => {
    const { report } = await folder.evaluate([
      {
        name: 'Budget',
        rows: [
          ['Budget execution 2024'],
          ['Unit: CNY 10,000'],
          ['Project', 'Budget', 'Actual', 'Rate'],
          ['Office running costs', 120.5, 108.45, '90%'],
          ['Training', 30, 0, '0%'],
          ['Total', 150.5, 108.45, '72.06%'],
        ],
        columnFormats: { B: AMOUNT, C: AMOUNT },
      },
      {
        name: 'Indicators',
        rows: [
          ['Level 1', 'Level 2', 'Indicator', 'Target', 'Actual value', 'Weight', 'Score', 'Reason'],
          ['Output', 'Quantity', 'Insured residents', '≥5,400,000 people', '5,466,000 people', 20, 20, null],
          ['Output', 'Quality', 'Coverage of residents', '≥95%', '93%', 20, 19.58, 'Migrant workers insured elsewhere'],
          ['Effect', 'Social benefit', 'Outpatient reimbursement ratio', '≥70%', '70%', 30, 30, null],
          ['Satisfaction', 'Service users', 'Satisfaction of the insured', '≥90%', '95%', 10, 10, null],
          ['Cost', 'Economic cost', 'Office rent', '≤500,000 yuan', '500,000 yuan', 10, 10, null],
        ],
      },
    ]);

    expect(report.unit).toBe('万元');
    expect(line(report, 'Office running costs')).toMatchObject({ budget: 1_205_000, actual: 1_084_500, rate: 0.9, statedRate: 0.9 });
    expect(line(report, 'Training')).toMatchObject({ budget: 300_000, actual: 0, rate: 0, flags: ['zero-execution'], cell: 'Budget!A5' });
    expect(report.totals.overall).toEqual({ budget: 1_505_000, actual: 1_084_500, rate: 0.720598 });
    expect(indicator(report, 'Coverage of residents')).toMatchObject({
      level1: 'Output',
      level2: 'Quality',
      target: '≥95%',
      actual: '93%',
      weight: 20,
      score: 19.58,
      statedScore: 19.58,
      reason: 'Migrant workers insured elsewhere',
      flags: ['indicator-unmet'],
      cell: 'Indicators!C3',
    });
    expect(report.scores).toEqual({
      budgetExecution: 7.21,
      output: 39.58,
      effect: 30,
      satisfaction: 10,
      cost: 10,
      total: 96.79,
      grade: '优',
      stated: null,
    });
    expect(flagSummary(report)).toEqual([
      { code: 'zero-execution', severity: 'warning', cell: 'Budget!C5' },
      { code: 'indicator-unmet', severity: 'warning', cell: 'Indicators!E3' },
    ]);
  });
});
