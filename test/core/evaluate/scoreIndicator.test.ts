import type { CellValue } from '../../../src/core/snapshot';
import { findTables, type IndicatorTable } from '../../../src/core/detect';
import { readIndicatorTable, type IndicatorRow } from '../../../src/core/model';
import { scoreIndicator } from '../../../src/core/evaluate';
import { DEFAULT_SETTINGS, withDefaults } from '../../../src/core/rules';
import { formatFlag } from '../../../src/core/report';
import { gridOf, INDICATOR_HEADER, sheet } from '../grids';

/**
 * One indicator on row 2 of 指标: 一级 A, 二级 B, 三级 C, 年度指标值 D, 实际完成值 E, 分值 F, 得分 G, 偏差原因 H.
 */
function indicator(
  level1: string,
  target: CellValue,
  actual: CellValue,
  weight: CellValue,
  stated: CellValue = null,
  reason: CellValue = null,
  level2 = '数量指标',
): IndicatorRow {
  const rows: CellValue[][] = [[...INDICATOR_HEADER], [level1, level2, '指标甲', target, actual, weight, stated, reason]];
  const table = findTables(gridOf(sheet('指标', rows))).find((t): t is IndicatorTable => t.kind === 'indicators');
  if (!table) throw new Error('no indicator table');
  const [row] = readIndicatorTable(table).rows;
  if (!row) throw new Error('no indicator row');
  return row;
}

const scored = (row: IndicatorRow, settings = DEFAULT_SETTINGS) => {
  const { score, flags } = scoreIndicator(row, settings);
  return { score, flags: flags.map((f) => [f.code, f.severity, f.cell]) };
};

const unmet = [['indicator-unmet', 'warning', '指标!E2'], ['missing-deviation-reason', 'warning', '指标!H2']];

describe('scoreIndicator: forward (actual ≥ target is full, else 分值 × actual / target)', () => {
  it.each<[string, CellValue, CellValue, number, number, unknown[]]>([
    ['≥95% met', '≥95%', '96%', 6, 6, []],
    ['≥95% met exactly', '≥95%', '95%', 6, 6, []],
    ['100% met', '100%', '100%', 6, 6, []],
    ['≥5% short (the seed: 4.2%)', '≥5%', '4.2%', 8, 6.72, unmet],
    ['不低于2220家 short', '不低于2220家', '2000家', 8, 7.21, unmet],
    ['不少于20次 met', '不少于20次', '25次', 4, 4, []],
    ['达到95% short', '达到95%', '90%', 10, 9.47, unmet],
    ['95%以上 short', '95%以上', '94%', 10, 9.89, unmet],
    ['>0 met', '>0', '3', 2, 2, []],
    ['=1 met', '=1', '1', 2, 2, []],
    ['no operator, not 成本: forward', '50家', '45家', 5, 4.5, unmet],
    ['万人 against 人', '≥540万人', '5400000人', 8, 8, []],
    ['人 against 万人', '≥5400000人', '546.6万人', 8, 8, []],
    ['a bare number takes the target’s unit', '≥95%', 96, 6, 6, []],
  ])('%s', (_, target, actual, weight, score, flags) => {
    expect(scored(indicator('产出指标', target, actual, weight))).toEqual({ score, flags });
  });
});

