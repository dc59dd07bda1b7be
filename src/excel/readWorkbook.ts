import { isOwnMarker, parseRangeAddress, type OutputMarker, type CellRange, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../core';
import type { ExcelHost, HostNamedItem, HostRange, HostRangeAreas, HostSetting, HostTable, HostWorksheet } from './ExcelHost';
import { localAddress, rangeAddress, sheetOfReference, splitAreas } from './officeAddresses';

export interface ReadSnapshotOptions {
  /**
   * The most cells one sync may ask values for. Excel on the web refuses a response over 5 MB; a cell's
   * value, number format and value type take some 30 to 50 bytes of JSON, so the default stays near 100 000.
   */
  readonly maxCellsPerRequest?: number;
  /** False where ExcelApi 1.13 is missing: no merged areas are asked for (Range.getMergedAreasOrNullObject). */
  readonly merges?: boolean;
  /** The workbook setting to read along with the names (the pane's StoredSettings). */
  readonly settingKey?: string;
}

/** What one read brings back besides the snapshot: what the writer and the pane need to know. */
export interface WorkbookRead {
  /** The user's sheets only: the sheets our markers point to are not read. */
  readonly snapshot: WorkbookSnapshot;
  /** Every sheet, ours included, in tab order. */
  readonly sheetNames: readonly string[];
  /** Our defined names and the sheets they point to (a name whose sheet was deleted points to none). */
  readonly markers: readonly OutputMarker[];
  /** The value of `settingKey`, as stored; undefined when there is none. */
  readonly setting: unknown;
}

export const DEFAULT_MAX_CELLS_PER_REQUEST = 100_000;

/** A sheet after the address sync: its used range, if any, and where its values are to come from. */
interface SheetPlan {
  readonly sheet: HostWorksheet;
  readonly name: string;
  readonly used: HostRange;
  readonly merged: HostRangeAreas | null;
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
 * Every user sheet's used values, number formats, merges and tables, in a fixed number of syncs:
 *   1. the names of the worksheets, of the tables and of the workbook's defined names, and the setting
 *      (Office.js hands out no worksheet before a sync; our markers say which sheets to leave out);
 *   2. each user sheet's used-range address and size, its merged areas, and each table's range and sheet;
 *   3. the values and number formats of all sheets that fit `maxCellsPerRequest` together,
 *      and one more sync per batch that does not fit, or per row block of a sheet larger than the budget.
 * A failed sync rejects with its error: there is no partial snapshot.
 */
export async function readWorkbook(host: ExcelHost, options: ReadSnapshotOptions = {}): Promise<WorkbookRead> {
  const budget = Math.max(1, Math.floor(options.maxCellsPerRequest ?? DEFAULT_MAX_CELLS_PER_REQUEST));
  const { worksheets, tables, names, settings } = host.workbook;
  worksheets.load('items/name');
  tables.load('items/name,items/showHeaders');
  names.load('items/name,items/formula');
  const setting = options.settingKey === undefined ? null : settings.getItemOrNullObject(options.settingKey).load('value');
  await host.sync();

  const markers = names.items.filter((item) => isOwnMarker(item.name)).map(toMarker);
  const ours = new Set(markers.map((m) => m.sheet.toLowerCase()));
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const userSheets = worksheets.items.filter((sheet) => !ours.has(sheet.name.toLowerCase()));
  const plans = userSheets.map((sheet) => planSheet(sheet, options.merges ?? true));
  const tableReads = tables.items.map(loadTable);
  await host.sync();
  attachTables(plans, tableReads);

  for (const reads of planValueReads(plans, budget)) {
    for (const read of reads) read.range.load('values,numberFormat,valueTypes');
    await host.sync();
    for (const read of reads) appendRows(read.plan, read.range);
  }
  return { snapshot: { sheets: plans.map(toSheetSnapshot) }, sheetNames, markers, setting: settingValue(setting) };
}

/** The snapshot alone, for a caller that does not write (the same syncs as readWorkbook). */
export async function readSnapshot(host: ExcelHost, options: ReadSnapshotOptions = {}): Promise<WorkbookSnapshot> {
  return (await readWorkbook(host, options)).snapshot;
}

function toMarker(item: HostNamedItem): OutputMarker {
  return { marker: item.name, sheet: sheetOfReference(item.formula) ?? '' };
}

function settingValue(setting: HostSetting | null): unknown {
  return setting === null || setting.isNullObject ? undefined : setting.value;
}

/** Queues a sheet's used-range address and size and its merged areas for the address sync. */
function planSheet(sheet: HostWorksheet, merges: boolean): SheetPlan {
  return {
    sheet,
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount'),
    merged: merges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null,
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
function mergesOf(merged: HostRangeAreas | null): CellRange[] {
  if (merged === null || merged.isNullObject) return [];
  const merges: CellRange[] = [];
  for (const part of splitAreas(merged.address)) {
    const range = parseRangeAddress(localAddress(part));
    if (range) merges.push(range);
  }
  return merges;
}

function blockAddress(range: CellRange, top: number, bottom: number): string {
  return rangeAddress({ ...range, top, bottom });
}
