import type { MessageKey } from '../messages';
import type { Settings } from '../rules';
import { percentPoints } from '../view/formatNumbers';
import { NUMBER_SPECS } from './settingSpecs';
import { fractionOf, numberText, parseNumberInput, type InputRange } from './numberInput';

export type NumberSettingName = 'lowExecutionThreshold' | 'targetTooLowRatio' | 'scoreTolerance';

/** A setting typed as a number: its words, the range it accepts as typed, and whether it is typed in percent. */
export interface NumberSetting {
  readonly name: NumberSettingName;
  readonly label: MessageKey;
  readonly hint: MessageKey;
  readonly range: InputRange;
  /** Typed as percent points (90), held as a fraction (0.9). */
  readonly percent: boolean;
}

/** The number settings of the core's schema, in the order the pane shows them, with ranges as typed. */
export const NUMBER_SETTINGS: readonly NumberSetting[] = NUMBER_SPECS.map((spec) => ({
  name: spec.name as NumberSettingName,
  label: spec.label,
  hint: spec.hint,
  range: spec.percent ? { min: spec.min * 100, max: spec.max * 100 } : { min: spec.min, max: spec.max },
  percent: spec.percent,
}));

/** The text a setting's field shows for a value: 0.9 → `90` for a percent setting. */
export function settingText(setting: NumberSetting, value: number): string {
  return setting.percent ? percentPoints(value) : numberText(value);
}

/** What the user typed, as the setting's value (`92.5` → 0.925), or null when it is not acceptable. */
export function settingValue(setting: NumberSetting, text: string): number | null {
  const typed = parseNumberInput(text, setting.range);
  if (typed === null) return null;
  return setting.percent ? fractionOf(typed) : typed;
}

/** The settings with one number changed, for StoredSettings.settings (only what the user set is stored). */
export function withNumberSetting(settings: Partial<Settings>, name: NumberSettingName, value: number): Partial<Settings> {
  return { ...settings, [name]: value };
}
