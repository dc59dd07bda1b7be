import type { IndicatorRow } from '../model';
import { qualitativeTier } from '../numbers';
import { QUALITATIVE_TIER_BOUNDS, type QualitativeTier, type Settings } from '../rules';
import { round2, showScore } from './display';
import { flag } from './flag';
import type { Outcome } from './scoreIndicator';
import { statedScoreFlags } from './statedScoreFlags';

/** 10号's three tiers for a qualitative target (`有效提升`): the actual's wording picks the tier. */
export function scoreQualitative(row: IndicatorRow, weight: number, settings: Settings): Outcome {
  const actualText = row.actualText.trim();
  const tier = actualText === '' ? 'unmet' : actualText === row.targetText.trim() ? 'met' : qualitativeTier(actualText);
  return scoreInTier(row, tier, weight, settings);
}

/**
 * A row's score once its tier is known: a stated 得分 inside the tier stands, outside it the nearest bound is
 * used (`score-mismatch`); none stated, the tier's top (SCORING.md "Indicators", 10号).
 */
export function scoreInTier(row: IndicatorRow, tier: QualitativeTier, weight: number, settings: Settings): Outcome {
  const low = round2(QUALITATIVE_TIER_BOUNDS[tier].min * weight);
  const high = round2(QUALITATIVE_TIER_BOUNDS[tier].max * weight);
  const stated = row.statedScore;
  const met = tier === 'met';
  if (stated === null) return { score: high, met, flags: [] };
  if (stated >= low - 1e-9 && stated <= high + 1e-9) return { score: stated, met, flags: [] };
  const score = stated < low ? low : high;
  const overWeight = statedScoreFlags(row, score, weight, settings).filter((f) => f.key === 'score-mismatch.overWeight');
  if (overWeight.length > 0) return { score, met, flags: overWeight };
  const params = { name: row.name, stated: showScore(stated), low: showScore(low), high: showScore(high), computed: showScore(score) };
  return { score, met, flags: [flag('score-mismatch', 'warning', row.scoreCell, `score-mismatch.tier.${tier}`, params)] };
}
