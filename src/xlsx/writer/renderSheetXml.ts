import { cellAddress, quoteSheetName, type CellLink, type SheetCell, type SheetModel } from '../../core';
import { styleKey } from './appendStyles';
import { escapeAttribute, escapeText } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A4 = 9;

/**
 * A SheetModel as worksheet XML, exactly as it says: no decision is taken here. Strings are inline strings
 * (the shared strings part stays the user's, untouched); a string is always text, so a name typed as
 * `=HYPERLINK(…)` or `+1` stays text. A link is the one formula, HYPERLINK("#'Sheet'!E12", text), which
 * Excel, WPS and LibreOffice all follow. Elements come in the order CT_Worksheet requires.
 */
export function renderSheetXml(model: SheetModel, xfIndex: ReadonlyMap<string, number>): string {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`,
    model.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="${dimension(model)}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane(model)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns(model),
    `<sheetData>${rows(model, xfIndex)}</sheetData>`,
    merges(model),
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="${A4}" orientation="${model.print.orientation}"${model.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    '</worksheet>',
  ];
  return parts.join('');
}

function dimension(model: SheetModel): string {
  let bottom = 0;
  let right = 0;
  for (const cell of model.cells) {
    if (cell.row > bottom) bottom = cell.row;
    if (cell.col > right) right = cell.col;
  }
  return `A1:${cellAddress(bottom, right)}`;
}

function pane({ freeze }: SheetModel): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return '';
  const active = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : '';
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '';
  return `<pane${x}${y} topLeftCell="${cellAddress(freeze.rows, freeze.cols)}" activePane="${active}" state="frozen"/>`;
}

function columns({ columns: cols }: SheetModel): string {
  if (cols.length === 0) return '';
  const each = cols.map(({ width, hidden }, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${hidden ? ' hidden="1"' : ''}/>`);
  return `<cols>${each.join('')}</cols>`;
}

function rows(model: SheetModel, xfIndex: ReadonlyMap<string, number>): string {
  const byRow = new Map<number, SheetCell[]>();
  for (const cell of model.cells) {
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const heights = new Map(model.rowHeights.map(({ row, height }) => [row, height]));
  const numbers = [...new Set([...byRow.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const out: string[] = [];
  for (const r of numbers) {
    const height = heights.get(r);
    const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col).map((cell) => cellXml(cell, xfIndex));
    out.push(`<row r="${r + 1}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells.join('')}</row>`);
  }
  return out.join('');
}

function cellXml(cell: SheetCell, xfIndex: ReadonlyMap<string, number>): string {
  const ref = cellAddress(cell.row, cell.col);
  const style = xfIndex.get(styleKey(cell.style, cell.format));
  const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
  const { value } = cell;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (cell.link) return `<c r="${ref}"${s} t="str"><f>${escapeText(hyperlink(cell.link, value))}</f><v>${escapeText(value)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
}

/** HYPERLINK("#'预算执行表'!E12","预算执行表!E12"), with the sheet name quoted and every quote doubled. */
function hyperlink(link: CellLink, text: string): string {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${literal(`#${quoteSheetName(link.sheet)}!${link.cell}`)},${literal(text)})`;
}

function merges({ merges: ranges }: SheetModel): string {
  if (ranges.length === 0) return '';
  const each = ranges.map((m) => `<mergeCell ref="${escapeAttribute(`${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`)}"/>`);
  return `<mergeCells count="${ranges.length}">${each.join('')}</mergeCells>`;
}
