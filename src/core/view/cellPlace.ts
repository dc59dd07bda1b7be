import { cellAddress, parseRangeAddress, splitSheetReference, type CellRange } from '../snapshot';

/** Where a flag points, as data: the sheet, the cell or block, and the block in sheet coordinates. */
export interface CellPlace {
  readonly sheet: string;
  /** `E12` or `D7:E7`, without `$`: what a shell selects or links to. */
  readonly cell: string;
  readonly range: CellRange;
}

/**
 * `预算执行表!E12`, `'Budget 2024'!$D$7:$E$7` → its CellPlace; null when the text names no cell or block on a
 * sheet. The one reading of a flag's cell: the pane's jump, the sheets' links and the summary all use it.
 */
export function cellPlace(ref: string | null): CellPlace | null {
  const parts = ref ? splitSheetReference(ref) : null;
  const local = parts?.local.replace(/\$/g, '').trim().toUpperCase() ?? '';
  if (!parts || !/^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/.test(local)) return null;
  const range = parseRangeAddress(local);
  if (!range) return null;
  const single = range.top === range.bottom && range.left === range.right;
  const cell = single ? cellAddress(range.top, range.left) : `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
  return { sheet: parts.sheet, cell, range };
}
