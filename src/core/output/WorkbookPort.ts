import type { SheetModel } from './SheetModel';
import type { OutputMarker } from './outputSheets';

/**
 * The few things the writer asks of a workbook, whoever holds it: ExcelJS in src/xlsx, Office.js in
 * src/excel, an in-memory fake in tests. Each operation is small and obvious; the order they run in, and
 * so the safety of a run, is decided once, in replaceOutputSheets.
 */
export interface WorkbookPort {
  /** Every sheet's name, in tab order; after a failed change, as the workbook has them now. */
  listSheets(): Promise<readonly string[]>;
  /** The workbook-level defined names beginning with MARKER_PREFIX, each with the sheet its range is on. */
  listMarkers(): Promise<readonly OutputMarker[]>;
  /**
   * Working sheets a stopped run left that no marker names (isLeftoverSheet), as far as the port knows
   * them; the next run deletes them first.
   */
  listLeftovers?(): Promise<readonly string[]>;
  /** Adds an empty sheet called `name` after the last one. */
  addSheet(name: string): Promise<void>;
  /** Writes the model's cells, merges, widths, heights, freeze and print settings into a sheet added by addSheet. */
  writeSheet(name: string, model: SheetModel): Promise<void>;
  /** Deletes a sheet and every marker that points to it. */
  deleteSheet(name: string): Promise<void>;
  /** Renames a sheet; the markers pointing to it follow it (Excel does this by itself). */
  renameSheet(from: string, to: string): Promise<void>;
  /** Points `marker` at A1 of `sheet`, creating it or moving it from wherever it pointed. */
  setMarker(marker: string, sheet: string): Promise<void>;
  removeMarker(marker: string): Promise<void>;
  /**
   * Carries out every change asked for so far, or rejects. A port that applies each change as it is asked
   * (ExcelJS, in memory) has nothing to do; one that queues them (Office.js) syncs here.
   */
  flush(): Promise<void>;
}
