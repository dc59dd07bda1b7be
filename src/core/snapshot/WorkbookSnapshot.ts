/**
 * The workbook as plain data: what both shells (Office.js and ExcelJS) produce and all the core ever sees.
 * Row and column indices are 0-based inside `rows`; `origin` says where rows[0][0] sits on the sheet,
 * because Office.js hands over the used range, which need not start at A1.
 */

/** An Excel error value such as `#DIV/0!` or `#REF!`, kept as its text. */
export interface CellError {
  readonly error: string;
  /** A formula saved without its result (files written by scripts): there is nothing to show until Excel or WPS calculates it. */
  readonly uncalculated?: boolean;
}

/** The value of a formula cell that has no cached result; its text is empty, so it never reads as a label. */
export const UNCALCULATED: CellError = Object.freeze({ error: '', uncalculated: true });

export type CellValue = string | number | boolean | null | CellError;

/** An inclusive block of cells in sheet coordinates (0-based row and column). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject). */
export interface TableSnapshot {
  readonly name: string;
  readonly range: CellRange;
  readonly hasHeaderRow: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Sheet coordinates of rows[0][0]; { row: 0, col: 0 } is A1. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Cell values; rows may be ragged and short rows mean empty cells. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats parallel to `rows` (`0.00`, `0%`, `General`); absent where the shell did not read them. */
  readonly formats?: readonly (readonly (string | null)[])[];
  readonly merges: readonly CellRange[];
  readonly tables: readonly TableSnapshot[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null;
}
