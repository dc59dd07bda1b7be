import type { CellValue } from '../../../src/core/snapshot';
import type { Evaluation, WorkbookEvaluation } from '../../../src/core/report';
import { evaluateWorkbook } from '../../../src/core/evaluate';
import { book, INDICATOR_HEADER, seedBudgetSheet, seedIndicatorSheet, seedScoresSheet, seedWorkbook, sheet, type SheetOptions } from '../grids';
import { evaluateOne } from '../evaluateOne';

const flagsOf = (e: Evaluation | WorkbookEvaluation) => e.flags.map((f) => [f.code, f.severity, f.cell]);
const run = (rows: CellValue[][], options: SheetOptions = {}, name = '预算表') => evaluateOne(book(sheet(name, rows, options)));

describe('evaluateWorkbook on the seed workbook (衡阳市医疗保障局, 2024)', () => {
  const e = evaluateOne(seedWorkbook());

  it('catches every fault DESIGN.md names, at the cell a reviewer must look at', () => {
    expect(flagsOf(e)).toEqual([
      ['low-execution', 'warning', '预算执行表!E8'],
      ['zero-execution', 'warning', '预算执行表!E12'],
      ['sum-mismatch', 'info', '预算执行表!E4'],
      ['sum-mismatch', 'error', '预算执行表!D7'],
      ['sum-mismatch', 'error', '预算执行表!E7'],
      ['indicator-unmet', 'warning', '绩效指标表!E8'],
      ['score-mismatch', 'warning', '绩效指标表!G9'],
      ['indicator-unmet', 'warning', '绩效指标表!E9'],
      ['missing-deviation-reason', 'warning', '绩效指标表!H9'],
      ['target-too-low', 'info', '绩效指标表!D10'],
      ['score-mismatch', 'warning', '自评得分!C3'],
      ['score-mismatch', 'warning', '自评得分!C5'],
      ['score-mismatch', 'warning', '自评得分!C8'],
    ]);
  });

  it('sums the parts exactly: 1270.47 + 256.25 = 1526.72, the project lines 124.51', () => {
    const sums = e.flags.filter((f) => f.code === 'sum-mismatch').map((f) => f.sumFen);
    expect(sums).toEqual([1526720000, 138350000, 124510000]);
  });

  it('takes the stated 合计 rows as the totals', () => {
    expect(e.totals).toEqual({
      basic: { initialBudget: 1530000000, budget: 1530000000, actual: 1526710000, rate: 1526.71 / 1530, partsBudget: 1530000000, partsActual: 1526720000, cell: '预算执行表!B4' },
      project: { initialBudget: 451040000, budget: 451040000, actual: 437200000, rate: 437.2 / 451.04, partsBudget: 138350000, partsActual: 124510000, cell: '预算执行表!B7' },
      overall: { initialBudget: 1981040000, budget: 1981040000, actual: 1963910000, rate: 1963910000 / 1981040000, partsBudget: 1981040000, partsActual: 1963910000, cell: '预算执行表!B17' },
    });
  });

  it('lists the lines, with the 社会保险基金 ones checked but not counted', () => {
    expect(e.lines.map((l) => [l.name, l.category, l.isPart])).toEqual([
      ['人员经费', '基本支出', false],
      ['公用经费', '基本支出', false],
      ['医疗保障能力建设经费', '项目支出', false],
      ['城乡居民基本医疗工作经费', '项目支出', false],
      ['办公场地租赁费', '项目支出', false],
      ['特殊门诊专家评审费用', '项目支出', false],
      ['欺诈骗保行为举报奖励专项资金', '项目支出', false],
      ['2024年度增人增资经费', '项目支出', false],
      ['驻村帮扶资金', '项目支出', false],
      ['医疗费补助', '项目支出', false],
      ['其他资金', '项目支出', false],
      ['职工基本医疗保险基金支出', '社会保险基金', false],
      ['统筹基金支出', '社会保险基金', true],
      ['个人账户基金支出', '社会保险基金', true],
    ]);
    expect(e.lines[2]).toEqual({
      name: '医疗保障能力建设经费',
      category: '项目支出',
      budget: 18020000,
      actual: 9370000,
      rate: 9370000 / 18020000,
      statedRate: 0.52,
      flags: ['low-execution'],
      cell: '预算执行表!B8',
      isPart: false,
    });
  });

  it('scores 预算执行 9.91 from 99.14%, the categories, the total and the grade', () => {
    expect(e.scores).toEqual({
      budgetExecution: 9.91,
      output: 38,
      effect: 28.72,
      satisfaction: 10,
      cost: 10,
      maxima: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10 },
      total: 96.63,
      grade: '优',
      scaled: false,
      cappedAt: null,
      stated: { budgetExecution: 10, output: 38, effect: 28, satisfaction: 10, cost: 10, total: 96, grade: '优' },
    });
    expect([e.unit, e.unitFactor, e.ruleSet]).toEqual(['万元', 10000, 'dept-2024']);
  });

  it('under mof-2020 counts 成本 in 产出 and compares the stated 产出 + 成本', () => {
    const mof = evaluateOne(seedWorkbook(), { ruleSet: 'mof-2020' });
    expect([mof.scores.output, mof.scores.cost, mof.scores.total, mof.ruleSet]).toEqual([48, 0, 96.63, 'mof-2020']);
    expect(mof.flags.filter((f) => f.key === 'score-mismatch.output' || f.key === 'score-mismatch.cost')).toEqual([]);
  });

  it('caps the total when 封顶 is on only if the rate is low', () => {
    expect(evaluateOne(seedWorkbook(), { capEnabled: true }).scores.cappedAt).toBeNull();
  });
});

