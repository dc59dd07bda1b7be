/**
 * The engine's public surface, named: what the shells (CLI, file shell, Office.js, the pane) use. A
 * WorkbookSnapshot in, an Evaluation, its JSON report and its sheets out. Pure: no Office, React, ExcelJS, Node
 * or DOM name anywhere below this folder (tsconfig.core.json compiles it with no ambient types). What is not
 * here is the engine's own; tests reach it through each folder's index.
 */
// A workbook as plain data, and A1 addresses.
export {
  UNCALCULATED, cellAddress, columnLetter, parseRangeAddress, quoteSheetName, splitSheetReference, type CellRange,
  type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot,
} from './snapshot';
export { appendAll } from './collections';
// Every word a person reads, in zh-CN and en.
export {
  LANGUAGES, catalogue, formatMessage, languageFor, sayIn, showPath, stripControls, type Language, type MessageKey,
  type MessageParams, type Say,
} from './messages';
// The published rules and the settings a unit may change.
export { DEFAULT_SETTINGS, RULE_SET_IDS, withDefaults, type RuleSetId, type Settings } from './rules';
// What an evaluation is, and its JSON report (DESIGN.md).
export {
  formName, tablesOf, toJsonReport, type Evaluation, type Flag, type FlagCode, type Grade, type IndicatorResult,
  type JsonEvaluation, type JsonFlag, type JsonReport, type LineResult, type Severity, type WorkbookEvaluation,
} from './report';
// The engine: a snapshot in, an evaluation out.
export { evaluateWorkbook, showRate, showScore } from './evaluate';
// The tables found, and the column corrections a unit may make.
export { type ColumnMapping, type TableField, type TableKind, type TableSummary } from './detect';
// The 自评_ sheets as models, their looks, and how they replace earlier ones through a WorkbookPort.
export {
  BORDER_COLOUR, CELL_FONT, CELL_LOOKS, FORMATS, OUTPUT_SHEET_IDS, OUTPUT_SHEET_NAMES, OutputReplaceError,
  OutputSheetConflictError, STYLE_NAMES, buildFormSheet, buildOutputSheets, isLeftoverSheet, isOwnMarker,
  isResultSheet, replaceOutputSheets, splitQualifiedAddress, type CellLink, type CellLook, type OutputMarker,
  type OutputSheetId, type SheetCell, type SheetModel, type StyleName, type WorkbookPort,
} from './output';
// The settings schema: ranges, input, wording, and the form they take inside the workbook.
export {
  NO_STORED_SETTINGS, NUMBER_SETTINGS, SETTINGS_SHEET_NAME, capBandsText, parseSettings,
  isSettingsSheet, parseStoredSettings, readStoredSettings, settingText, settingValue, settingsSheetModel, settingsSheetRows, withNumberSetting,
  type NumberSetting, type StoredSettings,
} from './settings';
// What a person sees, decided once: scores, flags, report sections, number formats.
export {
  cellContext, cellPlace, cellText, flagView, paneCopies, SUMMARY_FLAG_LIMIT, formatAmount, formatPercent, percentPoints, reportSections, scoreView, sheetTsv,
  type CategoryLine, type CategoryState, type CellContext, type CellPlace, type ContextValue, type FlagLine, type FlagSection, type PaneCopies, type ReportSection,
  type ScoreView,
} from './view';
// A reviewer's summary of many workbooks: a row per form, its sheets, and the table a page shows.
export {
  REVIEW_TABLE_COLUMNS, buildReviewSheets, compareReviewRows, reviewOrder, reviewRowView, reviewWorkbook, type ReviewColumn,
  type ReviewColumnKey, type ReviewFlag, type ReviewRow, type ReviewRowView, type ReviewScoring, type ReviewedWorkbook,
} from './review';
