import type { ColumnMapping } from '../detect';
import type { Language } from '../messages';
import { formatMessage } from '../messages';
import type { Settings } from '../rules';
import { FORMATS, type SheetModel } from '../output/SheetModel';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { isRecord, readSetting, SETTING_SPECS, type SettingName } from './settingSpecs';

/** What travels with the workbook: the user's settings and column corrections. */
export interface StoredSettings {
  readonly settings: Partial<Settings>;
  readonly columns: ColumnMapping;
}

export const NO_STORED_SETTINGS: StoredSettings = { settings: {}, columns: {} };

const VERSION = 1;

/**
 * Where every shell keeps them (DESIGN.md, "Settings travel with the workbook"): a very hidden sheet, which
 * Office.js, WPS's object model and the .xlsx file all read and write alike, holding the marker in A1, a
 * note in B1 and the settings as JSON text in A2. (Office.js's workbook.settings is seen by Office.js alone.)
 */
export const SETTINGS_SHEET_NAME = '自评_设置';
export const SETTINGS_MARKER = 'BudgetPerf_Settings';

/** The settings sheet's cells, from A1: what a shell writes (text, never a formula) before hiding the sheet. */
export function settingsSheetRows(stored: StoredSettings, lang: Language): string[][] {
  const json = JSON.stringify({ version: VERSION, settings: stored.settings, columns: stored.columns });
  return [[SETTINGS_MARKER, formatMessage('settings.sheetNote', {}, lang)], [json, '']];
}

/**
 * The settings sheet as a model, for the shells that write a package (the web page's download): its two rows
 * as text, very hidden, as src/excel writes it cell by cell.
 */
export function settingsSheetModel(stored: StoredSettings, lang: Language): SheetModel<'settings'> {
  const cells = settingsSheetRows(stored, lang).flatMap((row, r) =>
    row.map((value, c) => ({ row: r, col: c, value, style: 'text' as const, format: FORMATS.text })),
  );
  return { id: 'settings', name: SETTINGS_SHEET_NAME, columns: [], rowHeights: [], cells, merges: [], print: { orientation: 'portrait', fitToWidth: false }, veryHidden: true };
}

/** True for the settings sheet: the marker in A1, whatever the sheet is called now. */
export function isSettingsSheet(sheet: SheetSnapshot): boolean {
  return sheet.origin.row === 0 && sheet.origin.col === 0 && sheet.rows[0]?.[0] === SETTINGS_MARKER;
}

/** The stored settings of a workbook, from its settings sheet; null when it has none. */
export function readStoredSettings(snapshot: WorkbookSnapshot): StoredSettings | null {
  for (const sheet of snapshot.sheets) {
    if (!isSettingsSheet(sheet)) continue;
    return parseStoredSettings(textOf(sheet.rows[1]?.[0] ?? null));
  }
  return null;
}

function textOf(value: CellValue): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/**
 * The stored form read defensively: the file may have been edited by another release or by hand, so every
 * part that is not what it should be is left out and its default applies.
 */
export function parseStoredSettings(value: unknown): StoredSettings {
  if (!isRecord(value) || value.version !== VERSION) return NO_STORED_SETTINGS;
  return { settings: isRecord(value.settings) ? keptSettings(value.settings) : {}, columns: parseColumns(value.columns) };
}

function keptSettings(raw: Record<string, unknown>): Partial<Settings> {
  const kept: { [K in SettingName]?: Settings[K] } = {};
  for (const spec of Object.values(SETTING_SPECS)) {
    if (!(spec.name in raw)) continue;
    const read = readSetting(spec, raw[spec.name]);
    if (read.ok) Object.assign(kept, { [spec.name]: read.value });
  }
  return kept;
}

function parseColumns(raw: unknown): ColumnMapping {
  if (!isRecord(raw)) return {};
  const out: Record<string, Record<string, string | null>> = {};
  for (const [table, fields] of Object.entries(raw)) {
    if (!isRecord(fields)) continue;
    const kept: Record<string, string | null> = {};
    for (const [field, column] of Object.entries(fields)) {
      if (column === null || (typeof column === 'string' && /^[A-Z]{1,3}$/.test(column))) kept[field] = column;
    }
    if (Object.keys(kept).length > 0) out[table] = kept;
  }
  return out;
}
