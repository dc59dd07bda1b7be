import { splitSheetReference } from '../core';

/** Where a flag points: the sheet to activate and the cell (or range) to select on it. */
export interface CellTarget {
  readonly sheet: string;
  /** `E12` or `D7:E7`, without `$`. */
  readonly cell: string;
}

const CELL_OR_RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;

/**
 * `预算执行表!E12` → { sheet: '预算执行表', cell: 'E12' }; unlike the engine's splitQualifiedAddress, a range
 * (`D7:E7`) is a place to select too. Null when the text names no cell on a sheet.
 */
export function splitFlagCell(ref: string | null): CellTarget | null {
  const parts = ref ? splitSheetReference(ref) : null;
  const cell = parts?.local.replace(/\$/g, '').trim().toUpperCase();
  return parts && cell && CELL_OR_RANGE.test(cell) ? { sheet: parts.sheet, cell } : null;
}
