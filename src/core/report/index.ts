export type { Flag, FlagCode, Severity } from './Flag';
export { SEVERITIES } from './Flag';
export type {
  Fen,
  LineCategory,
  LineResult,
  TotalResult,
  IndicatorResult,
  StatedScores,
  Grade,
  Scores,
  Evaluation,
  EvaluationScope,
  WorkbookEvaluation,
} from './Evaluation';
export { formatFlag } from './formatFlag';
export { groupFlags, type FlagGroup } from './groupFlags';
export type { JsonReport, JsonEvaluation, JsonFlag, JsonTotal } from './JsonReport';
export { toJsonEvaluation, toJsonReport } from './JsonReport';
export { formName, tablesOf } from './formName';
