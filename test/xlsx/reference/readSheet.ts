import type { Cell, Row, Worksheet } from 'exceljs';
import { parseRangeAddress, type CellRange, type CellValue, type SheetSnapshot, type TableSnapshot } from '../../../src/core';
import { convertCellValue } from './convertCellValue';

// ExcelJS's ValueType.Merge: a cell covered by a merge, whose `value` echoes the top-left's. The core wants
// the value once, at the top-left (SheetGrid spreads it), so covered cells read as empty. The enum is a
// type-only declaration in ExcelJS's typings, hence the number.
const MERGE_TYPE = 1;
const NO_FORMATS: readonly (string | null)[] = Object.freeze([]);

/**
 * One worksheet as the core sees it. `rows` start at the first used row and column (`origin`), so a sheet
 * whose table sits at C5 carries no empty margin; short rows mean empty cells, as in the snapshot contract.
 * Plain indexed loops over ExcelJS's rows and cells: this runs once per cell of every sheet.
 */
export function readSheet(worksheet: Worksheet): SheetSnapshot {
  const exRows: (Row | undefined)[] = worksheet.findRows(1, worksheet.rowCount) ?? [];
  const rows: CellValue[][] = new Array(exRows.length);
  const formats: (readonly (string | null)[])[] = new Array(exRows.length);
  let firstRow = -1;
  let lastRow = -1;
  let firstCol = Number.POSITIVE_INFINITY;

  for (let r = 0; r < exRows.length; r++) {
    const exRow = exRows[r];
    const values: CellValue[] = [];
    let rowFormats: (string | null)[] | null = null;
    let lastCol = -1;
    const width = exRow ? exRow.cellCount : 0;
    for (let c = 0; c < width; c++) {
      const cell: Cell | undefined = exRow?.findCell(c + 1);
      if (!cell || cell.type === MERGE_TYPE) {
        values.push(null);
        continue;
      }
      const value = convertCellValue(cell.value);
      values.push(value);
      if (value !== null) {
        lastCol = c;
        if (c < firstCol) firstCol = c;
      }
      const numFmt = cell.numFmt;
      if (numFmt) {
        if (!rowFormats) rowFormats = new Array<string | null>(c).fill(null);
        while (rowFormats.length < c) rowFormats.push(null);
        rowFormats.push(numFmt);
      }
    }
    values.length = lastCol + 1;
    if (rowFormats && rowFormats.length > lastCol + 1) rowFormats.length = lastCol + 1;
    rows[r] = values;
    formats[r] = rowFormats ?? NO_FORMATS;
    if (lastCol >= 0) {
      if (firstRow < 0) firstRow = r;
      lastRow = r;
    }
  }

  if (firstRow < 0) {
    return { name: worksheet.name, origin: { row: 0, col: 0 }, rows: [], formats: [], merges: mergesOf(worksheet), tables: tablesOf(worksheet, []) };
  }
  const used = rows.slice(firstRow, lastRow + 1);
  const usedFormats = formats.slice(firstRow, lastRow + 1);
  if (firstCol > 0) {
    for (let r = 0; r < used.length; r++) {
      used[r] = used[r].slice(firstCol);
      if (usedFormats[r].length > 0) usedFormats[r] = usedFormats[r].slice(firstCol);
    }
  }
  const origin = { row: firstRow, col: firstCol };
  return {
    name: worksheet.name,
    origin,
    rows: used,
    formats: usedFormats,
    merges: mergesOf(worksheet),
    tables: tablesOf(worksheet, used, origin),
  };
}

/**
 * The sheet's merged ranges. ExcelJS keeps them in the worksheet's `_merges` map (top-left address → Range);
 * the public `worksheet.model.merges` lists the same ranges but first builds the model of every row, which
 * doubles the time of this whole conversion on a 20 000-row sheet (about 75 ms each). exceljs is pinned
 * (4.4.0), and the public path stays as the fallback.
 */
function mergesOf(worksheet: Worksheet): CellRange[] {
  const store: unknown = Reflect.get(worksheet, '_merges');
  const ranges: string[] = [];
  if (store && typeof store === 'object') {
    for (const merge of Object.values(store)) {
      const range: unknown = merge && typeof merge === 'object' ? Reflect.get(merge, 'range') : undefined;
      if (typeof range === 'string') ranges.push(range);
    }
  } else {
    ranges.push(...worksheet.model.merges);
  }
  const merges: CellRange[] = [];
  for (const ref of ranges) {
    const parsed = parseRangeAddress(ref.slice(ref.lastIndexOf('!') + 1));
    if (parsed) merges.push(parsed);
  }
  return merges;
}

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
  readonly headerRow: boolean;
  readonly columns: readonly { readonly name?: unknown }[];
}

function isTableModel(model: unknown): model is TableModel {
  return (
    typeof model === 'object' &&
    model !== null &&
    'name' in model &&
    typeof model.name === 'string' &&
    'tableRef' in model &&
    typeof model.tableRef === 'string' &&
    'columns' in model &&
    Array.isArray(model.columns)
  );
}

/**
 * The sheet's Excel tables (ListObjects). ExcelJS 4.4 types `getTables()` wrongly (as tuples) and, when it
 * reads a file, keeps the range in `model.tableRef`, not `ref`.
 */
function tablesOf(
  worksheet: Worksheet,
  rows: readonly (readonly CellValue[])[],
  origin = { row: 0, col: 0 },
): TableSnapshot[] {
  const tables: TableSnapshot[] = [];
  for (const table of worksheet.getTables() as unknown[]) {
    const model: unknown = table && typeof table === 'object' ? Reflect.get(table, 'model') : undefined;
    if (!isTableModel(model)) continue;
    const range = parseRangeAddress(model.tableRef);
    if (!range) continue;
    const hasHeaderRow = model.headerRow || headerMatchesColumns(model, range, rows, origin);
    tables.push({ name: model.name, range, hasHeaderRow });
  }
  return tables;
}

/**
 * ExcelJS reads a header row only from `headerRowCount="1"`, but the attribute defaults to 1 and Excel leaves
 * it out (ECMA-376 §18.5.1.2), so a table saved by Excel reads as headerless. Excel also requires the header
 * cells to hold the column names, and a headerless table keeps its names off the sheet: the first row of
 * the range equal to the column names is the header.
 */
function headerMatchesColumns(
  model: TableModel,
  range: CellRange,
  rows: readonly (readonly CellValue[])[],
  origin: { row: number; col: number },
): boolean {
  if (model.columns.length !== range.right - range.left + 1 || model.columns.length === 0) return false;
  const row = rows[range.top - origin.row];
  if (!row) return false;
  for (let i = 0; i < model.columns.length; i++) {
    const value = row[range.left - origin.col + i];
    const name = model.columns[i].name;
    if (value === null || value === undefined || typeof value === 'object') return false;
    if (String(value).trim() !== String(name ?? '').trim()) return false;
  }
  return true;
}
