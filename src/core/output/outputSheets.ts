import type { SheetSnapshot } from '../snapshot';
import { SETTINGS_MARKER } from '../settings/storedSettings';
import type { OutputSheetId, SheetModel } from './SheetModel';

/** The five result sheets, in the order they are added after the user's own sheets. */
export const OUTPUT_SHEET_IDS: readonly OutputSheetId[] = ['overview', 'budget', 'indicators', 'form', 'report'];

/**
 * Their names. Not translated: a name is how the user, the next run and the Office.js shell find a sheet, so
 * `--lang en` writes English inside the same five sheets rather than a second set beside them.
 */
export const OUTPUT_SHEET_NAMES: Readonly<Record<OutputSheetId, string>> = {
  overview: '自评_总览',
  budget: '自评_预算执行',
  indicators: '自评_绩效指标',
  form: '自评_自评表',
  report: '自评_报告',
};

/**
 * How a sheet is known to be ours rather than the user's: a workbook-level defined name beginning with
 * MARKER_PREFIX that refers to A1 of the sheet (`BudgetPerf_Output_overview` → `'自评_总览'!$A$1`).
 * A defined name is stored in the file by every spreadsheet program, follows its sheet when Excel renames
 * it, is not copied by a select-all of the sheet (a marker cell would land in the official template), and
 * both ExcelJS and Office.js (`workbook.names`, ExcelApi 1.4) read and write it. A sheet the user made and
 * happened to call 自评_总览 has no such name, so it is never taken for ours.
 */
export const MARKER_PREFIX = 'BudgetPerf_';

/** Working names during a run: `~自评_总览` for a new sheet being written, `~旧自评_总览` for the one it replaces. */
export const OLD_PREFIX = '旧';

/** The marker of a finished result sheet. */
export function markerFor(id: OutputSheetId): string {
  return `${MARKER_PREFIX}Output_${id}`;
}

/** The marker of a sheet still being written; one left behind by a failed run is deleted by the next. */
export function tempMarkerFor(id: OutputSheetId): string {
  return `${MARKER_PREFIX}Temp_${id}`;
}

/** The marker of a previous result set aside during the swap, to be deleted once its replacement is in place. */
export function oldMarkerFor(id: OutputSheetId): string {
  return `${MARKER_PREFIX}Old_${id}`;
}

export function isOldMarker(name: string): boolean {
  return name.startsWith(`${MARKER_PREFIX}Old_`);
}

export function isOwnMarker(name: string): boolean {
  return name.startsWith(MARKER_PREFIX);
}

export function isTempMarker(name: string): boolean {
  return name.startsWith(`${MARKER_PREFIX}Temp_`);
}

/** A defined name of ours and the sheet it points to. */
export interface OutputMarker {
  readonly marker: string;
  readonly sheet: string;
}

/** The sheets our markers point to: the ones a shell leaves out of the snapshot it evaluates. */
export function ownSheetNames(markers: readonly OutputMarker[]): Set<string> {
  return new Set(markers.filter((m) => isOwnMarker(m.marker)).map((m) => m.sheet));
}

/**
 * How a sheet is known to be ours by its content: a hidden cell at the right of its first row holds the
 * text of its marker (`BudgetPerf_Output_budget`). A copy of a result sheet (自评_预算执行 (2)) carries the
 * cell but not the defined name, so it is neither read as the user's data nor replaced as ours.
 */
export function contentMarkerFor(id: OutputSheetId): string {
  return markerFor(id);
}

// The settings sheet carries its own marker; it is ours as much as the result sheets are.
const CONTENT_MARKER = new Set<string>([...OUTPUT_SHEET_IDS.map(contentMarkerFor), SETTINGS_MARKER]);

/** True when `text` is the content marker of one of our sheets. */
export function isContentMarker(text: unknown): boolean {
  return typeof text === 'string' && CONTENT_MARKER.has(text);
}

/** Rows of a sheet searched for the marker: its title row, and a couple more for rows the user inserted above. */
const MARKER_ROWS = 3;

/** True for a sheet that carries our content marker: our settings sheet, one of our result sheets, or a copy of one. */
export function isResultSheet(sheet: SheetSnapshot): boolean {
  for (const row of sheet.rows.slice(0, MARKER_ROWS)) if (row.some(isContentMarker)) return true;
  return false;
}

/** The model with its content marker in a hidden column just right of its last one, on its first row. */
export function withContentMarker(model: SheetModel): SheetModel {
  const col = model.columns.length;
  // After the first row's cells, so that cells stay in row-major order (a writer need not sort 180 000 of them).
  let at = 0;
  while (at < model.cells.length && model.cells[at].row === 0) at++;
  const cells = [...model.cells];
  cells.splice(at, 0, { row: 0, col, value: contentMarkerFor(model.id), style: 'marker', format: '@', link: undefined });
  return { ...model, columns: [...model.columns, { width: 2, hidden: true }], cells };
}

// `~自评_总览`, `~自评_总览2`, `~旧自评_总览`: the names planReplace gives sheets while it works.
const WORKING_NAME = new RegExp(`^~(${OLD_PREFIX})?(${OUTPUT_SHEET_IDS.map((id) => OUTPUT_SHEET_NAMES[id]).join('|')})\\d*$`);

/**
 * A sheet a stopped run may have left behind that the next run deletes: one of our working `~` sheets that
 * carries our content, or that is still empty (Excel added it, the run stopped before it was marked).
 */
export function isLeftoverSheet(sheet: SheetSnapshot): boolean {
  if (!WORKING_NAME.test(sheet.name)) return false;
  return isResultSheet(sheet) || sheet.rows.every((row) => row.every((value) => value === null));
}
