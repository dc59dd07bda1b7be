import type { RuleSetId } from './settings';

export type IndicatorCategory = 'output' | 'effect' | 'satisfaction' | 'cost';
export type ScoreCategory = 'budgetExecution' | IndicatorCategory;

export const SCORE_CATEGORIES: readonly ScoreCategory[] = ['budgetExecution', 'output', 'effect', 'satisfaction', 'cost'];

export interface RuleSet {
  readonly id: RuleSetId;
  /** The nominal maximum of each category; null where the rule set has no such category. */
  readonly maxima: Readonly<Record<ScoreCategory, number | null>>;
  /** Where an indicator of each 一级指标 category is counted. */
  readonly countsAs: Readonly<Record<IndicatorCategory, IndicatorCategory>>;
}

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  // The seed's own scores (10+38+28+10+10 = 96) fit these maxima; 成本 is a 一级指标 as in 财预〔2021〕101号.
  'dept-2024': {
    id: 'dept-2024',
    maxima: { budgetExecution: 10, output: 40, effect: 30, satisfaction: 10, cost: 10 },
    countsAs: { output: 'output', effect: 'effect', satisfaction: 'satisfaction', cost: 'cost' },
  },
  // 财预〔2020〕10号: 产出 50%, 效益 30%, 满意度 10%, 预算执行率 10%; 成本 is counted inside 产出.
  'mof-2020': {
    id: 'mof-2020',
    maxima: { budgetExecution: 10, output: 50, effect: 30, satisfaction: 10, cost: null },
    countsAs: { output: 'output', effect: 'effect', satisfaction: 'satisfaction', cost: 'output' },
  },
};
