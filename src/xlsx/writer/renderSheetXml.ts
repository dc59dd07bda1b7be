import { cellAddress, columnLetter, quoteSheetName, type CellLink, type SheetCell, type SheetModel, type StyleName } from '../../core';
import { styleKey } from './appendStyles';
import { escapeAttribute, escapeText } from './xmlText';

/** Any sheet model: the five result sheets and a reviewer's summary are written alike. */
type AnySheet = SheetModel<string>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A4 = 9;

/**
 * A sheet model as worksheet XML in UTF-8, exactly as it says: no decision is taken here. Strings are inline strings
 * (the shared strings part stays the user's, untouched); a string is always text, so a name typed as
 * `=HYPERLINK(…)` or `+1` stays text. A link is the one formula, HYPERLINK("#'Sheet'!E12", text), which
 * Excel, WPS and LibreOffice all follow. Elements come in the order CT_Worksheet requires.
 */
export function renderSheetXml(model: AnySheet, xfIndex: ReadonlyMap<string, number>): Uint8Array {
  return concatenate(renderSheetPieces(model, xfIndex));
}

/** renderSheetXml in the pieces it is encoded in, for a writer that can deflate them without joining them first. */
export function renderSheetPieces(model: AnySheet, xfIndex: ReadonlyMap<string, number>): Uint8Array[] {
  const head = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`,
    model.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="${dimension(model)}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane(model)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns(model),
    '<sheetData>',
  ];
  const tail = [
    '</sheetData>',
    autoFilter(model),
    merges(model),
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="${A4}" orientation="${model.print.orientation}"${model.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    '</worksheet>',
  ];
  return [encoder.encode(head.join('')), ...rows(model, xfIndex), encoder.encode(tail.join(''))];
}

const encoder = new TextEncoder();
// Rows are encoded this many at a time: each piece of text dies young, instead of one string of 10 MB or more
// that the collector must carry into its old generation and flatten.
const ROWS_PER_PIECE = 2000;

function concatenate(pieces: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const piece of pieces) size += piece.length;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.length;
  }
  return whole;
}

function dimension(model: AnySheet): string {
  let bottom = 0;
  let right = 0;
  for (const cell of model.cells) {
    if (cell.row > bottom) bottom = cell.row;
    if (cell.col > right) right = cell.col;
  }
  return `A1:${cellAddress(bottom, right)}`;
}

function pane({ freeze }: AnySheet): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return '';
  const active = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : '';
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '';
  return `<pane${x}${y} topLeftCell="${cellAddress(freeze.rows, freeze.cols)}" activePane="${active}" state="frozen"/>`;
}

function columns({ columns: cols }: AnySheet): string {
  if (cols.length === 0) return '';
  const each = cols.map(({ width, hidden }, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${hidden ? ' hidden="1"' : ''}/>`);
  return `<cols>${each.join('')}</cols>`;
}

/**
 * The rows, in one pass over cells in row-major order (SheetDraft.toModel gives them so; any other model is
 * sorted first). A string is appended to rather than an array of 100 000 cell strings joined, and each style's
 * index is looked up once per style and format, not once per cell.
 */
function rows(model: AnySheet, xfIndex: ReadonlyMap<string, number>): Uint8Array[] {
  const cells = inRowMajorOrder(model.cells);
  const heights = [...model.rowHeights].sort((a, b) => a.row - b.row);
  const styleAttribute = styleAttributes(xfIndex);
  const pieces: Uint8Array[] = [];
  let out = '';
  let rowsInPiece = 0;
  let h = 0;
  let i = 0;
  while (i < cells.length || h < heights.length) {
    const r = Math.min(cells[i]?.row ?? Infinity, heights[h]?.row ?? Infinity);
    let height: number | undefined;
    while (h < heights.length && heights[h].row === r) height = heights[h++].height;
    const rowNumber = String(r + 1);
    out += `<row r="${rowNumber}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
    for (; i < cells.length && cells[i].row === r; i++) out += cellXml(cells[i], columnLetters(cells[i].col) + rowNumber, styleAttribute(cells[i]));
    out += '</row>';
    if (++rowsInPiece === ROWS_PER_PIECE) {
      pieces.push(encoder.encode(out));
      out = '';
      rowsInPiece = 0;
    }
  }
  pieces.push(encoder.encode(out));
  return pieces;
}

function inRowMajorOrder(cells: readonly SheetCell[]): readonly SheetCell[] {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col >= b.col)) return [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  }
  return cells;
}

/** ` s="7"` for a cell's style and format ('' for the default format 0), remembered per pair. */
function styleAttributes(xfIndex: ReadonlyMap<string, number>): (cell: SheetCell) => string {
  const known = new Map<StyleName, Map<string | undefined, string>>();
  return ({ style, format }) => {
    let byFormat = known.get(style);
    if (!byFormat) known.set(style, (byFormat = new Map()));
    let attribute = byFormat.get(format);
    if (attribute === undefined) {
      const index = xfIndex.get(styleKey(style, format));
      attribute = index === undefined || index === 0 ? '' : ` s="${index}"`;
      byFormat.set(format, attribute);
    }
    return attribute;
  };
}

// Our sheets have a dozen columns at most: each one's letters spelled once.
const LETTERS = Array.from({ length: 64 }, (_, col) => columnLetter(col));
const columnLetters = (col: number): string => LETTERS[col] ?? columnLetter(col);

function cellXml(cell: SheetCell, ref: string, s: string): string {
  const { value } = cell;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (cell.link) return `<c r="${ref}"${s} t="str"><f>${escapeText(hyperlink(cell.link, value))}</f><v>${escapeText(value)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${PRESERVE.test(value) ? '<t xml:space="preserve">' : '<t>'}${escapeText(value)}</t></is></c>`;
}

// Text whose spaces a reader could otherwise drop: at either end, tabs, line breaks (as Excel writes it).
const PRESERVE = /^\s|\s$|[\t\n\r]/;

/**
 * HYPERLINK("#'预算执行表'!E12","预算执行表!E12"), with the sheet name quoted and every quote doubled; a link into
 * another workbook puts its path before the `#` (HYPERLINK("县医保局/自评.xlsx#'自评得分'!A1", …)).
 */
function hyperlink(link: CellLink, text: string): string {
  if (link.file !== undefined) return `HYPERLINK(${literal(`${link.file}#${quoteSheetName(link.sheet)}!${link.cell}`)},${literal(text)})`;
  return `HYPERLINK(${targetPrefix(link.sheet)}${link.cell}",${literal(text)})`;
}

const literal = (s: string) => `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;

// Every line of a sheet links to the same user's sheet: its quoted name is worked out once.
const PREFIXES = new Map<string, string>();

/** `"#'预算执行表'!`: the start of a link's target, up to its cell. */
function targetPrefix(sheet: string): string {
  let prefix = PREFIXES.get(sheet);
  if (prefix === undefined) {
    if (PREFIXES.size > 1000) PREFIXES.clear();
    PREFIXES.set(sheet, (prefix = literal(`#${quoteSheetName(sheet)}!`).slice(0, -1)));
  }
  return prefix;
}

function autoFilter({ autoFilter: range }: AnySheet): string {
  return range ? `<autoFilter ref="${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}"/>` : '';
}

function merges({ merges: ranges }: AnySheet): string {
  if (ranges.length === 0) return '';
  const each = ranges.map((m) => `<mergeCell ref="${escapeAttribute(`${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`)}"/>`);
  return `<mergeCells count="${ranges.length}">${each.join('')}</mergeCells>`;
}
