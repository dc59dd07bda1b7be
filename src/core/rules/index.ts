export type { RuleSetId, CapBand, GradeBands, Settings, FormSettings } from './settings';
export { RULE_SET_IDS, DEFAULT_SETTINGS, withDefaults } from './settings';
export type { IndicatorCategory, ScoreCategory, RuleSet } from './ruleSets';
export { RULE_SETS, SCORE_CATEGORIES } from './ruleSets';
export type { BudgetField, IndicatorField, ScoresField, FieldPatterns, HeaderSchema } from './headerSynonyms';
export {
  BUDGET_HEADER,
  HEADER_WORD,
  SPLIT_VALUE_PARTS,
  SPLIT_OPERATOR_WORDS,
  INDICATOR_HEADER,
  SCORES_HEADER,
  TOTAL_ROW,
  LINE_CATEGORY_WORDS,
  TITLE_CATEGORY_WORDS,
  FOOTER_ROW,
  CATEGORY_ROW,
  ORDER_MARK,
  PARTS_MARK,
  ORDER_LEVELS,
  COMPLETE_BREAKDOWNS,
} from './headerSynonyms';
export { LEVEL1_CATEGORY, LEVEL2_CATEGORY, SCORE_LABELS, GRADE_WORDS } from './categoryWords';
export type { IndicatorDirection, OperatorWord } from './operators';
export { PREFIX_OPERATORS, SUFFIX_OPERATORS, INCLUSIVE_MARKERS } from './operators';
export type { AmountUnit } from './units';
export {
  AMOUNT_UNITS, ENGLISH_AMOUNT_UNITS, QUANTITY_MULTIPLIERS, MEASURE_WORDS, UNIT_SYNONYMS, DEADLINE_MARKERS,
  EMPTY_PLACEHOLDERS,
} from './units';
export type { QualitativeTier, TierBounds } from './qualitativeTiers';
export {
  QUALITATIVE_TIER_BOUNDS, UNMET_WORDS, PARTIAL_WORDS, MET_WORDS, POSITIVE_GOAL_WORDS, NEGATION_PREFIXES, YES_WORDS,
  NO_WORDS,
} from './qualitativeTiers';
export { FORM_TITLES, MAX_TITLE_LENGTH, PROJECT_LABEL, UNIT_LABEL, FALLBACK_RULE_SET, FORM_FUND_TOTAL } from './formWords';
export type { PeriodWord } from './timeWords';
export {
  PERIOD_END_MONTHS, MONTH_PARTS, DATE_LEAD_WORDS, DATE_BEFORE_WORDS, DATE_DONE_WORDS, TIME_LEVEL2, DURATION_UNITS,
} from './timeWords';
