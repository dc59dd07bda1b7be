/**
 * Layout 12: the 项目支出绩效自评表 of 财预〔2020〕10号 as units publish it (湖南, 云南 and 广东 copies share the
 * grid): the 项目资金（万元） label merged down column A beside 年度资金总额 and its 其中 rows in column B, a
 * 年度总体目标 block, and the indicator block with 年度指标值 split over 指标性质 | 指标值 | 度量单位 under a
 * merged header. A unit keeps one form per project, one under another on a sheet, beside its 部门整体 table.
 */
import { flagSummary, flagsOf, indicator, workbookFolder, type RowInput, type SheetSpec } from './workbooks';

const folder = workbookFolder();

interface FormSpec {
  readonly project: string;
  /** 年初, 全年, 执行 and the stated 执行率 and 得分 of 年度资金总额, then the same of its three 其中 rows. */
  readonly funds: readonly RowInput[];
  readonly indicators: readonly RowInput[];
  readonly total: readonly [number, number];
  readonly grade: string;
}

/** One form's rows (11 columns, A–K) and merges, its first row being `top` (1-based). */
function form(spec: FormSpec, top: number): { rows: RowInput[]; merges: string[] } {
  const r = (offset: number) => top + offset;
  const indicatorsEnd = r(13 + spec.indicators.length);
  const rows: RowInput[] = [
    ['项目支出绩效自评表'],
    ['（2024年度）'],
    ['项目名称', spec.project],
    ['主管部门', '衡阳市医疗保障局', null, null, null, '实施单位', '衡阳市医疗保障局'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', ...spec.funds[0]],
    [null, '其中：当年财政拨款', ...spec.funds[1]],
    [null, '上年结转资金', ...spec.funds[2]],
    [null, '其他资金', ...spec.funds[3]],
    ['年度总体目标', '预期目标', null, null, null, null, '实际完成情况'],
    [null, '按期完成年度任务，资金及时足额支付。', null, null, null, null, '年度任务基本完成，部分资金支付滞后。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, null, null, null, '指标性质', '指标值', '度量单位'],
    ...spec.indicators.map((row) => [null, ...row]),
    ['总分', null, null, null, null, null, null, null, 100, spec.total[1]],
    ['评价等次', null, null, null, null, null, null, null, spec.grade],
  ];
  const merges = [
    `A${r(0)}:K${r(0)}`, `A${r(1)}:K${r(1)}`, `B${r(2)}:K${r(2)}`, `B${r(3)}:E${r(3)}`, `G${r(3)}:K${r(3)}`,
    `A${r(4)}:A${r(8)}`,
    `A${r(9)}:A${r(10)}`, `B${r(9)}:F${r(9)}`, `G${r(9)}:K${r(9)}`, `B${r(10)}:F${r(10)}`, `G${r(10)}:K${r(10)}`,
    `A${r(11)}:A${indicatorsEnd - 1}`, `B${r(11)}:B${r(12)}`, `C${r(11)}:C${r(12)}`, `D${r(11)}:D${r(12)}`, `E${r(11)}:G${r(11)}`,
    `H${r(11)}:H${r(12)}`, `I${r(11)}:I${r(12)}`, `J${r(11)}:J${r(12)}`, `K${r(11)}:K${r(12)}`,
    `A${indicatorsEnd}:H${indicatorsEnd}`, `A${indicatorsEnd + 1}:H${indicatorsEnd + 1}`,
  ];
  return { rows, merges };
}

// 医疗保障能力建设经费 (the seed's 52% line): 18.02 budgeted, 9.37 spent.
// 预算执行 = 10 × 9.37/18.02 = 10 × 0.51998 = 5.20. 产出 20 + 15 + 15 = 50; 效益: 激活率 20 × 45/60 = 15 and
// 信息化支撑能力 (定性, 已完成: the 达成 tier's top) 10 = 25; 满意度 10. Total 5.2 + 50 + 25 + 10 = 90.2: 优.
const CAPACITY: FormSpec = {
  project: '医疗保障能力建设经费',
  funds: [
    [18.02, 18.02, 9.37, 10, '52%', 5.2],
    [18.02, 18.02, 9.37, '—', '52%', '—'],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
  ],
  indicators: [
    ['产出指标', '数量指标', '接入医保信息平台的定点医药机构数', '≥', 3000, '家', '3321家', 20, 20, null],
    [null, '质量指标', '医保信息系统对接自查覆盖率', '＝', 100, '%', '100%', 15, 15, null],
    [null, '时效指标', '资金支付及时率', '≥', 95, '%', '98%', 15, 15, null],
    ['效益指标', '社会效益指标', '医保电子凭证激活率', '≥', 60, '%', '45%', 20, 15, '推广进度滞后，2025年加大宣传'],
    [null, '可持续影响指标', '信息化支撑能力', '定性', '有效提升', null, '已完成', 10, 10, null],
    ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥', 90, '%', '95%', 10, 10, null],
  ],
  total: [100, 90.2],
  grade: '优',
};

// 欺诈骗保行为举报奖励专项资金 (the seed's 0% line): 3.00 budgeted, nothing spent, and 其中 rows left at 0.
// 预算执行 = 0. 产出 50, 效益 30 (定性, 已完成), 满意度 10: total 90, 优 — and the stated 年度资金总额 of 3.00
// beside parts of 0 is a sum-mismatch error (SCORING.md: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金).
const REWARDS: FormSpec = {
  project: '欺诈骗保行为举报奖励专项资金',
  funds: [
    [3, 3, 0, 10, '0%', 0],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
    [0, 0, 0, '—', null, '—'],
  ],
  indicators: [
    ['产出指标', '数量指标', '举报线索核查率', '≥', 100, '%', '100%', 50, 50, null],
    ['效益指标', '社会效益指标', '欺诈骗保行为得到遏制', '定性', '有效遏制', null, '已完成', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '举报人满意度', '≥', 90, '%', '92%', 10, 10, null],
  ],
  total: [100, 90],
  grade: '优',
};

const first = form(CAPACITY, 1); // rows 1–21
const second = form(REWARDS, 24); // rows 24–41, two blank rows between
const FORMS_SHEET: SheetSpec = {
  name: '项目自评表',
  rows: [...first.rows, [], [], ...second.rows],
  merges: [...first.merges, ...second.merges],
};

/** The 部门整体 budget table the unit keeps on a sheet of its own (the seed's 基本支出 figures, 万元). */
const DEPARTMENT_SHEET: SheetSpec = {
  name: '部门预算执行',
  rows: [
    ['2024年度部门预算执行情况表'],
    [null, null, null, '单位：万元'],
    ['序号', '项目名称', '全年预算数', '全年执行数'],
    [1, '人员经费', 1275, 1270.47],
    [2, '公用经费', 260, 256.25],
  ],
  merges: ['A1:D1'],
};

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
