import type { IndicatorRow } from '../model';
import type { Flag } from '../report';
import type { Settings } from '../rules';
import { showScore } from './display';
import { flag } from './flag';

/** A stated 得分 against the computed one: a warning, or an error when it exceeds the 分值. */
export function statedScoreFlags(row: IndicatorRow, score: number, weight: number, settings: Settings): Flag[] {
  const stated = row.statedScore;
  if (stated === null) return [];
  if (stated > weight + settings.scoreTolerance) {
    return [flag('score-mismatch', 'error', row.scoreCell, 'score-mismatch.overWeight', { name: row.name, stated: showScore(stated), weight: showScore(weight) })];
  }
  if (Math.abs(stated - score) <= settings.scoreTolerance + 1e-9) return [];
  return [flag('score-mismatch', 'warning', row.scoreCell, 'score-mismatch.indicator', { name: row.name, stated: showScore(stated), computed: showScore(score) })];
}
