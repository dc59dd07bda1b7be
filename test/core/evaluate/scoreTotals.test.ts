import type { IndicatorResult } from '../../../src/core/report';
import type { IndicatorCategory } from '../../../src/core/rules';
import { formSettings } from '../evaluateOne';

const DEFAULT_SETTINGS = formSettings();
const withDefaults = formSettings;
import { scoreTotals } from '../../../src/core/evaluate/scoreTotals';

function ind(category: IndicatorCategory | null, weight: number | null, score: number | null): IndicatorResult {
  return { level1: '', level2: '', name: '指标', category, target: '', actual: '', weight, score, statedScore: null, reason: '', flags: [], cell: 'S!C2' };
}

/** The seed’s indicators as the engine scores them: 产出 38.8 of 40, 效益 28.72 of 30, 满意度 10, 成本 10. */
const seed: IndicatorResult[] = [
  ind('output', 8, 8), ind('output', 8, 8), ind('output', 6, 6), ind('output', 6, 6), ind('output', 6, 6), ind('output', 6, 4.8),
  ind('effect', 8, 6.72), ind('effect', 8, 8), ind('effect', 7, 7), ind('effect', 7, 7),
  ind('satisfaction', 10, 10),
  ind('cost', 5, 5), ind('cost', 5, 5),
];

describe('scoreTotals: category sums (dept-2024)', () => {
  const computed = scoreTotals({ budgetExecution: 9.91, overallRate: 0.99135, indicators: seed, settings: DEFAULT_SETTINGS });

  it('sums each category and the total', () => {
    expect(computed).toEqual({
      budgetExecution: 9.91,
      output: 38.8,
      effect: 28.72,
      satisfaction: 10,
      cost: 10,
      maxima: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10 },
      total: 97.43,
      grade: '优',
      scaled: false,
      cappedAt: null,
      weightSum: 100,
    });
  });

  it('counts an unscored indicator as 0 and an uncategorised one not at all', () => {
    const r = scoreTotals({ budgetExecution: 10, overallRate: 1, indicators: [ind('output', 45, 40), ind('effect', 45, null), ind(null, 5, 5)], settings: DEFAULT_SETTINGS });
    expect([r.output, r.effect, r.total, r.weightSum]).toEqual([40, 0, 50, 100]);
  });

  it('has no float noise in the sums', () => {
    const r = scoreTotals({ budgetExecution: 0, overallRate: null, indicators: [ind('output', 45, 0.1), ind('output', 45, 0.2)], settings: DEFAULT_SETTINGS });
    expect([r.output, r.total]).toEqual([0.3, 0.3]);
  });
});

describe('scoreTotals: mof-2020 folds 成本 into 产出', () => {
  it('counts 成本 scores and weights as 产出', () => {
    const r = scoreTotals({ budgetExecution: 9.91, overallRate: 0.99135, indicators: seed, settings: withDefaults({ ruleSet: 'mof-2020' }) });
    expect([r.output, r.cost, r.maxima.output, r.maxima.cost, r.total, r.scaled]).toEqual([48.8, 0, 50, 0, 97.43, false]);
  });
});

