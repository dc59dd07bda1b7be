import type { CellValue } from '../core';
import { convertValue } from '../excel/readWorkbook';

/**
 * Excel's CVErr values, as WPS's Value2 hands an error cell over: the integer 0x800A07D0 + the error's number,
 * read as a signed 32-bit integer (Microsoft's "Cell Error Values" page for VBA's CVErr; the same integers are
 * what Excel's COM interface returns, and what the ET object model mirrors). A cell holding one of these exact
 * integers as a number is read as the error too: the object model gives no other way to tell them apart, and
 * no amount or score in these tables is -2 146 826 2xx.
 */
const CV_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
  [-2146826245, '#GETTING_DATA'],
  [-2146826243, '#SPILL!'],
  [-2146826238, '#CALC!'],
]);

/** One Value2 cell as the core's CellValue: an error as its text, an empty cell (undefined, '') as null. */
export function cellValue(value: unknown): CellValue {
  const error = typeof value === 'number' ? CV_ERRORS.get(value) : undefined;
  return error === undefined ? convertValue(value, undefined) : { error };
}

/**
 * A range's Value2 as rows, `rows` of them: a scalar for one cell, and, defensively, a flat array for one row
 * or one column (older ET builds are reported to flatten them), as the 2-D array WPS documents.
 */
export function valueRows(value2: unknown, rows: number): readonly (readonly unknown[])[] {
  if (!Array.isArray(value2)) return [[value2]];
  if (value2.every(Array.isArray)) return value2 as unknown[][];
  return rows === 1 ? [value2] : value2.map((cell: unknown) => [cell]);
}

/** WPS's zh-CN name for General, besides Excel's own: both mean no format. */
const GENERAL_FORMATS = new Set(['General', 'G/通用格式']);

/** A NumberFormat as the snapshot keeps it: null for General, and for anything that is not a format. */
export function formatOf(value: unknown): string | null {
  return typeof value === 'string' && !GENERAL_FORMATS.has(value) ? value : null;
}
