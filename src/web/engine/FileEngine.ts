import {
  buildOutputSheets, buildReviewSheets, cellContext, cellPlace, evaluateWorkbook, flagView, formatMessage, paneCopies, NO_STORED_SETTINGS, OutputSheetConflictError,
  readStoredSettings, reviewOrder, reviewRowView, reviewWorkbook, settingsSheetModel, tablesOf, withDefaults, type CellContext, type Language,
  type ReviewFlag, type ReviewRow, type StoredSettings, type TableSummary,
} from '../../core';
import type { RecalcProgress, RecalcResult, WorkbookState } from '../../excel/WorkbookSession';
import { openWorkbookBytes, type OpenedWorkbook } from '../../xlsx/openWorkbookBytes';
import { newWorkbookBytes, resultPort, resultWorkbookBytes } from '../../xlsx/resultPackage';
import { WorkbookReadError } from '../../xlsx/WorkbookReadError';
import type { Download, ReviewedFile } from './protocol';

/** A failure already worded for the person at the page, in the language of the call. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
}

/**
 * The web page's engine, as the CLI is for files: one workbook opened from its bytes (evaluated, described,
 * given settings, downloaded with its 自评_ sheets), or many reviewed into a summary. Runs in the page's
 * worker; nothing here knows of workers, the DOM or Node, so jest drives it as it is.
 */
export class FileEngine {
  private opened: OpenedWorkbook | null = null;
  private name = '';
  private stored: StoredSettings = NO_STORED_SETTINGS;
  /** Settings saved in the page since the file was opened: the download carries them in its settings sheet. */
  private settingsChanged = false;
  /** The tables of the last inspection or recalculation, what a flag's row is headed by; null until evaluated again. */
  private tables: readonly TableSummary[] | null = null;
  private review: { rows: ReviewRow[]; flags: ReviewFlag[]; unreadable: { file: string; reason: string }[] } = { rows: [], flags: [], unreadable: [] };

  constructor(private readonly now: () => Date) {}

  /** Reads the workbook (a WorkbookReadError worded, naming the file); the one opened before stays until then. */
  open(bytes: Uint8Array, name: string, lang: Language): void {
    this.opened = worded(lang, () => openWorkbookBytes(bytes, name, { lang }));
    this.name = name;
    this.stored = readStoredSettings(this.opened.snapshot) ?? NO_STORED_SETTINGS;
    this.settingsChanged = false;
    this.tables = null;
  }

  inspect(lang: Language): WorkbookState {
    const evaluation = evaluateWorkbook(this.workbook(lang).snapshot, this.stored.settings, this.stored.columns);
    const tables = tablesOf(evaluation);
    this.tables = tables;
    return { tables, stored: this.stored, mergesSupported: true, missing: [] };
  }

  /** Evaluates and lays out the 自评_ sheets, as a download would write them (a name clash is said now, not then). */
  async recalculate(lang: Language, onProgress: (progress: RecalcProgress) => void): Promise<RecalcResult> {
    const opened = this.workbook(lang);
    onProgress({ step: 'evaluate', done: 0, total: 1 });
    const evaluation = evaluateWorkbook(opened.snapshot, this.stored.settings, this.stored.columns);
    const sheets = buildOutputSheets(evaluation, lang, this.now());
    if (sheets.length > 0) {
      onProgress({ step: 'write', done: 0, total: sheets.length });
      await failingWorded(lang, () => resultPort(opened, sheets));
    }
    // The page's thread gets each form's views ready, and the evaluations without the lines it would not show.
    const views = evaluation.evaluations.map((form) => ({ copies: paneCopies(form, lang), flags: flagView(form.flags, lang) }));
    const slim = { ...evaluation, evaluations: evaluation.evaluations.map((form) => ({ ...form, lines: [] })) };
    const tables = tablesOf(evaluation);
    this.tables = tables;
    return { evaluation: slim, sheets: sheets.map((sheet) => sheet.name), tables, views };
  }

  describeCell(sheet: string, cell: string, lang: Language): CellContext {
    const place = cellPlace(`${sheet}!${cell}`);
    const opened = this.workbook(lang);
    const context = place === null ? null : cellContext(opened.snapshot, this.tables ?? this.inspect(lang).tables, place);
    if (context === null) throw new EngineError(formatMessage('excel.sheetMissing', { sheet }, lang));
    return context;
  }

  saveSettings(stored: StoredSettings): void {
    this.stored = stored;
    this.settingsChanged = true;
    // Column corrections move the tables' columns: the next description reads them again.
    this.tables = null;
  }

  /** The opened workbook with its 自评_ sheets (and the page's settings, if changed), every user part as it was. */
  async download(lang: Language): Promise<Download> {
    const opened = this.workbook(lang);
    const evaluation = evaluateWorkbook(opened.snapshot, this.stored.settings, this.stored.columns);
    const sheets = buildOutputSheets(evaluation, lang, this.now());
    const settings = this.settingsChanged ? settingsSheetModel(this.stored, lang) : undefined;
    const bytes = await failingWorded(lang, () => resultWorkbookBytes(opened, sheets, this.now(), settings));
    return { bytes: bytes.buffer as ArrayBuffer, name: formatMessage('web.download.resultName', { name: this.name.replace(/\.xlsx$/i, '') }, lang) };
  }

  reviewStart(): void {
    this.review = { rows: [], flags: [], unreadable: [] };
  }

  /** One workbook of a review, scored as the CLI's `review` scores it; an unreadable one is named, never thrown. */
  reviewFile(bytes: Uint8Array, file: string, lang: Language): ReviewedFile {
    try {
      const reviewed = reviewWorkbook(file, openWorkbookBytes(bytes, file, { lang }).snapshot, { settings: {}, ruleSet: null, lang, reports: false });
      this.review.rows.push(...reviewed.rows);
      for (const flag of reviewed.flags) this.review.flags.push(flag);
      return { file, rows: reviewed.rows.sort(reviewOrder).map((row) => reviewRowView(row, lang)) };
    } catch (error) {
      const reason = error instanceof WorkbookReadError ? error.messageIn(lang) : formatMessage('web.unexpected', { reason: reasonOf(error) }, lang);
      this.review.unreadable.push({ file, reason });
      return { file, unreadable: reason };
    }
  }

  /** The summary workbook of the files reviewed so far: 汇总, 问题清单, 无法读取, 说明, as `review --out` writes it. */
  reviewSummary(lang: Language): Download {
    const sheets = buildReviewSheets({ ...this.review, skipped: [], settings: withDefaults({}) }, lang, this.now());
    return { bytes: newWorkbookBytes(sheets, this.now()).buffer as ArrayBuffer, name: formatMessage('web.download.summaryName', {}, lang) };
  }

  private workbook(lang: Language): OpenedWorkbook {
    if (this.opened === null) throw new EngineError(formatMessage('web.noWorkbook', {}, lang));
    return this.opened;
  }
}

/** A read's failure in the user's words, naming the file. */
function worded<T>(lang: Language, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new EngineError(error.messageIn(lang), { cause: error });
    throw error;
  }
}

/** A write's failure in the user's words: a name clash says which sheet to rename. */
async function failingWorded<T>(lang: Language, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof OutputSheetConflictError) throw new EngineError(error.messageIn(lang), { cause: error });
    throw error;
  }
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

