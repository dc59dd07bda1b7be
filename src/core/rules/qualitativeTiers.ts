/**
 * SCORING.md "Indicators", qualitative targets (`有效提升`, `达标`), scored from the actual's wording in
 * three tiers (财预〔2020〕10号): 达成 80–100% of 分值, 部分达成 60–80%, 未达成 0–60%.
 */

export type QualitativeTier = 'met' | 'partial' | 'unmet';

export interface TierBounds {
  /** Lower bound, as a fraction of 分值. */
  readonly min: number;
  /** Upper bound, as a fraction of 分值. */
  readonly max: number;
}

/** 10号's tiers as fractions of 分值; a stated 得分 inside its tier stands, else the nearest bound. */
export const QUALITATIVE_TIER_BOUNDS: Readonly<Record<QualitativeTier, TierBounds>> = {
  met: { min: 0.8, max: 1 },
  partial: { min: 0.6, max: 0.8 },
  unmet: { min: 0, max: 0.6 },
};

/**
 * 未达成 (10号: 未完成/未达成/否). Checked first: `未完成` contains `完成`. The 不… forms negate the positive
 * goal words below (`不满意` contains `满意`).
 */
export const UNMET_WORDS: readonly string[] = [
  '未完成', '未达成', '未实现', '未达到', '未达标', '尚未', '没有完成', '不达标', '不合格', '不到位',
  '不满意', '不及时', '不规范',
  // SCORING.md time goals: `按时`/`及时`/`按期` are unmet by `未按时`, `延期` (and the like).
  '未按时', '未按期', '未如期', '延期', '滞后', '逾期', '超期', '推迟', '延迟', '延误',
  // Work still to be done when the 自评 is written (`预计12月完成`, `将于明年验收`) is 未完成, though it names 完成.
  '预计', '将于',
];

/** 部分达成 (10号: 基本完成/部分完成/基本达成). Checked before the met words: `基本完成` contains `完成`. */
export const PARTIAL_WORDS: readonly string[] = [
  '基本完成', '部分完成', '基本达成', '部分达成', '基本实现', '部分实现', '基本达标', '基本合格', '基本到位',
  '基本满意', '基本落实',
];

/** 达成 (10号: 完成/达成/已完成/实现/达标/合格/是). `是` and `否` count only as the whole cell. */
export const MET_WORDS: readonly string[] = ['已完成', '完成', '达成', '实现', '达到', '达标', '合格'];

/**
 * An actual that repeats the positive goal (`有效提升`, `明显改善`) is read as met: it is the unit's claim in the
 * target's own words. Anything else unrecognised is partial, because a reviewer cannot verify it.
 */
export const POSITIVE_GOAL_WORDS: readonly string[] = [
  '提升', '提高', '改善', '有效', '良好', '显著', '明显', '满意', '到位', '落实', '按时', '及时', '规范', '全覆盖',
  // SCORING.md time goals: `按时`, `及时`, `按期` met by `按时完成`, `已按期完成`.
  '按期', '如期', '提前',
];

/** A met or goal word right after one of these is negated (`未按时`, `没有落实`). */
export const NEGATION_PREFIXES: readonly string[] = ['未', '不', '没', '没有', '无'];

/** Whole-cell answers of a yes/no indicator. */
export const YES_WORDS: readonly string[] = ['是', '有', '已'];
export const NO_WORDS: readonly string[] = ['否', '无', '没有'];
