import {
  buildOutputSheets, evaluateWorkbook, formatMessage, isLeftoverSheet, NO_STORED_SETTINGS,
  readStoredSettings, replaceOutputSheets, tablesOf, type Language, type StoredSettings,
} from '../core';
import { explained, SessionError, type HostWords, type RecalcResult, type WorkbookSession, type WorkbookState } from '../excel';
import type { EtApplication, EtWorkbook } from './EtHost';
import { EtWorkbookPort } from './EtWorkbookPort';
import { listWorksheets, readEtWorkbook } from './readEtWorkbook';
import { saveEtSettings } from './saveEtSettings';

export interface WpsSessionEnvironment {
  /** The moment of a run, printed on 自评_总览. */
  readonly now: () => Date;
  /** A turn of the event loop, so that the pane paints its progress between sheets; setTimeout 0 unless a test says otherwise. */
  readonly pause?: () => Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The pane's view of a workbook in WPS 表格, the same WorkbookSession as in Excel: each call reads through the
 * object model, evaluates with the engine and, for recalculate, writes the 自评_ sheets through
 * replaceOutputSheets. WPS's calls are synchronous; the session yields between sheets so that the pane can
 * paint. Every failure reaches the pane as a SessionError in the user's language.
 */
export function createWpsSession(application: () => EtApplication, env: WpsSessionEnvironment): WorkbookSession {
  const pause = env.pause ?? nextTurn;
  const workbook = (language: Language): EtWorkbook => {
    const book = application().ActiveWorkbook;
    if (!book) throw new SessionError(formatMessage('wps.noWorkbook', {}, language), '');
    return book;
  };

  return {
    inspect: (language = 'zh-CN') =>
      explained(language, WPS_WORDS, async (): Promise<WorkbookState> => {
        const { snapshot } = await readEtWorkbook(workbook(language), { pause });
        const stored = readStoredSettings(snapshot) ?? NO_STORED_SETTINGS;
        const evaluation = evaluateWorkbook(snapshot, stored.settings, stored.columns);
        return { tables: tablesOf(evaluation), stored, mergesSupported: true, missing: [] };
      }),

    recalculate: (language, onProgress = () => undefined) =>
      explained(language, WPS_WORDS, async (): Promise<RecalcResult> => {
        const book = workbook(language);
        onProgress({ step: 'read', done: 0, total: 1 });
        const read = await readEtWorkbook(book, { pause, onSheetRead: (done, total) => onProgress({ step: 'read', done, total }) });
        const stored = readStoredSettings(read.snapshot) ?? NO_STORED_SETTINGS;
        onProgress({ step: 'evaluate', done: 0, total: 1 });
        const evaluation = evaluateWorkbook(read.snapshot, stored.settings, stored.columns);
        const sheets = buildOutputSheets(evaluation, language, env.now());
        // No table, no result: nothing is written, and the pane says what was looked for.
        if (sheets.length === 0) return { evaluation, sheets: [], tables: [] };
        const progress = (done: number): void => onProgress({ step: 'write', done, total: sheets.length });
        progress(0);
        const leftovers = read.snapshot.sheets.filter(isLeftoverSheet).map((sheet) => sheet.name);
        const port = new EtWorkbookPort(book, { leftovers, pause, onSheetWritten: progress });
        await withScreenHeld(application(), book, () => replaceOutputSheets(port, sheets));
        return { evaluation, sheets: sheets.map((sheet) => sheet.name), tables: tablesOf(evaluation) };
      }),

    selectCell: (sheet, cell, language = 'zh-CN') =>
      explained(language, WPS_WORDS, async () => {
        const book = workbook(language);
        const target = listWorksheets(book).find((s) => s.Name === sheet);
        if (!target) throw new SessionError(formatMessage('wps.sheetMissing', { sheet }, language), '');
        // Select works on the active sheet only.
        target.Activate();
        target.Range(cell).Select();
      }),

    saveSettings: (stored: StoredSettings, language = 'zh-CN') =>
      explained(language, WPS_WORDS, async () => {
        const book = workbook(language);
        await withScreenHeld(application(), book, async () => saveEtSettings(book, stored, language));
      }),
  };
}

/**
 * Runs `action` with screen updating and WPS's own prompts (deleting a sheet asks first) off, then puts them back
 * and brings the user back to the sheet they were on (adding a sheet activates it): by name, since the sheet may be
 * one of ours that the run replaced. The action's own failure wins over one while putting things back.
 */
async function withScreenHeld<T>(app: EtApplication, book: EtWorkbook, action: () => Promise<T>): Promise<T> {
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  const active = book.ActiveSheet.Name;
  app.ScreenUpdating = false;
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    app.DisplayAlerts = false;
    outcome = { ok: true, value: await action() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const restored = inTurn([
    () => listWorksheets(book).find((sheet) => sheet.Name === active)?.Activate(),
    () => (app.DisplayAlerts = alerts),
    () => (app.ScreenUpdating = screen),
  ]);
  if (!outcome.ok) throw outcome.error;
  if (restored !== null) throw restored;
  return outcome.value;
}

/** Runs every step, even after one fails; the first failure, or null. */
function inTurn(steps: readonly (() => unknown)[]): unknown {
  let failure: unknown = null;
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      failure ??= error;
    }
  }
  return failure;
}

/** WPS's own text of a failure, and wps.failed for one of no known kind. */
const WPS_WORDS: HostWords = {
  detailOf: textOf,
  otherwise: (error, language) => new SessionError(formatMessage('wps.failed', { detail: textOf(error) }, language), textOf(error), { cause: error }),
};

function textOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
