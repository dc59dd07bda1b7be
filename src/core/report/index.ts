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
} from './Evaluation';
export { formatFlag } from './formatFlag';
export { groupFlags, type FlagGroup } from './groupFlags';
export type { JsonReport, JsonFlag, JsonTotal } from './JsonReport';
export { toJsonReport } from './JsonReport';