describe('scoreIndicator: reverse (actual ≤ target is full, else 分值 × target / actual)', () => {
  it.each<[string, string, CellValue, CellValue, number, number, unknown[]]>([
    ['≤10天 met', '产出指标', '≤10天', '8天', 5, 5, []],
    ['≤10天 met exactly', '产出指标', '≤10天', '10天', 5, 5, []],
    ['≤10天 over', '产出指标', '≤10天', '12天', 5, 4.17, unmet],
    ['不超过5% over', '效益指标', '不超过5%', '6%', 6, 5, unmet],
    ['不高于3% met', '效益指标', '不高于3%', '2.5%', 6, 6, []],
    ['控制在50万元以内 over', '产出指标', '控制在50万元以内', '60万元', 6, 5, unmet],
    ['10天以内 met', '产出指标', '10天以内', '10天', 4, 4, []],
    ['<2% over', '效益指标', '<2%', '4%', 8, 4, unmet],
    ['≤50万元 (the seed) met', '成本指标', '≤50万元', '50万元', 5, 5, []],
    ['≤5.54万元 (the seed) met', '成本指标', '≤5.54万元', '5.32万元', 5, 5, []],
    ['≤10天 at 0 天 met', '产出指标', '≤10天', '0天', 5, 5, []],
  ])('%s', (_, level1, target, actual, weight, score, flags) => {
    expect(scored(indicator(level1, target, actual, weight))).toEqual({ score, flags });
  });
});

describe('scoreIndicator: under 成本 no operator means reverse', () => {
  it.each<[string, string, CellValue, CellValue, number, number, unknown[]]>([
    ['成本 50万元, spent 55万元: over', '成本指标', '50万元', '55万元', 5, 4.55, unmet],
    ['成本 50万元, spent 45万元: met', '成本指标', '50万元', '45万元', 5, 5, []],
    ['经济成本 in 二级 only', '', '50万元', '55万元', 5, 4.55, unmet],
    ['成本 with an explicit ≥ stays forward', '成本指标', '≥50万元', '45万元', 5, 4.5, unmet],
    ['产出 50万元, 45万元: forward', '产出指标', '50万元', '45万元', 5, 4.5, unmet],
  ])('%s', (_, level1, target, actual, weight, score, flags) => {
    const row = level1 === '' ? indicator('', target, actual, weight, null, null, '经济成本指标') : indicator(level1, target, actual, weight);
    expect(scored(row)).toEqual({ score, flags });
  });
});

describe('scoreIndicator: clamped to [0, 分值], rounded to 2 decimals', () => {
  it.each<[string, CellValue, CellValue, number, number]>([
    ['a negative actual scores 0, not below', '≥10%', '-5%', 6, 0],
    ['a zero actual scores 0', '≥10%', '0%', 6, 0],
    ['7 × 2 / 3 = 4.666… → 4.67', '≥3家', '2家', 7, 4.67],
    ['5.35 × 50 / 100 = 2.675 → 2.68 (half up, not binary)', '≥100', '50', 5.35, 2.68],
    ['8 × 1 / 3 = 2.666… → 2.67', '≥3', '1', 8, 2.67],
    ['10 × 2 / 3 → 6.67', '≥3个', '2个', 10, 6.67],
    ['far over a forward target is still the 分值', '≥1', '1000', 3, 3],
  ])('%s', (_, target, actual, weight, score) => {
    expect(scoreIndicator(indicator('产出指标', target, actual, weight), DEFAULT_SETTINGS).score).toBe(score);
  });
});

describe('scoreIndicator: units that do not agree (SCORING.md: parse-error on the actual, naming both cells)', () => {
  it.each<[string, string]>([
    ['≤10天', '95%'],
    ['≥95%', '96家'],
    ['≥2220家', '2337人'],
  ])('%s against %s', (target, actual) => {
    const { score, flags } = scoreIndicator(indicator('产出指标', target, actual, 6), DEFAULT_SETTINGS);
    expect(score).toBeNull();
    expect(flags.map((f) => [f.code, f.severity, f.cell, f.key])).toEqual([['parse-error', 'error', '指标!E2', 'parse-error.unitMismatch']]);
    expect(formatFlag(flags[0], 'en')).toContain('指标!D2');
    expect(formatFlag(flags[0], 'zh-CN')).toMatch(/^指标!E2：.*指标!D2/);
  });

  it('words in a measured indicator’s actual are a parse-error', () => {
    const { score, flags } = scoreIndicator(indicator('产出指标', '≥95%', '基本完成', 6), DEFAULT_SETTINGS);
    expect([score, flags.map((f) => [f.code, f.cell])]).toEqual([null, [['parse-error', '指标!E2']]]);
  });
});

