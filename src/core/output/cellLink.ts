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

/**
 * The sheet and row of a qualified address (`预算执行表!E12` → `预算执行表\n11`), or null: a total's name cell
 * and its flags share one. Computed once per flag rather than once per pair.
 */
export function rowKey(ref: string | null): string | null {
  const place = ref ? cellPlace(ref) : null;
  return place && place.range.top === place.range.bottom ? `${place.sheet}\n${place.range.top}` : null;
}
