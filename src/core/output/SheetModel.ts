import type { CellRange } from '../snapshot';

/**
 * One result sheet as plain data: what a shell writes, cell by cell, without decisions of its own. Rows and
 * columns are 0-based sheet coordinates, as in the snapshot (`{ row: 0, col: 0 }` is A1).
 */

/**
 * The fixed vocabulary of looks. Each shell maps a name to its own fonts, borders, fills and alignment
 * (src/xlsx/writer/outputStyles.ts for styles.xml); the core never says "bold" or "thin border".
 */
export type StyleName =
  | 'title' // the sheet's title, large and bold, centred over the table
  | 'subtitle' // a line under the title, centred
  | 'note' // a remark above or below a table, small, left, wrapped, no border
  | 'heading' // a section heading inside a sheet, bold, left, no border
  | 'header' // a table's column header: bold, centred, wrapped, bordered, shaded
  | 'formHeader' // the 自评表's headers: as the official form, bold, centred, bordered, never shaded
  | 'label' // a row label inside a bordered table, left
  | 'labelCenter' // a row label centred (the form's merged 一级/二级指标)
  | 'text' // text in a bordered table, left, wrapped
  | 'textCenter' // short text in a bordered table, centred (targets, actual values, grades)
  | 'textIndent' // a 其中 part's name, indented under its line
  | 'amount' // a money amount, right-aligned
  | 'percent' // a rate, right-aligned
  | 'score' // a score or a weight, centred
  | 'totalLabel' // the label of a 合计/总分 row, bold
  | 'totalAmount'
  | 'totalPercent'
  | 'totalScore'
  | 'link' // a cell address that jumps to the user's cell
  | 'flagError'
  | 'flagWarning'
  | 'flagInfo'
  | 'paragraph' // a drafted report paragraph: wrapped, top-aligned, no border
  | 'paragraphContinued' // the rest of a paragraph too long for one row (Excel's rows stop at 409 points)
  | 'marker'; // the hidden content marker (outputSheets.ts): small and grey, should the user unhide it

export const STYLE_NAMES: readonly StyleName[] = [
  'title', 'subtitle', 'note', 'heading', 'header', 'formHeader', 'label', 'labelCenter', 'text', 'textCenter',
  'textIndent', 'amount', 'percent', 'score', 'totalLabel', 'totalAmount', 'totalPercent', 'totalScore', 'link',
  'flagError', 'flagWarning', 'flagInfo', 'paragraph', 'paragraphContinued', 'marker',
];

/** Number formats the sheets use, in Excel's own notation. */
export const FORMATS = {
  /** Amounts in the workbook's unit, to 2 decimals (`1,526.71`). */
  amount: '#,##0.00',
  /** Rates are fractions shown as percentages (`52.00%`). */
  rate: '0.00%',
  /** A setting's threshold (`90%`). */
  wholePercent: '0%',
  /** Computed and stated scores (`9.91`, `96.00`). */
  score: '0.00',
  /** Text stays text when the user edits the cell: `=1+1` typed into it is not evaluated. */
  text: '@',
} as const;

/** A jump to a cell of the user's own workbook, or, with `file`, of another workbook (a reviewer's summary). */
export interface CellLink {
  readonly sheet: string;
  /** `E12` */
  readonly cell: string;
  /** The other workbook's path, relative to the one holding the link (`县医保局/2024自评.xlsx`). */
  readonly file?: string;
}

export interface SheetCell {
  readonly row: number;
  readonly col: number;
  /** A string is always written as text, whatever it begins with; never as a formula. */
  readonly value: string | number | null;
  readonly style: StyleName;
  readonly format?: string;
  readonly link?: CellLink;
}

export interface PrintSettings {
  readonly orientation: 'portrait' | 'landscape';
  /** Scale the sheet down to one page wide (as many pages tall as needed). */
  readonly fitToWidth: boolean;
  /** The printed block; the whole used range when absent. */
  readonly area?: CellRange;
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
}

/** Which of the five sheets a model is; it names the sheet's marker (see outputSheets.ts). */
export type OutputSheetId = 'overview' | 'budget' | 'indicators' | 'form' | 'report';

/** A result sheet (`OutputSheetId`) or a sheet of the reviewer's summary workbook. */
export interface SheetModel<Id extends string = OutputSheetId> {
  readonly id: Id;
  readonly name: string;
  /**
   * Widths in Excel's character units, from column A on; a CJK character is about two units. A hidden
   * column holds the content marker (outputSheets.ts) and is neither shown nor printed.
   */
  readonly columns: readonly { readonly width: number; readonly hidden?: boolean }[];
  /** Explicit heights in points, for rows whose wrapped text needs more than one line. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly cells: readonly SheetCell[];
  readonly merges: readonly CellRange[];
  /** Rows and columns kept in view when scrolling (the header rows of a long table). */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** A table with filter buttons on its header row: the header and every row below it. */
  readonly autoFilter?: CellRange;
  readonly print: PrintSettings;
  /** In no sheet list the user sees, yet read by every shell from the file (the settings sheet). */
  readonly veryHidden?: boolean;
}
