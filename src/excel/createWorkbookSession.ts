import {
  buildOutputSheets, evaluateWorkbook, formatMessage, OutputSheetConflictError, replaceOutputSheets, tablesOf, type Language,
} from '../core';
import type { ExcelHost } from './ExcelHost';
import { OfficeWorkbookPort } from './OfficeWorkbookPort';
import { readWorkbook, type ReadSnapshotOptions } from './readWorkbook';
import { parseStoredSettings, SETTING_KEY, storedValue } from './storedSettings';
import type { RecalcResult, StoredSettings, WorkbookSession, WorkbookState } from './WorkbookSession';

/** One Excel.run around an action (runInExcel in Excel; a fake in tests). */
export type HostRunner = <T>(action: (host: ExcelHost) => Promise<T>) => Promise<T>;

export interface SessionEnvironment {
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  readonly supportsExcelApi: (version: string) => boolean;
  /** The moment of a run, printed on 自评_总览. */
  readonly now: () => Date;
  /** Request sizes for the reader and the writer; the defaults suit Excel on the web. */
  readonly limits?: { readonly maxCellsPerRequest?: number; readonly maxBytesPerSync?: number };
}

/**
 * The pane's view of the workbook: each call one Excel.run that reads, evaluates with the engine and, for
 * recalculate, writes the 自评_ sheets through replaceOutputSheets. Errors reach the pane as Errors whose
 * message is already in the user's language.
 */
export function createWorkbookSession(run: HostRunner, env: SessionEnvironment): WorkbookSession {
  const mergesSupported = env.supportsExcelApi('1.13');
  const readOptions: ReadSnapshotOptions = { merges: mergesSupported, settingKey: SETTING_KEY, maxCellsPerRequest: env.limits?.maxCellsPerRequest };

  return {
    inspect: () =>
      run(async (host): Promise<WorkbookState> => {
        const read = await readWorkbook(host, readOptions);
        const stored = parseStoredSettings(read.setting);
        const evaluation = evaluateWorkbook(read.snapshot, stored.settings, stored.columns);
        return { tables: tablesOf(evaluation), stored, mergesSupported };
      }),

    recalculate: (stored, language, onProgress = () => undefined) =>
      explained(language, () =>
        run(async (host): Promise<RecalcResult> => {
          onProgress({ step: 'read', done: 0, total: 1 });
          const read = await readWorkbook(host, readOptions);
          onProgress({ step: 'evaluate', done: 0, total: 1 });
          const evaluation = evaluateWorkbook(read.snapshot, stored.settings, stored.columns);
          const sheets = buildOutputSheets(evaluation, language, env.now());
          // No table, no result: nothing is written, and the pane says what was looked for.
          if (sheets.length === 0) return { evaluation, sheets, tables: [] };
          const progress = (done: number): void => onProgress({ step: 'write', done, total: sheets.length });
          progress(0);
          host.workbook.settings.add(SETTING_KEY, storedValue(stored));
          const port = new OfficeWorkbookPort(host, read, { maxBytesPerSync: env.limits?.maxBytesPerSync, onSheetWritten: progress });
          await replaceOutputSheets(port, sheets);
          return { evaluation, sheets, tables: tablesOf(evaluation) };
        }),
      ),

    selectCell: (sheet, cell, language = 'zh-CN') =>
      run(async (host) => {
        const target = host.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        try {
          await host.sync();
        } catch (error) {
          // One sync: a sheet deleted or renamed since the flag was raised is Excel's ItemNotFound, said in words.
          if (isItemNotFound(error)) throw new Error(formatMessage('excel.sheetMissing', { sheet }, language), { cause: error });
          throw error;
        }
      }),

    saveSettings: (stored: StoredSettings) =>
      run(async (host) => {
        host.workbook.settings.add(SETTING_KEY, storedValue(stored));
        await host.sync();
      }),
  };
}

/** Office.js rejects a sync with an OfficeExtension.Error whose `code` names the failure. */
function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ItemNotFound';
}

/**
 * A failure in the user's words: a name clash says which sheet to rename; anything Excel reports is named
 * as Excel's, with the reassurance that the previous results are still there (replaceOutputSheets).
 */
async function explained<T>(language: Language, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof OutputSheetConflictError) throw new Error(error.messageIn(language), { cause: error });
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(formatMessage('excel.failed', { detail }, language), { cause: error });
  }
}
