import { isOwnMarker, parseRangeAddress, type OutputMarker, type CellRange, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../core';
import type { ExcelHost, HostNamedItem, HostRange, HostRangeAreas, HostSetting, HostTable, HostWorksheet } from './ExcelHost';
import { localAddress, rangeAddress, sheetOfReference, splitAreas } from './officeAddresses';
import { ALL_FEATURES, type HostFeatures } from './hostFeatures';
import { officeErrorCode } from './sessionErrors';

export interface ReadSnapshotOptions {
  /**
   * The most bytes of JSON one sync's answer may carry, as estimated. Excel on the web refuses an answer
   * over 5 MB; the default leaves room for an estimate that is off by half and more.
   */
  readonly maxBytesPerResponse?: number;
  /** What this Excel supports (hostFeatures.ts); everything when absent. */
  readonly features?: HostFeatures;
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
  /** Values syncs that Excel refused as too large and that were read again in smaller blocks. */
  readonly retries: number;
}

export const DEFAULT_MAX_BYTES_PER_RESPONSE = 2_000_000;

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
  /** Bytes per cell of its answers so far (values, number formats and value types): sheet by sheet. */
  bytesPerCell: number;
}

/** Rows `top`..`bottom` of a sheet's used range (`range`), read in one piece. */
interface Block {
  readonly plan: SheetPlan;
  readonly range: CellRange;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Every user sheet's used values, number formats, merges and tables, in few syncs:
 *   1. the names of the worksheets, of the tables and of the workbook's defined names, and the setting
 *      (Office.js hands out no worksheet before a sync; our markers say which sheets to leave out);
 *   2. each user sheet's used-range address and size, its merged areas, and each table's range and sheet;
 *   3. the values and number formats in blocks whose answers stay within `maxBytesPerResponse`, estimated
 *      from what each sheet's earlier blocks weighed; a sync Excel still refuses as too large is read again
 *      in blocks of half the size.
 * Members an older Excel lacks are not used (hostFeatures.ts). A failed sync rejects: there is no partial snapshot.
 */
export async function readWorkbook(host: ExcelHost, options: ReadSnapshotOptions = {}): Promise<WorkbookRead> {
  const budget = Math.max(1, Math.floor(options.maxBytesPerResponse ?? DEFAULT_MAX_BYTES_PER_RESPONSE));
  const features = options.features ?? ALL_FEATURES;
  const { worksheets, tables, names } = host.workbook;
  worksheets.load('items/name');
  if (features.basics) tables.load('items/name,items/showHeaders');
  if (features.markers) names.load('items/name,items/formula');
  const setting = options.settingKey === undefined || !features.settings ? null : host.workbook.settings.getItemOrNullObject(options.settingKey).load('value');
  await host.sync();

  const markers = features.markers ? names.items.filter((item) => isOwnMarker(item.name)).map(toMarker) : [];
  const ours = new Set(markers.map((m) => m.sheet.toLowerCase()));
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const userSheets = worksheets.items.filter((sheet) => !ours.has(sheet.name.toLowerCase()));
  const plans = userSheets.map((sheet) => planSheet(sheet, features));
  const tableReads = features.basics ? tables.items.map(loadTable) : [];
  await host.sync();
  attachTables(plans, tableReads);

  const retries = await readValues(host, plans, budget);
  return { snapshot: { sheets: plans.map(toSheetSnapshot) }, sheetNames, markers, setting: settingValue(setting), retries };
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
function planSheet(sheet: HostWorksheet, features: HostFeatures): SheetPlan {
  // Before 1.4 there is no null object: getUsedRange gives A1 on a sheet with no value, read as one empty cell.
  const used = features.settings ? sheet.getUsedRangeOrNullObject(true) : features.basics ? sheet.getUsedRange(true) : sheet.getUsedRange();
  return {
    sheet,
    name: sheet.name,
    used: used.load('address,rowCount,columnCount'),
    merged: features.merges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null,
    tables: [],
    range: null,
    rows: [],
    formats: [],
    bytesPerCell: FIRST_GUESS_BYTES_PER_CELL,
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
 * A guess of a cell's share of an answer before any of its sheet has been read: a short value, its number
 * format and its value type, with their quotes and commas. A sheet larger than one answer is first probed
 * with PROBE_ROWS rows, so that the blocks after it are sized from what its cells really weigh.
 */
const FIRST_GUESS_BYTES_PER_CELL = 48;
const PROBE_ROWS = 200;

/** The values syncs; returns how many were refused as too large and read again in halves. */
async function readValues(host: ExcelHost, plans: SheetPlan[], budget: number): Promise<number> {
  const queue: Block[] = [];
  for (const plan of plans) {
    plan.range = plan.used.isNullObject ? null : parseRangeAddress(localAddress(plan.used.address));
    if (plan.range) queue.push({ plan, range: plan.range, top: plan.range.top, bottom: plan.range.bottom });
  }
  let retries = 0;
  while (queue.length > 0) {
    const batch = takeBatch(queue, budget);
    const reads = batch.map((block) => ({ block, range: block.plan.sheet.getRange(blockAddress(block)).load('values,numberFormat,valueTypes') }));
    try {
      await host.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || (batch.length === 1 && batch[0].top === batch[0].bottom)) throw error;
      // Read them again in halves: the same rows, each sheet's estimate doubled.
      for (const plan of new Set(batch.map((b) => b.plan))) plan.bytesPerCell *= 2;
      for (let i = batch.length - 1; i >= 0; i--) queue.unshift(batch[i]);
      retries++;
      continue;
    }
    for (const { block, range } of reads) appendRows(block.plan, range);
  }
  return retries;
}

/** Takes from the front of `queue` the rows that fit one answer, cutting a block where the budget ends. */
function takeBatch(queue: Block[], budget: number): Block[] {
  const batch: Block[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const block = queue[0];
    const width = block.range.right - block.range.left + 1;
    const rowBytes = width * block.plan.bytesPerCell;
    const probing = block.plan.rows.length === 0 && (block.bottom - block.top + 1) * rowBytes > budget;
    const fit = Math.min(Math.floor((budget - bytes) / rowBytes), probing ? PROBE_ROWS : Infinity);
    if (fit < 1 && batch.length > 0) break;
    const rows = Math.max(1, Math.min(fit, block.bottom - block.top + 1));
    batch.push({ ...block, bottom: block.top + rows - 1 });
    bytes += rows * rowBytes;
    if (block.top + rows > block.bottom) queue.shift();
    else queue[0] = { ...block, top: block.top + rows };
    if (probing) break;
  }
  return batch;
}

/** Office.js rejects an answer over the host's limit with this code (OfficeExtension.ErrorCodes). */
function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded';
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

/**
 * Converts one block's values and formats and appends them to its sheet; blocks arrive top to bottom. What
 * the answer weighed, measured on the way, becomes the sheet's estimate for its next blocks.
 */
function appendRows(plan: SheetPlan, range: HostRange): void {
  const { values, numberFormat, valueTypes } = range;
  let bytes = 0;
  let counted = 0;
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
      bytes += jsonBytes(rowValues[c]) + jsonBytes(format) + jsonBytes(rowTypes?.[c]);
    }
    counted += rowValues.length;
    cells.length = last + 1;
    formats.length = Math.min(formats.length, last + 1);
    plan.rows.push(cells);
    plan.formats.push(formats);
  }
  if (counted > 0) plan.bytesPerCell = Math.max(plan.bytesPerCell, bytes / counted);
}

/** A value's length as JSON in UTF-8, with its comma: a CJK character takes three bytes. */
function jsonBytes(value: unknown): number {
  if (typeof value === 'string') {
    let bytes = 3;
    for (let i = 0; i < value.length; i++) bytes += value.charCodeAt(i) < 0x80 ? 1 : 3;
    return bytes;
  }
  return typeof value === 'number' ? 24 : 6;
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

function blockAddress(block: Block): string {
  return rangeAddress({ ...block.range, top: block.top, bottom: block.bottom });
}
