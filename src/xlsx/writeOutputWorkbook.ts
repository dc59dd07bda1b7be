import type { Workbook } from 'exceljs';
import { replaceOutputSheets, type SheetModel, type WorkbookPort } from '../core';
import { ExcelJsWorkbookPort } from './ExcelJsWorkbookPort';
import { saveWorkbook } from './saveWorkbook';

export interface WriteOutputOptions {
  /** Wraps the port the writer uses: tests inject faults here. */
  readonly port?: (port: WorkbookPort) => WorkbookPort;
}

/**
 * The user's workbook with our result sheets replaced, saved as `path`. The user's sheets are never
 * touched (ExcelJS carries their values, formulas, merges and styles over); replaceOutputSheets decides what
 * is replaced and refuses a name clash (OutputSheetConflictError) before any change; saveWorkbook writes the
 * file whole or not at all (WorkbookWriteError).
 */
export async function writeOutputWorkbook(
  workbook: Workbook,
  models: readonly SheetModel[],
  path: string,
  options: WriteOutputOptions = {},
): Promise<void> {
  const port = new ExcelJsWorkbookPort(workbook);
  await replaceOutputSheets(options.port ? options.port(port) : port, models);
  await saveWorkbook(workbook, path);
}
