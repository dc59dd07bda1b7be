import { cellAddress, columnLetter, FORMATS, quoteSheetName, type SheetCell, type SheetModel } from '../core';
import type { HostRangeFormat, HostWorksheet } from './ExcelHost';
import { BORDER_COLOR, OFFICE_FONT, OFFICE_STYLES, type OfficeCellStyle } from './officeStyles';
import { rangeAddress } from './officeAddresses';
import { styleBlocks } from './styleBlocks';
import { actionBytes, type SyncBatcher } from './SyncBatcher';

/** One values-and-formats write stays near this size, or a quarter of a request, so that a request holds several. */
const BLOCK_BYTES = 250_000;
/** Excel's column width unit is a digit of the default font, some 7 pixels: 0.75 points a pixel. */
const POINTS_PER_WIDTH_UNIT = 5.25;
const ACTION_ENVELOPE = actionBytes();

/**
 * Writes a SheetModel into a sheet added for it, as the .xlsx shell does: no decision is taken here. Cells
 * go in row blocks (number formats first, so that text is stored as text: a name typed as `=HYPERLINK(…)`
 * must not become a formula), then one set of format actions per block of one style, then merges, sizes,
 * frozen panes and the page setup. Every action is counted by the batcher, which syncs between them.
 */
export async function writeSheetModel(sheet: HostWorksheet, model: SheetModel, batcher: SyncBatcher): Promise<void> {
  await writeCells(sheet, model, batcher);
  for (const { style, range } of styleBlocks(model)) {
    const actions = styleActions(OFFICE_STYLES[style], range.bottom > range.top, range.right > range.left);
    await batcher.reserve(actions.length * actionBytes('') + 64);
    const format = sheet.getRange(rangeAddress(range)).format;
    for (const act of actions) act(format);
  }
  for (const merge of model.merges) {
    await batcher.reserve(actionBytes());
    sheet.getRange(rangeAddress(merge)).merge(false);
  }
  for (const [i, { width, hidden }] of model.columns.entries()) {
    await batcher.reserve(actionBytes(width));
    const column = sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`);
    // ExcelApi 1.2: a hidden column is neither shown nor printed, which is what the content marker needs.
    if (hidden) column.columnHidden = true;
    else column.format.columnWidth = Math.round(width * POINTS_PER_WIDTH_UNIT * 100) / 100;
  }
  for (const { row, height } of model.rowHeights) {
    await batcher.reserve(actionBytes(height));
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  }
  await batcher.reserve(actionBytes() * 8);
  freeze(sheet, model.freeze);
  pageSetup(sheet, model);
}

/** The cells in row blocks: a number-format write and a value write per block, links after them. */
async function writeCells(sheet: HostWorksheet, model: SheetModel, batcher: SyncBatcher): Promise<void> {
  // A loop, not Math.max(...cells): a large sheet has more cells than a call has room for arguments.
  let width = 0;
  const byRow = new Map<number, SheetCell[]>();
  for (const cell of model.cells) {
    width = Math.max(width, cell.col + 1);
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blockBytes = Math.min(BLOCK_BYTES, batcher.maxBytes / 4);
  let start = 0;
  while (start < rows.length) {
    const block = { top: rows[start], values: [] as (string | number | null)[][], formats: [] as (string | null)[][] };
    let bytes = 0;
    let end = start;
    for (let r = rows[start]; end < rows.length && (bytes < blockBytes || r === rows[start]); r++) {
      const line = rowArrays(byRow.get(r) ?? [], width);
      block.values.push(line.values);
      block.formats.push(line.formats);
      bytes += line.bytes;
      if (r === rows[end]) end++;
    }
    await batcher.reserve(2 * ACTION_ENVELOPE + bytes);
    const range = sheet.getRange(rangeAddress({ top: block.top, left: 0, bottom: block.top + block.values.length - 1, right: width - 1 }));
    range.numberFormat = block.formats;
    range.values = block.values;
    start = end;
  }
  for (const cell of model.cells) {
    if (!cell.link || typeof cell.value !== 'string') continue;
    const target = `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
    // Into another workbook by its path and the place in it; within this one by its reference alone.
    const link = cell.link.file === undefined ? { documentReference: target, textToDisplay: cell.value } : { address: `${cell.link.file}#${target}`, textToDisplay: cell.value };
    await batcher.reserve(actionBytes(link));
    sheet.getRange(cellAddress(cell.row, cell.col)).hyperlink = link;
  }
}

function rowArrays(cells: readonly SheetCell[], width: number) {
  const values: (string | number | null)[] = new Array(width).fill(null);
  const formats: (string | null)[] = new Array(width).fill(null);
  for (const cell of cells) {
    values[cell.col] = cell.value;
    formats[cell.col] = cell.format ?? (typeof cell.value === 'string' ? FORMATS.text : null);
  }
  return { values, formats, bytes: JSON.stringify(values).length + JSON.stringify(formats).length };
}

type FormatAction = (format: HostRangeFormat) => void;

/** The format actions of one style over a block; inside borders only where the block has inside edges. */
export function styleActions(style: OfficeCellStyle, manyRows: boolean, manyCols: boolean): FormatAction[] {
  const actions: FormatAction[] = [
    (f) => (f.font.name = OFFICE_FONT),
    (f) => (f.font.size = style.size),
    (f) => (f.horizontalAlignment = style.horizontal),
    (f) => (f.verticalAlignment = style.vertical),
    (f) => (f.wrapText = style.wrap),
  ];
  if (style.bold) actions.push((f) => (f.font.bold = true));
  if (style.color) actions.push((f) => (f.font.color = style.color ?? ''));
  if (style.underline) actions.push((f) => (f.font.underline = 'Single'));
  if (style.indent) actions.push((f) => (f.indentLevel = style.indent ?? 0));
  if (style.fill) actions.push((f) => (f.fill.color = style.fill ?? ''));
  if (style.borders) {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
    const inside = [...(manyRows ? (['InsideHorizontal'] as const) : []), ...(manyCols ? (['InsideVertical'] as const) : [])];
    for (const edge of [...edges, ...inside]) {
      actions.push((f) => (f.borders.getItem(edge).style = 'Continuous'));
      actions.push((f) => (f.borders.getItem(edge).color = BORDER_COLOR));
    }
  }
  return actions;
}

function freeze(sheet: HostWorksheet, panes: SheetModel['freeze']): void {
  if (!panes || (panes.rows === 0 && panes.cols === 0)) return;
  if (panes.cols === 0) sheet.freezePanes.freezeRows(panes.rows);
  else if (panes.rows === 0) sheet.freezePanes.freezeColumns(panes.cols);
  else sheet.freezePanes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: panes.rows - 1, right: panes.cols - 1 }));
}

/** A4, centred, one page wide, as the .xlsx shell sets it. */
function pageSetup(sheet: HostWorksheet, model: SheetModel): void {
  const { print } = model;
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.centerHorizontally = true;
  // Both directions, the height as 0 (automatic, `fitToHeight="0"` in the file): a fit given one way only is
  // not applied unless the Page Layout tab happens to be open (office-js#1860).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.area) layout.setPrintArea(rangeAddress(print.area));
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
}