describe('scoreIndicator: Excel errors and booleans are not values (DESIGN.md: a message naming the cell)', () => {
  it.each<[string, CellValue, CellValue, string]>([
    ['#N/A actual against a measured target', '≥95%', { error: '#N/A' }, '指标!E2'],
    ['#DIV/0! actual against a qualitative target', '有效提升', { error: '#DIV/0!' }, '指标!E2'],
    ['#REF! target', { error: '#REF!' }, '96%', '指标!D2'],
    ['#VALUE! target, words in the actual', { error: '#VALUE!' }, '已完成', '指标!D2'],
    ['TRUE as the actual of a measured target', '≥95%', true, '指标!E2'],
  ])('%s', (_, target, actual, cell) => {
    const { score, flags } = scoreIndicator(indicator('产出指标', target, actual, 6), DEFAULT_SETTINGS);
    expect(score).toBeNull();
    expect(flags.filter((f) => f.code === 'parse-error').map((f) => [f.severity, f.cell])).toEqual([['error', cell]]);
  });
});

describe('scoreIndicator: target-too-low (a forward actual at least 130% of its target)', () => {
  it.each<[string, CellValue, CellValue, boolean]>([
    ['exactly 130% (100 → 130)', '≥100家', '130家', true],
    ['exactly 130% (3 → 3.9)', '≥3小时', '3.9小时', true],
    ['exactly 130% (6 → 7.8)', '≥6次', '7.8次', true],
    ['exactly 130% (90% → 117%)', '≥90%', '117%', true],
    ['129%', '≥100家', '129家', false],
    ['129.9%', '≥1000家', '1299家', false],
    ['200%', '≥10场', '20场', true],
    ['a reverse target is never too low', '≤10天', '2天', false],
    ['under 成本 no operator is reverse', '50万元', '100万元', false],
  ])('%s', (_, target, actual, tooLow) => {
    const level1 = _.includes('成本') ? '成本指标' : '产出指标';
    const { flags } = scoreIndicator(indicator(level1, target, actual, 5), DEFAULT_SETTINGS);
    expect(flags.filter((f) => f.code === 'target-too-low').map((f) => [f.severity, f.cell])).toEqual(tooLow ? [['info', '指标!D2']] : []);
  });

  it('follows the ratio a unit sets', () => {
    const { flags } = scoreIndicator(indicator('产出指标', '≥100家', '120家', 5), withDefaults({ targetTooLowRatio: 1.2 }));
    expect(flags.map((f) => f.code)).toEqual(['target-too-low']);
  });
});

describe('scoreIndicator: the stated 得分', () => {
  it.each<[string, CellValue, unknown[]]>([
    ['equal', 6.72, []],
    ['0.01 off is within tolerance', 6.73, []],
    ['0.02 off', 6.74, [['score-mismatch', 'warning', '指标!G2']]],
    ['the seed’s 6 for 4.2% of 5%', 6, [['score-mismatch', 'warning', '指标!G2']]],
    ['above the 分值', 9, [['score-mismatch', 'error', '指标!G2']]],
  ])('%s', (_, stated, expected) => {
    const { score, flags } = scoreIndicator(indicator('效益指标', '≥5%', '4.2%', 8, stated, '受政策调整影响'), DEFAULT_SETTINGS);
    expect(score).toBe(6.72);
    expect(flags.filter((f) => f.code === 'score-mismatch').map((f) => [f.code, f.severity, f.cell])).toEqual(expected);
  });

  it('a reason silences missing-deviation-reason, not indicator-unmet', () => {
    const { flags } = scoreIndicator(indicator('效益指标', '≥5%', '4.2%', 8, 6.72, '受政策调整影响'), DEFAULT_SETTINGS);
    expect(flags.map((f) => f.code)).toEqual(['indicator-unmet']);
  });
});

