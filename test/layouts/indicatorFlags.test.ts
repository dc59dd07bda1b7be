/**
 * SCORING.md "Indicators": forward and reverse targets scored in proportion, 成本 without an operator read as
 * reverse, qualitative targets scored in 10号's tiers, and the flags on indicator rows (indicator-unmet,
 * missing-deviation-reason, score-mismatch warning and over-weight error, target-too-low, unit parse-error).
 */
import { flagSummary, indicator, workbookFolder, type Evaluated, type RowInput } from './workbooks';

const folder = workbookFolder();

const BUDGET = {
  name: '预算表',
  rows: [
    ['单位：元'],
    ['项目名称', '全年预算数', '全年执行数'],
    ['办公经费', 100_000, 100_000],
  ],
};

const HEADER: RowInput = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
// Rows 2–12 of 指标表. 分值: 产出 40, 效益 30, 满意度 10, 成本 10 (with 预算执行 10: 100).
const ROWS: readonly RowInput[] = [
  ['产出指标', '数量指标', '村卫生室医保定点数', '不低于2220家', '2337家', 10, 10, null],
  ['产出指标', '数量指标', '居民医保参保人数', '≥540万人', '5466000人', 10, 10, null],
  ['产出指标', '数量指标', '医保业务培训人次', '≥100人次', '150人次', 5, 5, null],
  ['产出指标', '数量指标', '门诊慢特病待遇认定人数', '≥2000人', '1800人', 5, 4.5, null],
  ['产出指标', '时效指标', '医保报销办理时限', '≤10天', '12天', 6, 5, '系统切换期间办理时限延长'],
  ['产出指标', '时效指标', '医保信息平台功能深化应用', '有效提升', '基本完成', 4, 3, '部分两定机构信息系统改造未完成'],
  ['效益指标', '社会效益指标', '城乡居民普通门诊报销比例', '≥70%', '63%', 10, 10, '年中政策调整'],
  ['效益指标', '社会效益指标', '医保政策知晓率', '明显改善', '基本完成', 10, 9, '农村地区宣传覆盖不足'],
  ['效益指标', '可持续影响指标', '异地就医备案办理时长', '≤10天', '8%', 10, 10, null],
  ['满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%', '95%', 10, 12, null],
  ['成本指标', '经济成本指标', '办公场地年租赁费', '50万元', '55万元', 10, 9.09, '租金上涨'],
];

let result: Evaluated;
beforeAll(async () => {
  result = await folder.evaluate([BUDGET, { name: '指标表', rows: [HEADER, ...ROWS] }]);
});

type Expected = { code: string; severity: string; cell: string };

describe('indicator scores and flags', () => {
  it.each<{ name: string; why: string; score: number | null; flags: Expected[] }>([
    { name: '村卫生室医保定点数', why: '不低于 is forward: met', score: 10, flags: [] },
    { name: '居民医保参保人数', why: '≥540万人 against 5466000人: 万 multiplies, units agree', score: 10, flags: [] },
    {
      name: '医保业务培训人次',
      why: '150 is 150% of the target: target-too-low',
      score: 5,
      flags: [{ code: 'target-too-low', severity: 'info', cell: '指标表!D4' }],
    },
    {
      name: '门诊慢特病待遇认定人数',
      why: 'forward shortfall: 5 × 1800 / 2000, unmet without a reason',
      score: 4.5,
      flags: [
        { code: 'indicator-unmet', severity: 'warning', cell: '指标表!E5' },
        { code: 'missing-deviation-reason', severity: 'warning', cell: '指标表!H5' },
      ],
    },
    {
      name: '医保报销办理时限',
      why: 'reverse ≤10天 with 12天: 6 × 10 / 12',
      score: 5,
      flags: [{ code: 'indicator-unmet', severity: 'warning', cell: '指标表!E6' }],
    },
    {
      name: '医保信息平台功能深化应用',
      why: 'qualitative 基本完成 with a stated 3 inside the 部分达成 band 2.4–3.2',
      score: 3,
      flags: [{ code: 'indicator-unmet', severity: 'warning', cell: '指标表!E7' }],
    },
    {
      name: '城乡居民普通门诊报销比例',
      why: 'stated 10 against 10 × 63 / 70 = 9',
      score: 9,
      flags: [
        { code: 'score-mismatch', severity: 'warning', cell: '指标表!G8' },
        { code: 'indicator-unmet', severity: 'warning', cell: '指标表!E8' },
      ],
    },
    {
      name: '医保政策知晓率',
      why: 'qualitative 基本完成 with a stated 9 above the 部分达成 band 6–8: the bound 8',
      score: 8,
      flags: [
        { code: 'score-mismatch', severity: 'warning', cell: '指标表!G9' },
        { code: 'indicator-unmet', severity: 'warning', cell: '指标表!E9' },
      ],
    },
    {
      name: '异地就医备案办理时长',
      why: '天 against %: a parse-error on the actual, no score',
      score: null,
      flags: [{ code: 'parse-error', severity: 'error', cell: '指标表!E10' }],
    },
    {
      name: '参保群众满意度',
      why: 'a stated 12 above the 分值 10: an error',
      score: 10,
      flags: [{ code: 'score-mismatch', severity: 'error', cell: '指标表!G11' }],
    },
    {
      name: '办公场地年租赁费',
      why: '成本 without an operator is reverse: 10 × 50 / 55',
      score: 9.09,
      flags: [{ code: 'indicator-unmet', severity: 'warning', cell: '指标表!E12' }],
    },
  ])('$name: $why', ({ name, score, flags }) => {
    const { report } = result;
    const row = indicator(report, name);
    expect(row.score).toBe(score);
    expect(row.flags).toEqual([...new Set(flags.map((f) => f.code))]);
    const rowNumber = row.cell.replace('指标表!C', '');
    const onRow = flagSummary(report).filter((f) => f.cell !== null && new RegExp(`^指标表![A-Z]${rowNumber}$`).test(f.cell));
    expect(onRow).toEqual(flags);
  });

  it('names both cells when the units of target and actual disagree', () => {
    const [unitError] = result.report.flags.filter((f) => f.code === 'parse-error');
    expect(unitError.message).toBe('指标表!E10：“异地就医备案办理时长”实际完成值“8%”与年度指标值“≤10天”（指标表!D10）单位不一致');
  });

  it('quotes the band when a qualitative score is outside it, and the 分值 when a score exceeds it', () => {
    const messages = result.report.flags.filter((f) => f.code === 'score-mismatch').map((f) => f.message);
    expect(messages).toEqual([
      '指标表!G8：“城乡居民普通门诊报销比例”填报得分 10，按实际完成值与年度指标值计算为 9',
      '指标表!G9：“医保政策知晓率”实际完成情况属“部分达成”档（6–8 分），填报得分 9 不在档内，按 8 计',
      '指标表!G11：“参保群众满意度”填报得分 12 超过分值 10',
    ]);
  });

  it('adds the computed scores up by category', () => {
    expect(result.report.scores).toEqual({
      budgetExecution: 10,
      output: 37.5,
      effect: 17,
      satisfaction: 10,
      cost: 9.09,
      total: 83.59,
      grade: '良',
      stated: null,
    });
    expect(result.report.flags.filter((f) => f.code === 'weight-mismatch')).toEqual([]);
  });
});
