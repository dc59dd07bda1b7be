export type { RuleSetId, CapBand, GradeBands, Settings } from './settings';
export { RULE_SET_IDS, DEFAULT_SETTINGS, withDefaults } from './settings';
export type { IndicatorCategory, ScoreCategory, RuleSet } from './ruleSets';
export { RULE_SETS, SCORE_CATEGORIES } from './ruleSets';
