/**
 * The file shell: .xlsx files in, WorkbookSnapshots out, and the result sheets added to a copy of the package.
 * The only folder besides src/excel that knows how a workbook is stored; nothing here scores or flags.
 */
export { readWorkbook, openWorkbook } from './readWorkbook';
export type { ReadWorkbookOptions, OpenedWorkbook } from './readWorkbook';
export { WorkbookReadError } from './WorkbookReadError';
export type { WorkbookReadErrorCode } from './WorkbookReadError';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './zip/ExpansionBudget';
export { readPackage } from './package/readPackage';
export type { XlsxPackage } from './package/XlsxPackage';
export { WorkbookWriteError } from './WorkbookWriteError';
export type { WorkbookWriteErrorCode } from './WorkbookWriteError';
export { writeOutputWorkbook } from './writeOutputWorkbook';
export { writeNewWorkbook } from './writeNewWorkbook';
export type { WriteOutputOptions } from './writeOutputWorkbook';
