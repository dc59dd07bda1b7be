import { cellAddress, parseRangeAddress, type CellRange, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../core';
import type { ExcelHost, HostRange, HostRangeAreas, HostTable, HostWorksheet } from './ExcelHost';

export interface ReadSnapshotOptions {
  /**
   * The most cells one sync may ask values for. Excel on the web refuses a response over 5 MB; a cell's
   * value, number format and value type take some 30 to 50 bytes of JSON, so the default stays near 100 000.
   */
  readonly maxCellsPerRequest?: number;
}

export const DEFAULT_MAX_CELLS_PER_REQUEST = 100_000;

/** A sheet after the address sync: its used range, if any, and where its values are to come from. */
interface SheetPlan {
  readonly sheet: HostWorksheet;
  readonly name: string;
  readonly used: HostRange;
  readonly merged: HostRangeAreas;
  readonly tables: TableSnapshot[];
  /** Sheet coordinates of the used range; null for a sheet with no values. */
  range: CellRange | null;
  rows: CellValue[][];
  formats: (string | null)[][];
}

interface PendingRead {
  readonly plan: SheetPlan;
  readonly range: HostRange;
}

/**
 * Every worksheet's used values, number formats, merges and tables, in a fixed number of syncs:
 *   1. the names of the worksheets and of the tables (Office.js hands out no worksheet before a sync);
 *   2. each sheet's used-range address and size, its merged areas, and each table's range and sheet;
 *   3. the values and number formats of all sheets that fit `maxCellsPerRequest` together,
 *      and one more sync per batch that does not fit, or per row block of a sheet larger than the budget.
 * A failed sync rejects with its error: there is no partial snapshot.
 */
export async function readSnapshot(host: ExcelHost, options: ReadSnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const budget = Math.max(1, Math.floor(options.maxCellsPerRequest ?? DEFAULT_MAX_CELLS_PER_REQUEST));
  const { worksheets, tables } = host.workbook;
  worksheets.load('items/name');
  tables.load('items/name,items/showHeaders');
  await host.sync();

  const plans = worksheets.items.map(planSheet);
  const tableReads = tables.items.map(loadTable);
  await host.sync();
  attachTables(plans, tableReads);

  for (const reads of planValueReads(plans, budget)) {
    for (const read of reads) read.range.load('values,numberFormat,valueTypes');
    await host.sync();
    for (const read of reads) appendRows(read.plan, read.range);
  }
  return { sheets: plans.map(toSheetSnapshot) };
}

/** Queues a sheet's used-range address and size and its merged areas for the address sync. */
function planSheet(sheet: HostWorksheet): SheetPlan {
  return {
    sheet,
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount'),
    merged: sheet.getRange().getMergedAreasOrNullObject().load('address'),
    tables: [],
    range: null,
    rows: [],
    formats: [],
  };
}

function loadTable(table: HostTable) {
  return {
    name: table.name,
    hasHeaderRow: table.showHeaders,
    range: table.getRange().load('address'),
    sheet: table.worksheet.load('name'),
  };
}

function attachTables(plans: readonly SheetPlan[], reads: readonly ReturnType<typeof loadTable>[]): void {
  const byName = new Map(plans.map((plan) => [plan.name, plan]));
  for (const read of reads) {
    const range = parseRangeAddress(localAddress(read.range.address));
    const plan = byName.get(read.sheet.name);
    if (range && plan) plan.tables.push({ name: read.name, range, hasHeaderRow: read.hasHeaderRow });
  }
}

/**
 * The value syncs: whole sheets packed into batches of at most `budget` cells, and a sheet larger than the
 * budget in row blocks, one sync each. Sets each plan's range from its used-range address.
 */
function planValueReads(plans: readonly SheetPlan[], budget: number): PendingRead[][] {
  const batches: PendingRead[][] = [];
  let batch: PendingRead[] = [];
  let batchCells = 0;
  for (const plan of plans) {
    const range = plan.used.isNullObject ? null : parseRangeAddress(localAddress(plan.used.address));
    if (!range) continue;
    plan.range = range;
    const cells = plan.used.rowCount * plan.used.columnCount;
    if (cells > budget) {
      const blockRows = Math.max(1, Math.floor(budget / plan.used.columnCount));
      for (let top = range.top; top <= range.bottom; top += blockRows) {
        const bottom = Math.min(range.bottom, top + blockRows - 1);
        batches.push([{ plan, range: plan.sheet.getRange(blockAddress(range, top, bottom)) }]);
      }
      continue;
    }
    if (batchCells + cells > budget && batch.length > 0) {
      batches.push(batch);
      batch = [];
      batchCells = 0;
    }
    batch.push({ plan, range: plan.sheet.getRange(blockAddress(range, range.top, range.bottom)) });
    batchCells += cells;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function toSheetSnapshot(plan: SheetPlan): SheetSnapshot {
  return {
    name: plan.name,
    origin: plan.range ? { row: plan.range.top, col: plan.range.left } : { row: 0, col: 0 },
    rows: plan.rows,
    formats: plan.formats,
    merges: mergesOf(plan.merged),
    tables: plan.tables,
  };
}

/** Converts one block's values and formats and appends them to its sheet; blocks arrive top to bottom. */
function appendRows(plan: SheetPlan, range: HostRange): void {
  const { values, numberFormat, valueTypes } = range;
  for (let r = 0; r < values.length; r++) {
    const rowValues = values[r];
    const rowTypes = valueTypes[r];
    const rowFormats = numberFormat[r];
    const cells: CellValue[] = new Array(rowValues.length);
    const formats: (string | null)[] = new Array(rowValues.length);
    let last = -1;
    for (let c = 0; c < rowValues.length; c++) {
      const value = convertValue(rowValues[c], rowTypes?.[c]);
      cells[c] = value;
      if (value !== null) last = c;
      const format = rowFormats?.[c];
      formats[c] = typeof format === 'string' && format !== 'General' ? format : null;
    }
    cells.length = last + 1;
    formats.length = Math.min(formats.length, last + 1);
    plan.rows.push(cells);
    plan.formats.push(formats);
  }
}

/**
 * One Office.js cell value as the core's CellValue. Office.js gives numbers, strings and booleans as they
 * are, an empty cell as '', and an error as its text with the value type 'Error'.
 */
export function convertValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'string':
      return value === '' ? null : value;
    default:
      return null;
  }
}

/** The merged areas' address (`Sheet1!A1:E1, Sheet1!A8:A10`) as ranges; a null object means none. */
function mergesOf(merged: HostRangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  const merges: CellRange[] = [];
  for (const part of splitAreas(merged.address)) {
    const range = parseRangeAddress(localAddress(part));
    if (range) merges.push(range);
  }
  return merges;
}

/** Splits a RangeAreas address at the commas outside quoted sheet names (a sheet may be called `a, b`). */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

/** The cell part of a sheet-qualified address, without `$`: `'Budget 2024'!$B$3:$D$5` → `B3:D5`. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

function blockAddress(range: CellRange, top: number, bottom: number): string {
  return `${cellAddress(top, range.left)}:${cellAddress(bottom, range.right)}`;
}
