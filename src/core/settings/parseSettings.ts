import type { MessageKey, MessageParams } from '../messages';
import type { Settings } from '../rules';
import { isRecord, readSetting, SETTING_SPECS, type SettingName } from './settingSpecs';

/** What is wrong with a setting given in a file: a message of the catalogue and its words. */
export interface SettingProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface ParsedSettings {
  readonly settings: Partial<Settings>;
  readonly problems: readonly SettingProblem[];
}

/**
 * Settings given as JSON (`{"lowExecutionThreshold": 0.5}`): every name known and every value in its range
 * is taken; each other one is a problem naming it. The CLI refuses a file with any problem; the workbook's
 * stored form keeps what it can (storedSettings.ts), since another release may have written it.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (!isRecord(raw)) return { settings: {}, problems: [{ key: 'settings.notAnObject', params: { example: '{"lowExecutionThreshold": 0.5}' } }] };
  const settings: { [K in SettingName]?: Settings[K] } = {};
  const problems: SettingProblem[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const spec = Object.prototype.hasOwnProperty.call(SETTING_SPECS, name) ? SETTING_SPECS[name as SettingName] : undefined;
    if (!spec) {
      problems.push({ key: 'settings.unknown', params: { name, known: Object.keys(SETTING_SPECS).join(', ') } });
      continue;
    }
    const read = readSetting(spec, value);
    if (read.ok) Object.assign(settings, { [name]: read.value });
    else problems.push({ key: read.problem, params: rangeParams(name as SettingName, value) });
  }
  return { settings, problems };
}

function rangeParams(name: SettingName, value: unknown): MessageParams {
  const spec = SETTING_SPECS[name];
  const shown = JSON.stringify(value) ?? String(value);
  if (spec.kind === 'number') return { name, value: shown, min: spec.min, max: spec.max };
  return { name, value: shown, example: EXAMPLES[spec.kind] ?? '' };
}

// What a value of each structured kind looks like, for the message that refuses one.
const EXAMPLES: Partial<Record<string, string>> = {
  capBands: '[{"fromRate":0.7,"toRate":0.8,"cap":89}, …]',
  gradeBands: '{"excellent":90,"good":80,"fair":60}',
};
