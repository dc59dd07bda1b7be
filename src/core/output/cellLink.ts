import { parseCellAddress, splitSheetReference } from '../snapshot';
import type { CellLink } from './SheetModel';

/**
 * `预算执行表!E12`, `'Budget 2024'!$E$12` → { sheet, cell: 'E12' }: a flag's cell, or a defined name's
 * range, as a place to jump to. Null for anything else (a range, a name without a sheet).
 */
export function splitQualifiedAddress(ref: string): CellLink | null {
  const parts = splitSheetReference(ref);
  const cell = parts?.local.replace(/\$/g, '');
  return parts && cell && parseCellAddress(cell) ? { sheet: parts.sheet, cell } : null;
}

/** Whether two qualified addresses sit on the same row of the same sheet (a total's name cell and its flag). */
export function sameRow(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const left = splitQualifiedAddress(a);
  const right = splitQualifiedAddress(b);
  if (!left || !right || left.sheet !== right.sheet) return false;
  return parseCellAddress(left.cell)?.row === parseCellAddress(right.cell)?.row;
}
