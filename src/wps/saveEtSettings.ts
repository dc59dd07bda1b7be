import { SETTINGS_SHEET_NAME, settingsSheetRows, type Language, type StoredSettings } from '../core';
import type { EtWorkbook } from './EtHost';
import { listWorksheets } from './readEtWorkbook';

const XL_SHEET_VERY_HIDDEN = 2;

/**
 * Stores the settings in the settings sheet (core/settings/storedSettings.ts), added after the last sheet if the
 * workbook has none yet: its cells as text (JSON must not be taken for a formula), the sheet very hidden, so
 * that it is in no sheet list the user sees, yet every shell reads it from the file.
 */
export function saveEtSettings(workbook: EtWorkbook, stored: StoredSettings, language: Language): void {
  const { Worksheets } = workbook;
  const existing = listWorksheets(workbook).find((sheet) => sheet.Name === SETTINGS_SHEET_NAME);
  const sheet = existing ?? Worksheets.Add(undefined, Worksheets.Item(Worksheets.Count));
  if (!existing) sheet.Name = SETTINGS_SHEET_NAME;
  const cells = sheet.Range('A1:B2');
  cells.NumberFormat = '@';
  cells.Value2 = settingsSheetRows(stored, language);
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
}
