import { formSettings } from '../evaluateOne';
import { type Evaluation, type IndicatorResult, type LineResult } from '../../../src/core';

/** A line of a hand-made Evaluation: amounts in 分, as the engine keeps them. */
export function line(name: string, budget: number | null, actual: number | null, extra: Partial<LineResult> = {}): LineResult {
  const rate = budget !== null && actual !== null && budget > 0 ? actual / budget : null;
  return { name, category: '项目支出', budget, actual, rate, statedRate: null, flags: [], cell: '预算表!A2', isPart: false, ...extra };
}

export function indicator(name: string, extra: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    level1: '产出指标', level2: '数量指标', name, category: 'output', target: '≥10家', actual: '10家', weight: 10,
    score: 10, statedScore: null, reason: '', flags: [], cell: '指标表!C2', ...extra,
  };
}

/** An Evaluation built by hand, for what the sample does not show (another unit, no tables, odd names). */
export function makeEvaluation(extra: Partial<Evaluation> = {}): Evaluation {
  return {
    scope: { sheet: '预算表', range: 'A1:F20', title: null, project: null },
    tables: [],
    unit: '元',
    unitFactor: 1,
    lines: [],
    totals: { basic: null, project: null, overall: null },
    indicators: [],
    scores: {
      budgetExecution: null, output: 0, effect: 0, satisfaction: 0, cost: 0,
      maxima: { budgetExecution: 10, output: 0, effect: 0, satisfaction: 0, cost: 0 },
      total: 0, grade: '差', scaled: false, cappedAt: null, stated: null,
    },
    ruleSet: 'dept-2024',
    settings: formSettings(),
    flags: [],
    ...extra,
  };
}
