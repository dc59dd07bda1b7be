import type { IndicatorRow } from '../model';
import type { MeasuredQuantity, Quantity } from '../numbers';
import { sameUnit } from '../numbers';
import type { Flag } from '../report';
import { DURATION_UNITS, TIME_LEVEL2, type IndicatorDirection, type Settings } from '../rules';
import { round2 } from './display';
import { flag } from './flag';
import { scoreDeadline } from './scoreDeadline';
import { scoreQualitative } from './scoreQualitative';
import { statedScoreFlags } from './statedScoreFlags';
import { flaggedAt, missingActual, unitMismatch } from './unscoredActual';
import { appendAll } from '../collections';

export interface IndicatorScore {
  /** Null when the figures do not allow a score (a flag says why); it then counts as 0 in its category. */
  readonly score: number | null;
  readonly flags: Flag[];
}

/** SCORING.md "Indicators": one row's score and flags. */
export function scoreIndicator(row: IndicatorRow, settings: Settings): IndicatorScore {
  const flags: Flag[] = [...row.flags];
  const weight = row.weight;
  if (weight === null) {
    if (!flaggedAt(row, row.weightCell)) {
      flags.push(flag('missing-value', 'warning', row.weightCell, 'missing-value.weight', { name: row.name }));
    }
    return { score: null, flags };
  }
  if (row.target.kind === 'empty') {
    if (!flaggedAt(row, row.targetCell)) {
      flags.push(flag('missing-value', 'warning', row.targetCell, 'missing-value.target', { name: row.name }));
    }
    return { score: null, flags };
  }
  // An actual that could not be read (an Excel error) is no evidence either way.
  if (flaggedAt(row, row.actualCell)) return { score: null, flags };
  const outcome = scoreTarget(row, row.target, weight, settings);
  appendAll(flags, outcome.flags);
  if (outcome.met === false) {
    flags.push(flag('indicator-unmet', 'warning', row.actualCell, 'indicator-unmet', { name: row.name, target: row.targetText, actual: row.actualText || '—' }));
    if (row.reason.trim() === '') {
      flags.push(flag('missing-deviation-reason', 'warning', row.reasonCell, 'missing-deviation-reason', { name: row.name }));
    }
  }
  return { score: outcome.score, flags };
}

/** What scoring one row found, before the unmet flags common to both kinds of target. */
export interface Outcome {
  readonly score: number | null;
  /** Null when it cannot be told (no actual). */
  readonly met: boolean | null;
  readonly flags: Flag[];
}

/**
 * SCORING.md: no operator is forward, except under 成本 and for a duration under a 时效指标 (time targets are
 * reverse indicators: `办结时限 | 5个工作日`).
 */
function directionWithoutOperator(row: IndicatorRow, target: MeasuredQuantity): IndicatorDirection {
  if (row.category === 'cost') return 'reverse';
  return TIME_LEVEL2.test(row.level2) && DURATION_UNITS.includes(target.unit) ? 'reverse' : 'forward';
}

/** The rule for the kind of target: words in tiers, a date as a deadline, a number in proportion. */
function scoreTarget(row: IndicatorRow, target: Exclude<Quantity, { kind: 'empty' }>, weight: number, settings: Settings): Outcome {
  if (target.kind === 'qualitative') return scoreQualitative(row, weight, settings);
  if (target.kind === 'date') return scoreDeadline(row, target, weight, settings);
  return scoreMeasured(row, target, weight, settings);
}

/**
 * Forward: actual ≥ target is the full 分值, else 分值 × actual / target; reverse: actual ≤ target is full,
 * else 分值 × target / actual; clamped to [0, 分值] (财预〔2020〕10号 scores a shortfall in proportion).
 */
function scoreMeasured(row: IndicatorRow, target: MeasuredQuantity, weight: number, settings: Settings): Outcome {
  const actual = row.actual;
  if (actual.kind === 'empty') return missingActual(row);
  if (actual.kind === 'qualitative') {
    return { score: null, met: null, flags: [flag('parse-error', 'error', row.actualCell, 'parse-error.number', { value: row.actualText })] };
  }
  // A date (`9月`) against a number or a duration (`≤3个月`) is not the same measure.
  if (actual.kind === 'date') return unitMismatch(row, 'parse-error.dateMismatch');
  if (!sameUnit(target.unit, actual.unit)) return unitMismatch(row);
  const direction = target.direction ?? actual.direction ?? directionWithoutOperator(row, target);
  const t = target.value;
  const a = actual.value;
  const close = Math.abs(a - t) <= 1e-9 * Math.max(1, Math.abs(t));
  const met = close || (direction === 'forward' ? a > t : a < t);
  let raw: number;
  if (met) raw = weight;
  else if (direction === 'forward') raw = t > 0 ? (weight * a) / t : weight;
  else raw = a > 0 ? (weight * t) / a : weight;
  const score = round2(Math.min(weight, Math.max(0, raw)));
  const flags = statedScoreFlags(row, score, weight, settings);
  if (direction === 'forward' && t > 0 && a >= settings.targetTooLowRatio * t * (1 - 1e-12)) {
    const ratio = `${Math.round((a / t) * 100)}%`;
    flags.push(flag('target-too-low', 'info', row.targetCell, 'target-too-low', { name: row.name, actual: row.actualText, target: row.targetText, ratio }));
  }
  return { score, met, flags };
}
