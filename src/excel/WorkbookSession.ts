import type { CellContext, FlagSection, Language, PaneCopies, StoredSettings, TableSummary, WorkbookEvaluation } from '../core';

export type { StoredSettings } from '../core';

/** The workbook as the pane first shows it, before any recalculation. */
export interface WorkbookState {
  readonly tables: readonly TableSummary[];
  readonly stored: StoredSettings;
  /** False on an Excel without ExcelApi 1.13: merged cells are not seen, two-row headers may be misread. */
  readonly mergesSupported: boolean;
  /** What this Excel cannot do, for the pane to say (hostFeatures.ts). */
  readonly missing: readonly MissingFeature[];
}

/** write: no result sheets (before ExcelApi 1.9); merges: none seen (before 1.13). */
export type MissingFeature = 'write' | 'merges';

export type RecalcStep = 'read' | 'evaluate' | 'write';

/** `done` of `total` units of the current step (sheets read, chunks written). */
export interface RecalcProgress {
  readonly step: RecalcStep;
  readonly done: number;
  readonly total: number;
}

export interface RecalcResult {
  /** Every form of the workbook, each its own evaluation (none when no table was found). */
  readonly evaluation: WorkbookEvaluation;
  /** The names of the sheets written (or, in the web page, laid out for the download), in tab order. */
  readonly sheets: readonly string[];
  readonly tables: readonly TableSummary[];
  /**
   * Each form's copies and flag groups in the language of the run, in the order of `evaluation.evaluations`,
   * where the session worked them out itself (the web page's worker, so that the page's thread stays free). Its
   * evaluations then come without their lines, which the pane does not show: 20 000 of them would hold the
   * page's thread for some 180 ms just to be received.
   */
  readonly views?: readonly FormViews[];
}

export interface FormViews {
  readonly copies: PaneCopies;
  readonly flags: readonly FlagSection[];
}

/**
 * Everything the pane asks of the workbook. Each call is one Excel.run; the pane never sees Office.js.
 * A rejected promise carries a SessionError whose message says, in the user's language, what failed and
 * what the workbook holds now.
 */
export interface WorkbookSession {
  inspect(language?: Language): Promise<WorkbookState>;
  /** Reads (the settings stored in the workbook too), evaluates, and writes the 自评_ sheets. */
  recalculate(language: Language, onProgress?: (progress: RecalcProgress) => void): Promise<RecalcResult>;
  /** Activates `sheet` and selects `cell` (`E12` or `D7:E7`); a sheet no longer there is said in `language`. */
  selectCell(sheet: string, cell: string, language?: Language): Promise<void>;
  /** Stores the settings in the workbook (its settings sheet), where the next read finds them. */
  saveSettings(stored: StoredSettings, language?: Language): Promise<void>;
  /**
   * Where there is no spreadsheet to select a cell in (the web page): the flagged cell's row, which the pane
   * shows under the flag instead of calling selectCell.
   */
  describeCell?(sheet: string, cell: string, language: Language): Promise<CellContext>;
}
