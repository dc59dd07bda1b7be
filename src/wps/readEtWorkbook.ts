import {
  isOwnMarker, parseRangeAddress, type CellRange, type CellValue, type OutputMarker, type SheetSnapshot, type TableSnapshot,
  type WorkbookSnapshot,
} from '../core';
import { rangeAddress, sheetOfReference } from '../excel';
import { contains, isSingleCell, settleInHalves } from './etBlocks';
import type { EtRange, EtWorkbook, EtWorksheet } from './EtHost';
import { cellValue, formatOf, valueRows } from './etValues';

/** What one read brings back besides the snapshot, for the writer (as src/excel's WorkbookRead). */
export interface EtRead {
  /** The user's sheets only: the sheets our markers point to are not read. */
  readonly snapshot: WorkbookSnapshot;
  readonly markers: readonly OutputMarker[];
}

export interface EtReadOptions {
  /** Lets the pane paint between sheets: WPS's calls block the page while they run. */
  readonly pause: () => Promise<void>;
  readonly onSheetRead?: (done: number, total: number) => void;
}

/**
 * Every user sheet's values, number formats, merges and tables. Each sheet's values come in one call (its used
 * range's Value2); its number formats and merges with one call for the whole used range, narrowed only where
 * the answer is mixed (settleInHalves).
 */
export async function readEtWorkbook(workbook: EtWorkbook, options: EtReadOptions): Promise<EtRead> {
  const markers = readMarkers(workbook);
  const ours = new Set(markers.map((m) => m.sheet.toLowerCase()));
  const userSheets = listWorksheets(workbook).filter((sheet) => !ours.has(sheet.Name.toLowerCase()));
  const sheets: SheetSnapshot[] = [];
  for (const sheet of userSheets) {
    sheets.push(readSheet(sheet));
    options.onSheetRead?.(sheets.length, userSheets.length);
    await options.pause();
  }
  return { snapshot: { sheets }, markers };
}

export function listWorksheets(workbook: EtWorkbook): EtWorksheet[] {
  const { Worksheets } = workbook;
  const sheets: EtWorksheet[] = [];
  for (let i = 1, count = Worksheets.Count; i <= count; i++) sheets.push(Worksheets.Item(i));
  return sheets;
}

/** Our defined names and the sheets they point to ('' for a name whose sheet was deleted). */
export function readMarkers(workbook: EtWorkbook): OutputMarker[] {
  const { Names } = workbook;
  const markers: OutputMarker[] = [];
  for (let i = 1, count = Names.Count; i <= count; i++) {
    const name = Names.Item(i);
    const marker = name.Name;
    if (isOwnMarker(marker)) markers.push({ marker, sheet: sheetOfReference(name.RefersTo) ?? '' });
  }
  return markers;
}

function readSheet(sheet: EtWorksheet): SheetSnapshot {
  const name = sheet.Name;
  const used = sheet.UsedRange;
  const range = parseRangeAddress(used.Address(false, false)) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const height = range.bottom - range.top + 1;
  const width = range.right - range.left + 1;
  const values = valueRows(used.Value2, height);
  const formats = readFormats(sheet, used, range);
  const rows: CellValue[][] = [];
  const rowFormats: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const cells = Array.from({ length: width }, (_, c) => cellValue(values[r]?.[c]));
    let last = cells.length - 1;
    while (last >= 0 && cells[last] === null) last--;
    rows.push(cells.slice(0, last + 1));
    rowFormats.push(withoutTrailingNulls(formats[r].slice(0, last + 1)));
  }
  return {
    name,
    origin: { row: range.top, col: range.left },
    rows,
    formats: rowFormats,
    merges: readMerges(sheet, used, range),
    tables: readTables(sheet),
  };
}

function withoutTrailingNulls<T>(row: (T | null)[]): (T | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/** Number formats parallel to the used range, from one NumberFormat for the whole range where it is one. */
function readFormats(sheet: EtWorksheet, used: EtRange, range: CellRange): (string | null)[][] {
  const grid = Array.from({ length: range.bottom - range.top + 1 }, () => new Array<string | null>(range.right - range.left + 1).fill(null));
  settleInHalves(range, (block) => {
    const format = partOf(sheet, used, range, block).NumberFormat;
    if (format === null && !isSingleCell(block)) return false;
    const shown = formatOf(format);
    for (let r = block.top; r <= block.bottom; r++) for (let c = block.left; c <= block.right; c++) grid[r - range.top][c - range.left] = shown;
    return true;
  });
  return grid;
}

/** The merged areas that touch the used range, each asked of one of its cells (MergeArea). */
function readMerges(sheet: EtWorksheet, used: EtRange, range: CellRange): CellRange[] {
  const merges: CellRange[] = [];
  settleInHalves(range, (block) => {
    if (merges.some((merge) => contains(merge, block))) return true;
    const part = partOf(sheet, used, range, block);
    const merged = part.MergeCells;
    if (merged === false) return true;
    if (!isSingleCell(block)) return false;
    const area = parseRangeAddress(part.MergeArea.Address(false, false));
    if (area) merges.push(area);
    return true;
  });
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The used range itself for the whole, so that its first question costs no Range call. */
function partOf(sheet: EtWorksheet, used: EtRange, range: CellRange, block: CellRange): EtRange {
  return block === range ? used : sheet.Range(rangeAddress(block));
}

function readTables(sheet: EtWorksheet): TableSnapshot[] {
  const { ListObjects } = sheet;
  const tables: TableSnapshot[] = [];
  for (let i = 1, count = ListObjects.Count; i <= count; i++) {
    const table = ListObjects.Item(i);
    const range = parseRangeAddress(table.Range.Address(false, false));
    if (range) tables.push({ name: table.Name, range, hasHeaderRow: table.ShowHeaders });
  }
  return tables;
}
