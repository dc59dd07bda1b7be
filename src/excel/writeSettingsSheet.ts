import { SETTINGS_SHEET_NAME, settingsSheetRows, type Language, type StoredSettings } from '../core';
import type { ExcelHost } from './ExcelHost';
import { officeErrorCode } from './sessionErrors';

/**
 * Stores the settings: into the settings sheet where there is one (one sync), else into a new one (a
 * second). Nothing is read first, so an Excel of any requirement set can do it.
 */
export async function saveSettingsSheet(host: ExcelHost, stored: StoredSettings, language: Language): Promise<void> {
  queueSettingsSheet(host, true, stored, language);
  try {
    await host.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'ItemNotFound') throw error;
    queueSettingsSheet(host, false, stored, language);
    await host.sync();
  }
}

/**
 * Queues the settings sheet (storedSettings.ts in the core): added if the workbook has none yet, its cells
 * written as text (JSON must not be taken for a formula), and made very hidden, so that it is in no sheet
 * list the user sees, yet is read by every shell from the file. ExcelApi 1.1 throughout.
 */
export function queueSettingsSheet(host: ExcelHost, exists: boolean, stored: StoredSettings, language: Language): void {
  const { worksheets } = host.workbook;
  const sheet = exists ? worksheets.getItem(SETTINGS_SHEET_NAME) : worksheets.add(SETTINGS_SHEET_NAME);
  const rows = settingsSheetRows(stored, language);
  const range = sheet.getRange('A1:B2');
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows;
  sheet.visibility = 'VeryHidden';
}
