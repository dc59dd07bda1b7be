import type { TableSummary } from '../detect';
import { columnLetter, isCellError, parseRangeAddress, type CellValue, type WorkbookSnapshot } from '../snapshot';
import type { CellPlace } from './cellPlace';

/** One filled cell of a flagged row: its column, the header its table gives that column, and its value as text. */
export interface ContextValue {
  readonly column: string;
  /** '' where the row is in no table found, or the header cell is blank. */
  readonly header: string;
  readonly text: string;
  /** The cell (or one of the block's cells) the flag points at. */
  readonly flagged: boolean;
}

/** The row of a flagged cell, for a shell with no spreadsheet to select it in (the web page). */
export interface CellContext {
  readonly sheet: string;
  readonly cell: string;
  /** 1-based, as a person reads it. */
  readonly row: number;
  readonly values: readonly ContextValue[];
}

/** The values on the flagged cell's first row, headed by the table's headers; null when the sheet is not in the workbook. */
export function cellContext(snapshot: WorkbookSnapshot, tables: readonly TableSummary[], place: CellPlace): CellContext | null {
  const sheet = snapshot.sheets.find((s) => s.name === place.sheet);
  if (!sheet) return null;
  const row = place.range.top;
  const cells = sheet.rows[row - sheet.origin.row] ?? [];
  const headers = headersAt(tables, place.sheet, row);
  const values: ContextValue[] = [];
  cells.forEach((value, i) => {
    const col = i + sheet.origin.col;
    const text = valueText(value);
    if (text === '') return;
    const column = columnLetter(col);
    values.push({ column, header: headers.get(column) ?? '', text, flagged: col >= place.range.left && col <= place.range.right });
  });
  return { sheet: place.sheet, cell: place.cell, row: row + 1, values };
}

/** Column letter → header, of the table on `sheet` whose rows include `row`. */
function headersAt(tables: readonly TableSummary[], sheet: string, row: number): Map<string, string> {
  const table = tables.find((t) => {
    const range = t.sheet === sheet ? parseRangeAddress(t.range) : null;
    return range !== null && row >= range.top && row <= range.bottom;
  });
  return new Map((table?.columns ?? []).map((c) => [c.column, c.header]));
}

/** A cell as the workbook holds it, without float noise (0.1 + 0.2 shows as 0.3, as in Excel's General). */
function valueText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return value.trim();
}
