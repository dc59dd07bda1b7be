/**
 * The file shell: .xlsx files in, WorkbookSnapshots out, and the result sheets written back, with ExcelJS.
 * The only folder besides src/excel that knows how a workbook is stored; nothing here scores or flags.
 */
export { readWorkbook, openWorkbook } from './readWorkbook';
export type { ReadWorkbookOptions, OpenedWorkbook } from './readWorkbook';
export { WorkbookReadError } from './WorkbookReadError';
export type { WorkbookReadErrorCode } from './WorkbookReadError';
export { writeOutputWorkbook } from './writeOutputWorkbook';
export type { WriteOutputOptions } from './writeOutputWorkbook';
export { WorkbookWriteError } from './WorkbookWriteError';
export type { WorkbookWriteErrorCode } from './WorkbookWriteError';
export { ExcelJsWorkbookPort } from './ExcelJsWorkbookPort';
export { saveWorkbook } from './saveWorkbook';
