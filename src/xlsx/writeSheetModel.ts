import type { CellValue, Style, Worksheet } from 'exceljs';
import { cellAddress, quoteSheetName, type CellLink, type CellRange, type SheetCell, type SheetModel } from '../core';
import { OUTPUT_STYLES } from './outputStyles';

// ExcelJS leaves a column of exactly its default width (9) out of the file, and Excel then shows 8.43.
const EXCELJS_DEFAULT_WIDTH = 9;
const A4 = 9;

/**
 * Writes a SheetModel into an empty worksheet, as it says: no decision is taken here. A string is written as
 * a string (ExcelJS makes a formula only of a `{ formula }` object), so a name typed as `=HYPERLINK(…)` or
 * `+1` stays text; a link is the one formula, HYPERLINK("#'Sheet'!E12", text), which Excel, WPS and
 * LibreOffice all follow (ExcelJS's own in-workbook hyperlinks are written as external links).
 */
export function writeSheetModel(worksheet: Worksheet, model: SheetModel): void {
  model.columns.forEach(({ width, hidden }, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width;
    if (hidden) column.hidden = true;
  });
  const styles = new Map<string, Partial<Style>>();
  for (const cell of model.cells) writeCell(worksheet, cell, styles);
  for (const merge of model.merges) worksheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  for (const { row, height } of model.rowHeights) worksheet.getRow(row + 1).height = height;
  if (model.freeze) {
    worksheet.views = [{ state: 'frozen', xSplit: model.freeze.cols, ySplit: model.freeze.rows, topLeftCell: cellAddress(model.freeze.rows, model.freeze.cols) }];
  }
  const { print } = model;
  worksheet.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.area ? { printArea: rangeAddress(print.area) } : {}),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` } : {}),
  };
}

/**
 * One style object per style name and format, shared by every cell that has them: ExcelJS remembers the style
 * it made of an object (a WeakMap), so shared objects save it comparing styles cell by cell on a large sheet.
 * Nothing here sets a cell's numFmt or font afterwards, which would write into the shared object.
 */
function writeCell(worksheet: Worksheet, cell: SheetCell, styles: Map<string, Partial<Style>>): void {
  const target = worksheet.getCell(cell.row + 1, cell.col + 1);
  target.value = cell.link && typeof cell.value === 'string' ? hyperlink(cell.link, cell.value) : cell.value;
  const key = `${cell.style}|${cell.format ?? ''}`;
  let style = styles.get(key);
  if (!style) styles.set(key, (style = { ...OUTPUT_STYLES[cell.style], ...(cell.format ? { numFmt: cell.format } : {}) }));
  target.style = style;
}

/** HYPERLINK("#'预算执行表'!E12","预算执行表!E12"), with the sheet name quoted and every quote doubled. */
function hyperlink(link: CellLink, text: string): CellValue {
  const target = `#${quoteSheetName(link.sheet)}!${link.cell}`;
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
}

function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}
