import { cellAddress, columnLetter, FORMATS, quoteSheetName, type SheetCell, type SheetModel } from '../core';
import { cellBlocks, rangeAddress, styleBlocks } from '../excel';
import type { EtWorksheet } from './EtHost';
import { applyStyle } from './etStyles';

/** Rows per Value2 write: a large sheet goes in a few blocks rather than one array of every cell at once. */
const ROWS_PER_BLOCK = 2_000;
const XL_PORTRAIT = 1;
const XL_LANDSCAPE = 2;
const XL_PAPER_A4 = 9;

/**
 * Writes a SheetModel into a sheet added for it, as the other writers do: no decision is taken here. Number
 * formats first, one per block of cells that share one (text as `@`, so that a name typed as `=HYPERLINK(…)`
 * stays text), then the values as 2-D blocks, the links (before the looks: adding a link gives its cell the
 * Hyperlink style), one set of properties per block of one style, merges, widths, heights and the page setup.
 */
export function writeEtSheet(sheet: EtWorksheet, model: SheetModel): void {
  for (const { key, range } of cellBlocks(model.cells, formatOf)) sheet.Range(rangeAddress(range)).NumberFormat = key;
  writeValues(sheet, model.cells);
  writeLinks(sheet, model.cells);
  for (const { style, range } of styleBlocks(model)) applyStyle(sheet.Range(rangeAddress(range)), style);
  for (const merge of model.merges) sheet.Range(rangeAddress(merge)).Merge();
  for (const [i, { width, hidden }] of model.columns.entries()) {
    const column = sheet.Range(`${columnLetter(i)}:${columnLetter(i)}`);
    // The model's widths are in characters, which is the object model's unit too (Office.js needs points).
    if (hidden) column.EntireColumn.Hidden = true;
    else column.ColumnWidth = width;
  }
  for (const { row, height } of model.rowHeights) sheet.Range(`${row + 1}:${row + 1}`).RowHeight = height;
  pageSetup(sheet, model);
}

function formatOf(cell: SheetCell): string | null {
  return cell.format ?? (typeof cell.value === 'string' ? FORMATS.text : null);
}

/** The cells as 2-D blocks of whole rows, from column A to the model's last column; a gap is an empty cell. */
function writeValues(sheet: EtWorksheet, cells: readonly SheetCell[]): void {
  let width = 0;
  let height = 0;
  for (const cell of cells) {
    width = Math.max(width, cell.col + 1);
    height = Math.max(height, cell.row + 1);
  }
  const grid = Array.from({ length: height }, () => new Array<string | number | null>(width).fill(null));
  for (const cell of cells) grid[cell.row][cell.col] = cell.value;
  for (let top = 0; top < height; top += ROWS_PER_BLOCK) {
    const rows = grid.slice(top, top + ROWS_PER_BLOCK);
    sheet.Range(rangeAddress({ top, left: 0, bottom: top + rows.length - 1, right: width - 1 })).Value2 = rows;
  }
}

/** Links within this workbook by SubAddress alone; into another workbook by its path and the place in it. */
function writeLinks(sheet: EtWorksheet, cells: readonly SheetCell[]): void {
  for (const cell of cells) {
    if (!cell.link || typeof cell.value !== 'string') continue;
    const target = `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
    sheet.Hyperlinks.Add(sheet.Range(cellAddress(cell.row, cell.col)), cell.link.file ?? '', target, undefined, cell.value);
  }
}

/** A4, centred, one page wide, as the .xlsx shell sets it. */
function pageSetup(sheet: EtWorksheet, model: SheetModel): void {
  const { print } = model;
  const setup = sheet.PageSetup;
  setup.PaperSize = XL_PAPER_A4;
  setup.Orientation = print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  setup.CenterHorizontally = true;
  if (print.fitToWidth) {
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
  }
  if (print.area) setup.PrintArea = rangeAddress(print.area);
  if (print.repeatRows) setup.PrintTitleRows = `$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`;
}
