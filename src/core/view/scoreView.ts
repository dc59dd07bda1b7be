import type { Evaluation, Grade } from '../report';
import { SCORE_CATEGORIES, RULE_SETS, type ScoreCategory } from '../rules';

/** What one category's line says: its score against its maximum, or why it has none. */
export type CategoryState =
  | { readonly kind: 'score'; readonly score: number; readonly max: number; readonly stated: number | null }
  /** 预算执行 without usable budget and actual amounts. */
  | { readonly kind: 'notComputed' }
  /** An indicator category with no indicator in the workbook (its maximum, the sum of 分值, is 0). */
  | { readonly kind: 'noIndicators' }
  /** 成本 under mof-2020: its indicators count toward 产出 (财预〔2020〕10号). */
  | { readonly kind: 'inOutput' };

export interface CategoryLine {
  readonly category: ScoreCategory;
  readonly state: CategoryState;
}

export interface ScoreView {
  readonly total: number;
  /** Always 100: a total whose weights do not add up to 100 is scaled to it (按百分制折算). */
  readonly max: number;
  readonly statedTotal: number | null;
  readonly grade: Grade;
  readonly statedGrade: string | null;
  readonly scaled: boolean;
  readonly cappedAt: number | null;
  /** The overall 执行率 as a fraction, when there is one. */
  readonly overallRate: number | null;
  readonly categories: readonly CategoryLine[];
  /**
   * Errors found in the figures: while there are any, the total and the grade stand only on figures a
   * reviewer would send back, and the card says so beside them.
   */
  readonly errors: number;
}

/** The score card's content, decided here once: the pane's card and the CLI's summary only lay it out. */
export function scoreView(evaluation: Evaluation): ScoreView {
  const { scores } = evaluation;
  return {
    total: scores.total,
    max: 100,
    statedTotal: scores.stated?.total ?? null,
    grade: scores.grade,
    statedGrade: scores.stated?.grade ?? null,
    scaled: scores.scaled,
    cappedAt: scores.cappedAt,
    overallRate: evaluation.totals.overall?.rate ?? null,
    categories: SCORE_CATEGORIES.map((category) => ({ category, state: categoryState(evaluation, category) })),
    errors: evaluation.flags.filter((flag) => flag.severity === 'error').length,
  };
}

function categoryState(evaluation: Evaluation, category: ScoreCategory): CategoryState {
  const { scores } = evaluation;
  if (RULE_SETS[evaluation.ruleSet].maxima[category] === null) return { kind: 'inOutput' };
  const score = scores[category];
  if (score === null) return { kind: 'notComputed' };
  const max = scores.maxima[category];
  if (category !== 'budgetExecution' && max === 0) return { kind: 'noIndicators' };
  return { kind: 'score', score, max, stated: scores.stated?.[category] ?? null };
}

