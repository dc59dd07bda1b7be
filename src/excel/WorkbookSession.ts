import type { ColumnMapping, Language, Settings, SheetModel, TableSummary, WorkbookEvaluation } from '../core';

/** What travels with the workbook (workbook.settings): the user's settings and column corrections. */
export interface StoredSettings {
  readonly settings: Partial<Settings>;
  readonly columns: ColumnMapping;
}

/** The workbook as the pane first shows it, before any recalculation. */
export interface WorkbookState {
  readonly tables: readonly TableSummary[];
  readonly stored: StoredSettings;
  /** False on an Excel without ExcelApi 1.13: merged cells are not seen, two-row headers may be misread. */
  readonly mergesSupported: boolean;
  /** What this Excel cannot do, for the pane to say (hostFeatures.ts). */
  readonly missing: readonly MissingFeature[];
}

/** write: no result sheets (before ExcelApi 1.9); settings: none kept in the workbook (1.4); merges: none seen (1.13). */
export type MissingFeature = 'write' | 'settings' | 'merges';

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
  /** The sheets written, in tab order (the pane copies the 自评表 grid and the paragraphs from them). */
  readonly sheets: readonly SheetModel[];
  readonly tables: readonly TableSummary[];
}

/**
 * Everything the pane asks of the workbook. Each call is one Excel.run; the pane never sees Office.js.
 * A rejected promise carries a SessionError whose message says, in the user's language, what failed and
 * what the workbook holds now.
 */
export interface WorkbookSession {
  inspect(language?: Language): Promise<WorkbookState>;
  /** Reads, evaluates, writes the 自评_ sheets and stores `stored` in the workbook. */
  recalculate(stored: StoredSettings, language: Language, onProgress?: (progress: RecalcProgress) => void): Promise<RecalcResult>;
  /** Activates `sheet` and selects `cell` (`E12` or `D7:E7`); a sheet no longer there is said in `language`. */
  selectCell(sheet: string, cell: string, language?: Language): Promise<void>;
  saveSettings(stored: StoredSettings, language?: Language): Promise<void>;
}