describe('scoreTotals: 按百分制折算 when 预算执行 plus the 分值 is not 100', () => {
  it.each<[string, IndicatorResult[], number, number, number]>([
    // 10 + 80 = 90: (9 + 72) × 100 / 90 = 90
    ['90 points in all', [ind('output', 40, 36), ind('effect', 30, 27), ind('satisfaction', 10, 9)], 9, 90, 90],
    // 10 + 100 = 110: (10 + 100) × 100 / 110 = 100
    ['110 points in all', [ind('output', 50, 50), ind('effect', 40, 40), ind('satisfaction', 10, 10)], 10, 110, 100],
    // 10 + 85 = 95: (8 + 80) × 100 / 95 = 92.631… → 92.63
    ['95 points in all, rounded after scaling', [ind('output', 45, 40), ind('effect', 40, 40)], 8, 95, 92.63],
  ])('%s', (_, indicators, budgetExecution, weightSum, total) => {
    const r = scoreTotals({ budgetExecution, overallRate: 1, indicators, settings: DEFAULT_SETTINGS });
    expect([r.scaled, r.weightSum, r.total]).toEqual([true, weightSum, total]);
  });

  it('does not scale at exactly 100', () => {
    const r = scoreTotals({ budgetExecution: 9, overallRate: 0.9, indicators: [ind('output', 90, 80)], settings: DEFAULT_SETTINGS });
    expect([r.scaled, r.total]).toEqual([false, 89]);
  });

  it('does not scale 分值 that add up to 100 in tenths', () => {
    const parts = [ind('output', 30.1, 30.1), ind('output', 29.9, 29.9), ind('effect', 30, 30)];
    const r = scoreTotals({ budgetExecution: 10, overallRate: 1, indicators: parts, settings: DEFAULT_SETTINGS });
    expect([r.scaled, r.total]).toEqual([false, 100]);
  });
});

describe('scoreTotals: 封顶 (off by default)', () => {
  const full = [ind('output', 40, 40), ind('effect', 30, 30), ind('satisfaction', 10, 10), ind('cost', 10, 10)];
  const capOn = withDefaults({ capEnabled: true });

  it.each<[number, number, number | null]>([
    // overall 执行率, total, 封顶 applied
    [0.95, 99.5, null],
    [0.8, 98, null],
    [0.7999, 89, 89],
    [0.75, 89, 89],
    [0.7, 89, 89],
    [0.6999, 79, 79],
    [0.6, 79, 79],
    [0.55, 69, 69],
    [0.5, 69, 69],
    [0.4999, 59, 59],
    [0.1, 59, 59],
  ])('overall 执行率 %d: total %d', (rate, total, cappedAt) => {
    const r = scoreTotals({ budgetExecution: Math.round(1000 * rate) / 100, overallRate: rate, indicators: full, settings: capOn });
    expect([r.total, r.cappedAt]).toEqual([total, cappedAt]);
  });

  it('caps only a total above the cap', () => {
    const low = [ind('output', 40, 20), ind('effect', 30, 15), ind('satisfaction', 10, 5), ind('cost', 10, 5)];
    const r = scoreTotals({ budgetExecution: 7.5, overallRate: 0.75, indicators: low, settings: capOn });
    expect([r.total, r.cappedAt]).toEqual([52.5, null]);
  });

  it('is off unless enabled', () => {
    const r = scoreTotals({ budgetExecution: 5, overallRate: 0.5, indicators: full, settings: DEFAULT_SETTINGS });
    expect([r.total, r.cappedAt, r.grade]).toEqual([95, null, '优']);
  });

  it('grades the capped total', () => {
    const r = scoreTotals({ budgetExecution: 7.5, overallRate: 0.75, indicators: full, settings: capOn });
    expect([r.total, r.grade]).toEqual([89, '良']);
  });
});

describe('scoreTotals: grade on the rounded total, lower bounds inclusive', () => {
  it.each<[number, number, string]>([
    [90, 90, '优'],
    [89.99, 89.99, '良'],
    [89.995, 90, '优'],
    [89.994, 89.99, '良'],
    [80, 80, '良'],
    [79.99, 79.99, '中'],
    [60, 60, '中'],
    [59.99, 59.99, '差'],
    [59.995, 60, '中'],
  ])('indicators worth %d → total %d, %s', (points, total, grade) => {
    const r = scoreTotals({ budgetExecution: 0, overallRate: null, indicators: [ind('output', 60, Math.min(points, 60)), ind('effect', 30, Math.max(points - 60, 0))], settings: DEFAULT_SETTINGS });
    expect([r.total, r.grade]).toEqual([total, grade]);
  });
});