describe('scoreIndicator: missing figures', () => {
  it.each<[string, CellValue, CellValue, CellValue, string]>([
    ['no 分值', '≥95%', '96%', null, '指标!F2'],
    ['no target', null, '96%', 6, '指标!D2'],
    ['no actual', '≥95%', null, 6, '指标!E2'],
    ['a dash for the actual', '≥95%', '—', 6, '指标!E2'],
  ])('%s: missing-value, no score', (_, target, actual, weight, cell) => {
    const { score, flags } = scoreIndicator(indicator('产出指标', target, actual, weight), DEFAULT_SETTINGS);
    expect([score, flags.map((f) => [f.code, f.severity, f.cell])]).toEqual([null, [['missing-value', 'warning', cell]]]);
  });
});

describe('scoreIndicator: qualitative targets in 10号’s three tiers', () => {
  it.each<[string, CellValue, CellValue, CellValue, number, string[]]>([
    // 达成 80–100%
    ['已完成, none stated: the tier’s top', '有效提升', '已完成', null, 6, []],
    ['达标, stated inside the tier', '达标', '达标', 5, 5, []],
    ['the actual repeats the target', '有效提升', '有效提升', null, 6, []],
    ['是', '是', '是', null, 6, []],
    ['已完成, stated below the tier: its bottom', '有效提升', '已完成', 3, 4.8, ['score-mismatch']],
    // 部分达成 60–80%
    ['基本完成, none stated', '有效提升', '基本完成', null, 4.8, ['indicator-unmet', 'missing-deviation-reason']],
    ['基本完成, stated 4 (the seed)', '有效提升', '基本完成', 4, 4, ['indicator-unmet', 'missing-deviation-reason']],
    ['基本完成, stated 3.6: the tier’s bottom stands', '有效提升', '基本完成', 3.6, 3.6, ['indicator-unmet', 'missing-deviation-reason']],
    ['部分完成, stated above the tier', '明显改善', '部分完成', 5.5, 4.8, ['score-mismatch', 'indicator-unmet', 'missing-deviation-reason']],
    // 未达成 0–60%
    ['未完成, none stated', '有效提升', '未完成', null, 3.6, ['indicator-unmet', 'missing-deviation-reason']],
    ['否', '是', '否', null, 3.6, ['indicator-unmet', 'missing-deviation-reason']],
    ['empty actual', '明显改善', null, null, 3.6, ['indicator-unmet', 'missing-deviation-reason']],
    ['未完成, stated 6', '有效提升', '未完成', 6, 3.6, ['score-mismatch', 'indicator-unmet', 'missing-deviation-reason']],
    ['未完成, stated 2', '有效提升', '未完成', 2, 2, ['indicator-unmet', 'missing-deviation-reason']],
    ['stated above the 分值', '有效提升', '已完成', 7, 6, ['score-mismatch']],
  ])('%s', (_, target, actual, stated, score, codes) => {
    const result = scoreIndicator(indicator('产出指标', target, actual, 6, stated), DEFAULT_SETTINGS);
    expect(result.score).toBe(score);
    expect(result.flags.map((f) => f.code)).toEqual(codes);
  });

  it('names the tier and its bounds when a stated score is outside it', () => {
    const { flags } = scoreIndicator(indicator('产出指标', '明显改善', '部分完成', 6, 5.5, '系统改造未完成'), DEFAULT_SETTINGS);
    expect(flags.map((f) => [f.key, f.severity, f.cell, f.params])).toEqual([
      ['score-mismatch.tier.partial', 'warning', '指标!G2', { name: '指标甲', stated: '5.5', low: '3.6', high: '4.8', computed: '4.8' }],
      ['indicator-unmet', 'warning', '指标!E2', { name: '指标甲', target: '明显改善', actual: '部分完成' }],
    ]);
  });
});

