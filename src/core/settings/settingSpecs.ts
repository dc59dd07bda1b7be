import type { MessageKey } from '../messages';
import { RULE_SET_IDS, type CapBand, type GradeBands, type RuleSetId, type Settings } from '../rules';

/**
 * Every setting a unit may change, described once: its range, how it is shown, and how a value of it is
 * read from JSON (the workbook's stored form, the CLI's --settings file). The pane's fields, the stored
 * form, the CLI and the JSON report all go through these; none has ranges of its own.
 */
export type SettingName = keyof Settings;

interface SpecBase {
  readonly name: SettingName;
  /** The setting's name as the pane and the messages show it. */
  readonly label: MessageKey;
}

/** A number, held as it is scored with; `percent`: shown and typed as percent points (0.9 as `90`). */
export interface NumberSpec extends SpecBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly percent: boolean;
  /** Shown and typed with the pane's help text. */
  readonly hint: MessageKey;
}

export interface ChoiceSpec extends SpecBase {
  readonly kind: 'ruleSet' | 'boolean' | 'capBands' | 'gradeBands';
}

export type SettingSpec = NumberSpec | ChoiceSpec;

export const SETTING_SPECS: Readonly<Record<SettingName, SettingSpec>> = {
  ruleSet: { name: 'ruleSet', kind: 'ruleSet', label: 'settings.ruleSet' },
  lowExecutionThreshold: {
    name: 'lowExecutionThreshold', kind: 'number', min: 0.01, max: 1, percent: true,
    label: 'pane.settings.lowExecution', hint: 'pane.settings.lowExecutionHint',
  },
  targetTooLowRatio: {
    name: 'targetTooLowRatio', kind: 'number', min: 1, max: 10, percent: true,
    label: 'pane.settings.targetTooLow', hint: 'pane.settings.targetTooLowHint',
  },
  scoreTolerance: {
    name: 'scoreTolerance', kind: 'number', min: 0, max: 10, percent: false,
    label: 'pane.settings.scoreTolerance', hint: 'pane.settings.scoreToleranceHint',
  },
  capEnabled: { name: 'capEnabled', kind: 'boolean', label: 'settings.capEnabled' },
  capBands: { name: 'capBands', kind: 'capBands', label: 'settings.capBands' },
  gradeBands: { name: 'gradeBands', kind: 'gradeBands', label: 'settings.gradeBands' },
};

/** The number settings, in the order the pane shows them. */
export const NUMBER_SPECS: readonly NumberSpec[] = Object.values(SETTING_SPECS).filter((spec): spec is NumberSpec => spec.kind === 'number');

/** One value of one setting as read from JSON, or what is wrong with it. */
export type SettingRead = { readonly ok: true; readonly value: Settings[SettingName] } | { readonly ok: false; readonly problem: MessageKey };

export function readSetting(spec: SettingSpec, raw: unknown): SettingRead {
  const valid = ((): boolean => {
    switch (spec.kind) {
      case 'number':
        return isNumberIn(raw, spec.min, spec.max);
      case 'ruleSet':
        return raw === null || RULE_SET_IDS.some((id: RuleSetId) => id === raw);
      case 'boolean':
        return typeof raw === 'boolean';
      case 'capBands':
        return Array.isArray(raw) && raw.every(isCapBand);
      case 'gradeBands':
        return isGradeBands(raw);
    }
  })();
  if (valid) return { ok: true, value: raw as Settings[SettingName] };
  return { ok: false, problem: spec.kind === 'number' && typeof raw === 'number' ? 'settings.outOfRange' : `settings.invalid.${spec.kind}` };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumberIn(value: unknown, low: number, high: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= low && value <= high;
}

function isCapBand(value: unknown): value is CapBand {
  return isRecord(value) && isNumberIn(value.fromRate, 0, 1) && isNumberIn(value.toRate, 0, 1) && value.fromRate < value.toRate && isNumberIn(value.cap, 0, 100);
}

function isGradeBands(value: unknown): value is GradeBands {
  return isRecord(value) && isNumberIn(value.fair, 0, 100) && isNumberIn(value.good, 0, 100) && isNumberIn(value.excellent, 0, 100) &&
    value.fair <= value.good && value.good <= value.excellent;
}