describe('evaluateWorkbook: tables not found', () => {
  it('says so on the workbook, without a cell, and invents no score or grade (no evaluation at all)', () => {
    const w = evaluateWorkbook(book(sheet('空白', [['你好'], [1, 2, 3]])));
    expect(w.evaluations).toEqual([]);
    expect(flagsOf(w)).toEqual([
      ['table-not-found', 'error', null],
      ['table-not-found', 'error', null],
    ]);
  });

  it('reads a workbook with no sheets', () => {
    expect(evaluateWorkbook(book()).flags.map((f) => f.key)).toEqual(['table-not-found.budget', 'table-not-found.indicators']);
  });

  it('names the missing kind inside a form that has only one of the two tables', () => {
    const e = evaluateOne(book(seedBudgetSheet()));
    expect(e.flags.filter((f) => f.code === 'table-not-found').map((f) => f.key)).toEqual(['table-not-found.indicators']);
  });
});

describe('evaluateWorkbook: budget totals', () => {
  const header: CellValue[] = ['序号', '项目名称', '全年预算数', '全年执行数'];

  it('without a stated 合计, the sum of the lines is the total', () => {
    const e = run([['单位：元'], header, [1, '办公费', 100.1, 90.05], [2, '印刷费', 200.2, 180.1]]);
    expect(e.totals.overall).toEqual({ initialBudget: null, budget: 30030, actual: 27015, rate: 27015 / 30030, partsBudget: 30030, partsActual: 27015, cell: null });
    expect(e.scores.budgetExecution).toBe(9);
  });

  it('counts 其中 parts once, inside their line', () => {
    const e = run([['单位：元'], header, [1, '办公经费', 100, 90], [null, '其中：印刷费', 60, 50], [null, '　　　邮电费', 40, 40], [2, '培训费', 50, 50]]);
    expect(e.totals.overall?.budget).toBe(15000);
    expect(e.flags.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('checks 其中 parts against their line: more is an error, less a partial breakdown', () => {
    const more = run([['单位：元'], header, [1, '办公经费', 100, 90], [null, '其中：印刷费', 60, 50], [null, '　　　邮电费', 40, 50]]);
    expect(more.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell, f.sumFen])).toEqual([['error', '预算表!D3', 10000]]);
    const less = run([['单位：元'], header, [1, '办公经费', 100, 90], [null, '其中：印刷费', 60, 50], [null, '　　　邮电费', 40, 30]]);
    expect(less.flags.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('checks a 小计 against the lines above it', () => {
    const e = run([['单位：元'], header, [1, '办公费', 100, 90], [2, '印刷费', 200, 180], [null, '小计', 300, 250]]);
    expect(e.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell, f.sumFen])).toEqual([['error', '预算表!D5', 27000]]);
  });

  it('takes a 项目支出 table’s 合计 as the 项目支出 total', () => {
    const e = run([['2024年项目支出预算执行情况表'], ['单位：万元'], header, [1, '信息化建设', 50, 40], [2, '培训', 30, 30], ['合计', null, 80, 70]]);
    expect([e.totals.project?.budget, e.totals.project?.actual, e.totals.project?.cell, e.totals.overall?.actual]).toEqual([80000000, 70000000, '预算表!B6', 70000000]);
    expect(e.lines.map((l) => l.category)).toEqual(['项目支出', '项目支出']);
  });

  it('adds a 基本支出 and a 项目支出 table on two sheets', () => {
    const basic = sheet('基本支出', [['2024年基本支出预算执行情况表'], ['单位：万元'], header, [1, '人员经费', 20, 20], ['合计', null, 20, 20]]);
    const project = sheet('项目支出', [['2024年项目支出预算执行情况表'], ['单位：万元'], header, [1, '信息化建设', 50, 40], ['合计', null, 50, 40]]);
    const e = evaluateOne(book(basic, project));
    expect([e.totals.basic?.actual, e.totals.project?.actual, e.totals.overall?.budget, e.totals.overall?.actual]).toEqual([
      20000000, 40000000, 70000000, 60000000,
    ]);
    expect(e.scores.budgetExecution).toBe(8.57);
  });

  it('reads the budget-execution 得分 stated on the 合计 row', () => {
    const e = run([['单位：元'], ['项目名称', '全年预算数', '全年执行数', '得分'], ['办公费', 100, 50, null], ['合计', 100, 50, 10]]);
    expect(e.scores.budgetExecution).toBe(5);
    expect(e.flags.filter((f) => f.code === 'score-mismatch').map((f) => [f.key, f.cell])).toEqual([['score-mismatch.budget', '预算表!D4']]);
  });

  it('scores 预算执行 at 10 × min(rate, 1)', () => {
    expect(run([['单位：元'], header, [1, '办公费', 100, 120]]).scores.budgetExecution).toBe(10);
    expect(run([['单位：元'], header, [1, '办公费', 300, 200]]).scores.budgetExecution).toBe(6.67);
  });

  it('reads a 合计 written first, above the category headings', () => {
    const e = run([
      ['单位：万元'],
      header,
      ['合计', null, 1981.04, 1963.91],
      ['一', '基本支出', 1530, 1526.71],
      [null, '其中：人员经费', 1272, 1270.47],
      [null, '　　　公用经费', 258, 256.25],
      ['二', '项目支出', 451.04, 437.2],
      [1, '医疗保障能力建设经费', 451.04, 437.2],
    ]);
    expect([e.totals.overall?.budget, e.totals.overall?.actual, e.totals.overall?.cell]).toEqual([1981040000, 1963910000, '预算表!B3']);
    expect(e.flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell])).toEqual([['info', '预算表!D4']]);
  });

  it('flags nothing on a 0/0 line (三公经费) whose 执行率 formula shows #DIV/0!', () => {
    // SCORING.md: "Budget 0 or empty with actual 0: no rate, no flag (e.g. 三公经费 0/0)".
    const e = run([['单位：元'], ['项目名称', '全年预算数', '全年执行数', '执行率'], ['办公费', 100, 95, 0.95], ['三公经费', 0, 0, { error: '#DIV/0!' }]]);
    expect(flagsOf(e)).toEqual([
      ['table-not-found', 'error', null],
    ]);
    expect(e.lines.map((l) => [l.name, l.rate, l.flags])).toEqual([['办公费', 0.95, []], ['三公经费', null, []]]);
  });

  it('follows a lower low-execution threshold a unit sets', () => {
    const rows: CellValue[][] = [['单位：元'], header, [1, '办公费', 100, 85]];
    expect(evaluateOne(book(sheet('预算表', rows)), { lowExecutionThreshold: 0.8 }).lines[0].flags).toEqual([]);
    expect(evaluateOne(book(sheet('预算表', rows))).lines[0].flags).toEqual(['low-execution']);
  });

  it('says when 年初预算数 is the only budget column', () => {
    const e = run([['单位：元'], ['项目名称', '年初预算数', '全年执行数'], ['办公费', 100, 95]]);
    expect(e.flags.filter((f) => f.code === 'missing-value').map((f) => [f.key, f.severity, f.cell])).toEqual([
      ['missing-value.initialColumn', 'info', '预算表!B2'],
    ]);
    expect(e.totals.overall?.rate).toBe(0.95);
  });
});

