/**
 * Settings, described once (settingSpecs.ts): their ranges and how they are shown, how a file gives them
 * (parseSettings.ts), and how they travel inside the workbook for every shell (storedSettings.ts).
 */
export { SETTING_SPECS, NUMBER_SPECS, readSetting, type SettingName, type SettingSpec, type NumberSpec, type ChoiceSpec } from './settingSpecs';
export { parseSettings, type ParsedSettings, type SettingProblem } from './parseSettings';
export {
  NO_STORED_SETTINGS, SETTINGS_MARKER, SETTINGS_SHEET_NAME, isSettingsSheet, parseStoredSettings, readStoredSettings, settingsSheetModel, settingsSheetRows,
  type StoredSettings,
} from './storedSettings';
export { parseNumberInput, type InputRange } from './numberInput';
export { NUMBER_SETTINGS, settingText, settingValue, withNumberSetting, type NumberSetting, type NumberSettingName } from './numberSettings';
export { capBandsText } from './capBandsText';
