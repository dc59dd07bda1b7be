import type { CellRange, CellValue } from '../../core';

/** A row with more empty cells than this before a value is kept sparse (holes), not padded with nulls. */
const PAD_LIMIT = 256;
const NO_FORMATS: readonly (string | null)[] = Object.freeze([]);

/** What a sheet's cells become: the snapshot's rows and formats from `origin`, as the ExcelJS reader made them. */
export interface SheetRowsResult {
  readonly origin: { readonly row: number; readonly col: number };
  readonly rows: CellValue[][];
  readonly formats: (readonly (string | null)[])[];
}

/**
 * Cells gathered as a sheet is scanned, by absolute row and column. Rows stay sparse: a row with cells in A
 * and XFD holds two values, not 16 384 (a gap longer than PAD_LIMIT is left as holes, which the core reads as
 * empty); short gaps are padded with null, as the snapshot's rows always were.
 */
export class SheetRows {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];

  set(row: number, col: number, value: CellValue, format: string | null): void {
    if (value !== null) place((this.values[row] ??= []), col, value);
    if (format !== null) place((this.formats[row] ??= []), col, format);
  }

  /** Covered cells of merged ranges hold nothing: the value is the top-left cell's (SheetGrid spreads it). */
  clearCovered(merges: readonly CellRange[]): void {
    for (const merge of merges) {
      const last = Math.min(merge.bottom, this.values.length - 1);
      for (let r = merge.top; r <= last; r++) {
        const start = r === merge.top ? merge.left + 1 : merge.left;
        clearSpan(this.values[r], start, merge.right);
        clearSpan(this.formats[r], start, merge.right);
      }
    }
  }

  /** The used block: from the first row and column holding a value to the last; formats only up to each row's last value. */
  finish(): SheetRowsResult {
    const rows: CellValue[][] = [];
    let firstRow = -1;
    let lastRow = -1;
    let firstCol = Number.POSITIVE_INFINITY;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (!row) continue;
      trimEnd(row);
      if (row.length === 0) continue;
      if (firstRow < 0) firstRow = r;
      lastRow = r;
      firstCol = Math.min(firstCol, firstIndex(row));
    }
    if (firstRow < 0) return { origin: { row: 0, col: 0 }, rows, formats: [] };
    const formats: (readonly (string | null)[])[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const row = this.values[r] ?? [];
      rows.push(shift(row, firstCol, row.length));
      const rowFormats = this.formats[r];
      formats.push(rowFormats ? shift(rowFormats, firstCol, Math.min(rowFormats.length, row.length)) : NO_FORMATS);
    }
    return { origin: { row: firstRow, col: firstCol }, rows, formats };
  }
}

function place<T>(row: (T | null)[], col: number, value: T): void {
  if (col >= row.length && col - row.length <= PAD_LIMIT) while (row.length < col) row.push(null);
  row[col] = value;
}

function clearSpan<T>(row: (T | null)[] | undefined, left: number, right: number): void {
  if (!row) return;
  for (const c of indicesIn(row, left, Math.min(right, row.length - 1))) row[c] = null;
}

/** The indices of a row between `left` and `right` that hold an entry, without walking its holes. */
function indicesIn<T>(row: readonly T[], left: number, right: number): number[] {
  if (right - left <= PAD_LIMIT * 4) {
    const found: number[] = [];
    for (let c = left; c <= right; c++) if (c in row) found.push(c);
    return found;
  }
  return Object.keys(row)
    .map(Number)
    .filter((c) => c >= left && c <= right);
}

/** Drops trailing empty cells (merges cleared some); a hole is skipped to the entry before it in one step. */
function trimEnd(row: CellValue[]): void {
  let length = row.length;
  while (length > 0 && (row[length - 1] === null || row[length - 1] === undefined)) {
    if (length - 1 in row) length--;
    else {
      const keys = indicesIn(row, 0, length - 2);
      length = keys.length === 0 ? 0 : keys[keys.length - 1] + 1;
    }
  }
  row.length = length;
}

function firstIndex(row: readonly CellValue[]): number {
  // A short row is walked in place; a long sparse one through its keys, without walking its holes.
  if (row.length <= PAD_LIMIT * 4) {
    for (let c = 0; c < row.length; c++) if (c in row && row[c] !== null) return c;
    return row.length;
  }
  for (const c of indicesIn(row, 0, row.length - 1)) if (row[c] !== null) return c;
  return row.length;
}

/** The row from column `from` on, `length` long, keeping holes as holes. */
function shift<T>(row: readonly (T | null)[], from: number, length: number): (T | null)[] {
  if (from === 0 && length === row.length) return row as (T | null)[];
  if (length - from <= PAD_LIMIT * 4) return row.slice(from, length);
  const out: (T | null)[] = [];
  for (const c of indicesIn(row, from, length - 1)) out[c - from] = row[c];
  return out;
}
