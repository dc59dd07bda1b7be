/**
 * Everything a unit may legitimately change, with the defaults of SCORING.md. The pane shows these and
 * stores them in the workbook; the CLI takes the rule set from --rules.
 */
export type RuleSetId = 'dept-2024' | 'mof-2020';

export const RULE_SET_IDS: readonly RuleSetId[] = ['dept-2024', 'mof-2020'];

/** Overall 执行率 in [fromRate, toRate) caps the total at `cap`. */
export interface CapBand {
  readonly fromRate: number;
  readonly toRate: number;
  readonly cap: number;
}

export interface GradeBands {
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
}

export interface Settings {
  /** The user's choice; null lets each form's title choose (项目支出绩效自评表: mof-2020, else dept-2024). */
  readonly ruleSet: RuleSetId | null;
  /** 0 < 执行率 below this is `low-execution` (a Sichuan rule asks for a reason below 90%). */
  readonly lowExecutionThreshold: number;
  /** A forward indicator at or above this multiple of its target is `target-too-low`. */
  readonly targetTooLowRatio: number;
  /** Stated and computed scores further apart than this are `score-mismatch`. */
  readonly scoreTolerance: number;
  /** 封顶: off by default; seen in one province's 一体化 system manual. */
  readonly capEnabled: boolean;
  readonly capBands: readonly CapBand[];
  /** Lower bounds, inclusive (财政部预算司; 10号 "90（含）-100分为优"). */
  readonly gradeBands: GradeBands;
}

export const DEFAULT_SETTINGS: Settings = {
  ruleSet: null,
  lowExecutionThreshold: 0.9,
  targetTooLowRatio: 1.3,
  scoreTolerance: 0.01,
  capEnabled: false,
  capBands: [
    { fromRate: 0.7, toRate: 0.8, cap: 89 },
    { fromRate: 0.6, toRate: 0.7, cap: 79 },
    { fromRate: 0.5, toRate: 0.6, cap: 69 },
    { fromRate: 0, toRate: 0.5, cap: 59 },
  ],
  gradeBands: { excellent: 90, good: 80, fair: 60 },
};

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}

/** Settings with the rule set one form is scored by. */
export type FormSettings = Settings & { readonly ruleSet: RuleSetId };
