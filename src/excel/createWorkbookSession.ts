import {
  buildOutputSheets, evaluateWorkbook, formatMessage, isLeftoverSheet, NO_STORED_SETTINGS, parseStoredSettings,
  readStoredSettings, replaceOutputSheets, tablesOf, type StoredSettings,
} from '../core';
import type { ExcelHost } from './ExcelHost';
import { hostFeatures, type HostFeatures } from './hostFeatures';
import { OfficeWorkbookPort } from './OfficeWorkbookPort';
import { readWorkbook, type ReadSnapshotOptions, type WorkbookRead } from './readWorkbook';
import { explained, OFFICE_WORDS, officeErrorCode, officeErrorDetail, SessionError } from './sessionErrors';
import { saveSettingsSheet } from './writeSettingsSheet';
import type { MissingFeature, RecalcResult, WorkbookSession, WorkbookState } from './WorkbookSession';

/**
 * Where releases before the settings sheet kept the settings: Office.js's workbook.settings (ExcelApi 1.4),
 * which no other shell can see. Read when a workbook has no settings sheet yet; the next save moves them.
 */
export const LEGACY_SETTING_KEY = 'BudgetPerf.settings';

/** One Excel.run around an action (runInExcel in Excel; a fake in tests). */
export type HostRunner = <T>(action: (host: ExcelHost) => Promise<T>) => Promise<T>;

export interface SessionEnvironment {
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  readonly supportsExcelApi: (version: string) => boolean;
  /** The moment of a run, printed on 自评_总览. */
  readonly now: () => Date;
  /** Request and response sizes for the writer and the reader; the defaults suit Excel on the web. */
  readonly limits?: { readonly maxBytesPerResponse?: number; readonly maxBytesPerSync?: number };
}

/**
 * The pane's view of the workbook: each call one Excel.run that reads, evaluates with the engine and, for
 * recalculate, writes the 自评_ sheets through replaceOutputSheets. Every call checks the requirement sets
 * it needs first (hostFeatures.ts), and every failure reaches the pane as a SessionError in the user's
 * language, with Excel's own code and text kept as its detail.
 */
export function createWorkbookSession(run: HostRunner, env: SessionEnvironment): WorkbookSession {
  const features = hostFeatures(env.supportsExcelApi);
  const readOptions: ReadSnapshotOptions = { features, settingKey: LEGACY_SETTING_KEY, maxBytesPerResponse: env.limits?.maxBytesPerResponse };

  return {
    inspect: (language = 'zh-CN') =>
      explained(language, OFFICE_WORDS, () =>
        run(async (host): Promise<WorkbookState> => {
          const read = await readWorkbook(host, readOptions);
          const stored = storedIn(read);
          const evaluation = evaluateWorkbook(read.snapshot, stored.settings, stored.columns);
          return { tables: tablesOf(evaluation), stored, mergesSupported: features.merges, missing: missingFeatures(features) };
        }),
      ),

    recalculate: (language, onProgress = () => undefined) =>
      explained(language, OFFICE_WORDS, () => {
        if (!features.write) throw new SessionError(formatMessage('pane.cannotWrite', {}, language), '');
        return run(async (host): Promise<RecalcResult> => {
          onProgress({ step: 'read', done: 0, total: 1 });
          const read = await readWorkbook(host, readOptions);
          const stored = storedIn(read);
          onProgress({ step: 'evaluate', done: 0, total: 1 });
          const evaluation = evaluateWorkbook(read.snapshot, stored.settings, stored.columns);
          const sheets = buildOutputSheets(evaluation, language, env.now());
          // No table, no result: nothing is written, and the pane says what was looked for.
          if (sheets.length === 0) return { evaluation, sheets: [], tables: [] };
          const progress = (done: number): void => onProgress({ step: 'write', done, total: sheets.length });
          progress(0);
          const leftovers = read.snapshot.sheets.filter(isLeftoverSheet).map((sheet) => sheet.name);
          const port = new OfficeWorkbookPort(host, { ...read, leftovers }, { maxBytesPerSync: env.limits?.maxBytesPerSync, onSheetWritten: progress });
          await replaceOutputSheets(port, sheets);
          return { evaluation, sheets: sheets.map((sheet) => sheet.name), tables: tablesOf(evaluation) };
        });
      }),

    selectCell: (sheet, cell, language = 'zh-CN') =>
      explained(language, OFFICE_WORDS, () =>
        run(async (host) => {
          const target = host.workbook.worksheets.getItem(sheet);
          target.activate();
          target.getRange(cell).select();
          try {
            await host.sync();
          } catch (error) {
            // One sync: a sheet deleted or renamed since the flag was raised is Excel's ItemNotFound, said in words.
            if (officeErrorCode(error) === 'ItemNotFound') throw new SessionError(formatMessage('excel.sheetMissing', { sheet }, language), officeErrorDetail(error));
            throw error;
          }
        }),
      ),

    saveSettings: (stored: StoredSettings, language = 'zh-CN') =>
      explained(language, OFFICE_WORDS, () =>
        run((host) => saveSettingsSheet(host, stored, language)),
      ),
  };
}

/** The workbook's settings: its settings sheet, else what an earlier release kept in workbook.settings. */
function storedIn(read: WorkbookRead): StoredSettings {
  return readStoredSettings(read.snapshot) ?? (read.setting === undefined ? NO_STORED_SETTINGS : parseStoredSettings(read.setting));
}

/** What the pane tells the user this Excel cannot do, from the most to the least consequential. */
function missingFeatures(features: HostFeatures): MissingFeature[] {
  const missing: MissingFeature[] = [];
  if (!features.write) missing.push('write');
  if (!features.merges) missing.push('merges');
  return missing;
}
