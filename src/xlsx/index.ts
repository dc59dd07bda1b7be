/**
 * The file shell: .xlsx files in, WorkbookSnapshots out, with ExcelJS. The only folder besides src/excel
 * that knows how a workbook is stored; nothing here scores or flags.
 */
export { readWorkbook } from './readWorkbook';
export type { ReadWorkbookOptions } from './readWorkbook';
export { WorkbookReadError } from './WorkbookReadError';
export type { WorkbookReadErrorCode } from './WorkbookReadError';
