/**
 * The output side of the engine: the five 自评_ sheets as plain data (SheetModel), and the one writer
 * protocol both shells share (WorkbookPort + replaceOutputSheets). Pure: no ExcelJS, no Office.js.
 */
export type { SheetModel, SheetCell, StyleName, CellLink, PrintSettings, OutputSheetId } from './SheetModel';
export { FORMATS, STYLE_NAMES } from './SheetModel';
export { BORDER_COLOUR, CELL_FONT, CELL_LOOKS, type CellLook } from './cellStyles';
export { buildOutputSheets } from './buildOutputSheets';
export { buildOverviewSheet, formatRunTime } from './buildOverviewSheet';
export { buildBudgetSheet } from './buildBudgetSheet';
export { buildIndicatorSheet } from './buildIndicatorSheet';
export { buildFormSheet } from './buildFormSheet';
export { buildReportSheet } from './buildReportSheet';
export type { OutputMarker } from './outputSheets';
export {
  OUTPUT_SHEET_IDS,
  OUTPUT_SHEET_NAMES,
  MARKER_PREFIX,
  markerFor,
  tempMarkerFor,
  isOwnMarker,
  isTempMarker,
  oldMarkerFor,
  isOldMarker,
  ownSheetNames,
  isResultSheet,
  isLeftoverSheet,
} from './outputSheets';
export { splitQualifiedAddress } from './cellLink';
export type { WorkbookPort } from './WorkbookPort';
export type { ReplacePlan, PlannedWrite } from './planReplace';
export { planReplace } from './planReplace';
export { replaceOutputSheets } from './replaceOutputSheets';
export { OutputSheetConflictError } from './OutputSheetConflictError';
export { OutputReplaceError, type ReplaceOutcome } from './OutputReplaceError';
