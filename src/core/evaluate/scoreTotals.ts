import type { IndicatorResult, Scores } from '../report';
import { RULE_SETS, type IndicatorCategory, type ScoreCategory, type FormSettings, type Settings } from '../rules';
import { round2 } from './display';
import { gradeFor } from './gradeFor';

export interface TotalsInput {
  readonly budgetExecution: number | null;
  /** The overall 执行率, for 封顶. */
  readonly overallRate: number | null;
  readonly indicators: readonly IndicatorResult[];
  readonly settings: FormSettings;
}

export type ComputedScores = Omit<Scores, 'stated'> & { readonly weightSum: number };

/**
 * Category subtotals, the total and the grade (SCORING.md "Total and grade"): a category is the sum of
 * its indicators' scores; when 预算执行 plus all 分值 is not 100 the total is scaled to 100 (按百分制折算);
 * then the optional 封顶; then rounded, then graded.
 */
export function scoreTotals(input: TotalsInput): ComputedScores {
  const ruleSet = RULE_SETS[input.settings.ruleSet];
  const sums: Record<IndicatorCategory, number> = { output: 0, effect: 0, satisfaction: 0, cost: 0 };
  const weights: Record<IndicatorCategory, number> = { output: 0, effect: 0, satisfaction: 0, cost: 0 };
  for (const ind of input.indicators) {
    if (ind.category === null) continue;
    const into = ruleSet.countsAs[ind.category];
    sums[into] += ind.score ?? 0;
    weights[into] += ind.weight ?? 0;
  }
  const budgetWeight = ruleSet.maxima.budgetExecution ?? 0;
  const indicatorWeight = weights.output + weights.effect + weights.satisfaction + weights.cost;
  const weightSum = round2(budgetWeight + indicatorWeight);
  const raw = (input.budgetExecution ?? 0) + sums.output + sums.effect + sums.satisfaction + sums.cost;
  const scaled = indicatorWeight > 0 && Math.abs(weightSum - 100) > 0.005;
  let total = scaled ? (raw * 100) / weightSum : raw;
  const cappedAt = capFor(input.overallRate, input.settings);
  const capped = cappedAt !== null && total > cappedAt;
  if (capped) total = cappedAt;
  total = round2(total);
  const maxima: Record<ScoreCategory, number> = { budgetExecution: budgetWeight, ...roundAll(weights) };
  return {
    budgetExecution: input.budgetExecution,
    ...roundAll(sums),
    maxima,
    total,
    grade: gradeFor(total, input.settings.gradeBands),
    scaled,
    cappedAt: capped ? cappedAt : null,
    weightSum,
  };
}

/** 封顶 (off by default): the band the overall 执行率 falls in caps the total. */
function capFor(rate: number | null, settings: Settings): number | null {
  if (!settings.capEnabled || rate === null) return null;
  return settings.capBands.find((b) => rate >= b.fromRate && rate < b.toRate)?.cap ?? null;
}

function roundAll(r: Record<IndicatorCategory, number>): Record<IndicatorCategory, number> {
  return { output: round2(r.output), effect: round2(r.effect), satisfaction: round2(r.satisfaction), cost: round2(r.cost) };
}