describe('scoreIndicator: deadlines (SCORING.md time targets: met at or before, by month, by day where both give one)', () => {
  it.each<[string, CellValue, CellValue, number, unknown[]]>([
    // The examples: met, so no indicator-unmet and no missing-deviation-reason.
    ['10月底前 met by 8月', '10月底前', '8月', 5, []],
    ['2024年6月30日前 met by 2024年5月', '2024年6月30日前', '2024年5月', 5, []],
    ['the deadline’s own month meets it', '10月底前', '10月', 5, []],
    ['a day in the deadline’s month, the deadline giving none', '6月前', '6月28日', 5, []],
    ['by day: on the day', '2024年11月30日前', '2024年11月30日', 5, []],
    ['年底前 met by 12月', '年底前', '12月', 5, []],
    ['第三季度前 met by 已于9月完成', '第三季度前', '已于9月完成', 5, []],
    ['上半年 met by 6月', '上半年', '6月', 5, []],
    ['a date cell (ISO text) before the deadline', '2024年10月底前', '2024-10-31', 5, []],
    // Missed: 未达成, scored in its tier (0–60%; none stated: 60%).
    ['10月底前 missed by 11月', '10月底前', '11月', 3, unmet],
    ['by day: a day late', '2024年11月30日前', '2024年12月1日', 3, unmet],
    ['by day where both give one', '6月15日前', '6月20日', 3, unmet],
    ['第三季度前 missed by 10月', '第三季度前', '10月', 3, unmet],
    ['a later year', '2024年11月30日前', '2025年1月', 3, unmet],
  ])('%s', (_, target, actual, score, flags) => {
    expect(scored(indicator('产出指标', target, actual, 5, null, null, '时效指标'))).toEqual({ score, flags });
  });

  it.each<[string, CellValue, number | null, string[]]>([
    // Words are read in 10号's tiers: 按时/按期/如期/提前完成 and a bare 已完成 are 达成 (the year's 自评).
    ['按时完成', '按时完成', 5, []],
    ['已按期完成', '已按期完成', 5, []],
    ['如期完成', '如期完成', 5, []],
    ['提前完成', '提前完成', 5, []],
    ['已完成', '已完成', 5, []],
    ['未按时完成', '未按时完成', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['延期', '延期', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['未完成', '未完成', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['预计12月完成 (not done yet: 未达成)', '预计12月完成', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['no actual', null, null, ['missing-value']],
  ])('10月底前 against %s', (_, actual, score, codes) => {
    const result = scoreIndicator(indicator('产出指标', '10月底前', actual, 5), DEFAULT_SETTINGS);
    expect([result.score, result.flags.map((f) => f.code)]).toEqual([score, codes]);
  });

  it.each<[string, string, CellValue, number, string[][]]>([
    ['met, stated the 分值', '9月', 5, 5, []],
    ['met, stated below the 分值: the computed full score', '9月', 4, 5, [['score-mismatch', 'warning']]],
    ['missed, stated inside the 未达成 tier: it stands', '11月', 2, 2, [['indicator-unmet', 'warning']]],
    ['missed, stated the 分值: the tier’s top', '11月', 5, 3, [['score-mismatch', 'warning'], ['indicator-unmet', 'warning']]],
    ['missed, stated above the 分值', '11月', 6, 3, [['score-mismatch', 'error'], ['indicator-unmet', 'warning']]],
  ])('the stated 得分: %s', (_, actual, stated, score, flags) => {
    const result = scoreIndicator(indicator('产出指标', '10月底前', actual, 5, stated, '设备到货延迟'), DEFAULT_SETTINGS);
    expect([result.score, result.flags.map((f) => [f.code, f.severity])]).toEqual([score, flags]);
  });

  it.each<[string, string]>([
    ['10月底前', '100%'],
    ['10月底前', '3个月'],
    ['≤3个月', '9月'],
    ['≥95%', '9月'],
  ])('%s against %s: parse-error naming both cells, one a date and one a quantity', (target, actual) => {
    const { score, flags } = scoreIndicator(indicator('产出指标', target, actual, 5), DEFAULT_SETTINGS);
    expect([score, flags.map((f) => [f.code, f.cell, f.key])]).toEqual([null, [['parse-error', '指标!E2', 'parse-error.dateMismatch']]]);
    expect(formatFlag(flags[0], 'zh-CN')).toBe(`指标!E2：“指标甲”实际完成值“${actual}”与年度指标值“${target}”（指标!D2）无法比较：一个是日期，一个是数量`);
    expect(formatFlag(flags[0], 'en')).toContain('(指标!D2)');
  });
});

describe('scoreIndicator: durations (reverse, compared as numbers with their unit)', () => {
  it.each<[string, CellValue, CellValue, number | null, unknown[]]>([
    ['≤3个工作日 met by 2个工作日', '≤3个工作日', '2个工作日', 5, []],
    ['3个工作日内 met by 3个工作日', '3个工作日内', '3个工作日', 5, []],
    ['≤3个工作日 over: 5 × 3 / 4', '≤3个工作日', '4个工作日', 3.75, unmet],
    ['10天以内 met by 7天', '10天以内', '7天', 5, []],
    ['2小时内 over: 5 × 2 / 2.5', '2小时内', '2.5小时', 4, unmet],
    ['≤3个月 met by 2个月', '≤3个月', '2个月', 5, []],
    ['3日内 met by 2天: 日 and 天 are one unit', '3日内', '2天', 5, []],
    ['≤3个工作日 against 2天: 工作日 and 天 do not convert', '≤3个工作日', '2天', null, [['parse-error', 'error', '指标!E2']]],
    ['10天以内 against 5个工作日', '10天以内', '5个工作日', null, [['parse-error', 'error', '指标!E2']]],
  ])('%s', (_, target, actual, score, flags) => {
    expect(scored(indicator('产出指标', target, actual, 5, null, null, '时效指标'))).toEqual({ score, flags });
  });

  it.each<[string, string, CellValue, CellValue, number, unknown[]]>([
    ['时效指标, no operator: 5个工作日 met by 3个工作日', '时效指标', '5个工作日', '3个工作日', 5, []],
    ['时效指标, no operator: 10天 over by 12天 (5 × 10 / 12)', '时效指标', '10天', '12天', 4.17, unmet],
    ['时效指标, a % without an operator stays forward (及时率)', '时效指标', '95%', '96%', 5, []],
    ['数量指标, 40小时 without an operator stays forward (培训时长)', '数量指标', '40小时', '35小时', 4.38, unmet],
    ['时效指标, an explicit ≥ stays forward', '时效指标', '≥2小时', '1.5小时', 3.75, unmet],
  ])('%s', (_, level2, target, actual, score, flags) => {
    expect(scored(indicator('产出指标', target, actual, 5, null, null, level2))).toEqual({ score, flags });
  });

  it('names both cells when 工作日 meets 天', () => {
    const [flag] = scoreIndicator(indicator('产出指标', '≤3个工作日', '2天', 5), DEFAULT_SETTINGS).flags;
    expect(formatFlag(flag, 'zh-CN')).toBe('指标!E2：“指标甲”实际完成值“2天”与年度指标值“≤3个工作日”（指标!D2）单位不一致');
  });
});

describe('scoreIndicator: 按时, 及时, 按期 as targets are qualitative goals', () => {
  it.each<[string, string, string, number, string[]]>([
    ['按时 met by 按时完成', '按时', '按时完成', 5, []],
    ['按期 met by 已按期完成', '按期', '已按期完成', 5, []],
    ['及时 met by 及时完成', '及时', '及时完成', 5, []],
    ['按时 unmet by 未按时', '按时', '未按时', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['按期 unmet by 延期', '按期', '延期', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['及时 unmet by 滞后', '及时', '进度滞后', 3, ['indicator-unmet', 'missing-deviation-reason']],
    ['按期 unmet by 未按期完成', '按期', '未按期完成', 3, ['indicator-unmet', 'missing-deviation-reason']],
  ])('%s', (_, target, actual, score, codes) => {
    const result = scoreIndicator(indicator('产出指标', target, actual, 5), DEFAULT_SETTINGS);
    expect([result.score, result.flags.map((f) => f.code)]).toEqual([score, codes]);
  });
});
