import type { IndicatorRow } from '../model';
import { isOnOrBefore, type DateQuantity } from '../numbers';
import type { Settings } from '../rules';
import type { Outcome } from './scoreIndicator';
import { scoreInTier, scoreQualitative } from './scoreQualitative';
import { statedScoreFlags } from './statedScoreFlags';
import { missingActual, unitMismatch } from './unscoredActual';

/**
 * SCORING.md time targets: a deadline (`10月底前`) is a reverse indicator, met by an actual date at or before
 * it (`8月`, `已于9月完成`), which scores the full 分值 like any met target.
 *
 * A missed deadline is 未达成 and is scored in 10号's 未达成 tier (0–60% of 分值: a stated 得分 inside it stands,
 * else its nearest bound; none stated, 60%). SCORING.md's proportion (分值 × target / actual) is for numbers,
 * and months are not a quantity to divide; the tier keeps `11月` against `10月底前` scored the same as the
 * unit's own words for it (`延期完成`), which are read in the tiers.
 *
 * An actual in words is the unit's account of when: `按时/按期/如期/提前完成` are 达成 and `未完成`, `延期`,
 * `未按时` 未达成 (rules/qualitativeTiers.ts). A bare `已完成` is 达成 too: the 自评 covers the year, so a
 * reviewer reads it as done within it.
 */
export function scoreDeadline(row: IndicatorRow, deadline: DateQuantity, weight: number, settings: Settings): Outcome {
  const actual = row.actual;
  if (actual.kind === 'empty') return missingActual(row);
  if (actual.kind === 'qualitative') return scoreQualitative(row, weight, settings);
  if (actual.kind !== 'date') return unitMismatch(row, 'parse-error.dateMismatch');
  if (!isOnOrBefore(actual, deadline)) return scoreInTier(row, 'unmet', weight, settings);
  return { score: weight, met: true, flags: statedScoreFlags(row, weight, weight, settings) };
}
