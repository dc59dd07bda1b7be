import { parseCellAddress } from '../snapshot';
import { cellPlace } from '../view/cellPlace';
import type { CellLink } from './SheetModel';

/**
 * `预算执行表!E12`, `'Budget 2024'!$E$12` → { sheet, cell: 'E12' }: a flag's cell, or a defined name's
 * range, as a place to jump to. Null for anything else (a range, a name without a sheet).
 */
export function splitQualifiedAddress(ref: string): CellLink | null {
  const place = cellPlace(ref);
  return place && !place.cell.includes(':') ? { sheet: place.sheet, cell: place.cell } : null;
}

/** Whether two qualified addresses sit on the same row of the same sheet (a total's name cell and its flag). */
export function sameRow(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const left = splitQualifiedAddress(a);
  const right = splitQualifiedAddress(b);
  if (!left || !right || left.sheet !== right.sheet) return false;
  return parseCellAddress(left.cell)?.row === parseCellAddress(right.cell)?.row;
}