describe('evaluateWorkbook: header layouts', () => {
  it('rates against the 全年 column of a 预算数 | 年初 | 全年 two-row header', () => {
    const rows: CellValue[][] = [
      ['单位：元'],
      ['序号', '项目名称', '预算数', null, '全年执行数'],
      [null, null, '年初', '全年', null],
      [1, '办公费', 100, 200, 190],
    ];
    const e = run(rows, { merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'] });
    expect(e.lines.map((l) => [l.budget, l.actual, l.rate, l.flags])).toEqual([[20000, 19000, 0.95, []]]);
  });

  it('reports the unit of the one real table under a title merged over half its columns', () => {
    const rows: CellValue[][] = [
      ['2024年项目支出预算执行情况表', null, null, null, null, '单位：万元'],
      ['序号', '项目名称', '全年预算数', '全年执行数', '执行率', '备注'],
      [1, '信息化建设', 50, 45, '90%', null],
    ];
    const e = run(rows, { merges: ['A1:C1'] });
    expect([e.unit, e.unitFactor]).toEqual(['万元', 10000]);
    expect(flagsOf(e).filter(([code]) => code !== 'table-not-found')).toEqual([]);
  });

  it('reads every line of a budget table beside an unrelated ListObject', () => {
    const rows: CellValue[][] = [
      ['项目名称', '全年预算数', '全年执行数', null, '代码', '说明'],
      ['办公费', 100, 95, null, 'A', '甲'],
      ['印刷费', 100, 95],
      ['邮电费', 100, 95],
    ];
    const e = run([['单位：元'], ...rows], { tables: [{ ref: 'E2:F3' }] });
    expect(e.lines.map((l) => l.name)).toEqual(['办公费', '印刷费', '邮电费']);
  });
});

describe('evaluateWorkbook: indicators and weights', () => {
  const budget = sheet('预算', [['单位：元'], ['项目名称', '全年预算数', '全年执行数'], ['办公费', 100, 100]]);

  it('scales to 100 points when 预算执行 and the 分值 do not add up to 100, and says so at the 分值 header', () => {
    const indicators = sheet('指标', [
      [...INDICATOR_HEADER],
      ['产出指标', '数量指标', '参保人数', '≥100人', '100人', 40, null, null],
      ['效益指标', '社会效益', '报销比例', '≥70%', '70%', 30, null, null],
    ]);
    const e = evaluateOne(book(budget, indicators));
    expect([e.scores.total, e.scores.scaled, e.scores.grade]).toEqual([100, true, '优']);
    expect(e.flags.map((f) => [f.code, f.severity, f.cell, f.params])).toEqual([
      ['weight-mismatch', 'warning', '指标!F1', { budgetWeight: 10, indicatorWeight: 70, sum: 80 }],
    ]);
  });

  it('reads the seed’s indicator and scores sheets without a budget table', () => {
    const e = evaluateOne(book(seedIndicatorSheet(), seedScoresSheet()));
    expect([e.scores.budgetExecution, e.scores.output, e.scores.total]).toEqual([null, 38, 86.72]);
    expect(e.flags[0]).toMatchObject({ code: 'table-not-found', key: 'table-not-found.budget' });
  });

  it('reads the seed’s budget sheet alone', () => {
    const e = evaluateOne(book(seedBudgetSheet()));
    expect([e.scores.budgetExecution, e.totals.overall?.actual]).toEqual([9.91, 1963910000]);
  });
});
