import { cellAddress, splitSheetReference, type CellRange } from '../snapshot';

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
  if (!parts) return null;
  const local = NEEDS_CLEANING.test(parts.local) ? parts.local.replace(/\$/g, '').trim().toUpperCase() : parts.local;
  const m = LOCAL.exec(local);
  if (!m) return null;
  const first = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  // A single cell already reads as cellAddress would spell it: the form every line of a 20 000-line sheet has.
  if (m[3] === undefined) return { sheet: parts.sheet, cell: local, range: { top: first.row, left: first.col, bottom: first.row, right: first.col } };
  const last = { row: Number(m[4]) - 1, col: columnIndex(m[3]) };
  const range = {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
  const single = range.top === range.bottom && range.left === range.right;
  const cell = single ? cellAddress(range.top, range.left) : `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
  return { sheet: parts.sheet, cell, range };
}

const NEEDS_CLEANING = /[$a-z\s]/;
const LOCAL = /^([A-Z]{1,3})([1-9]\d{0,6})(?::([A-Z]{1,3})([1-9]\d{0,6}))?$/;

/** `A` → 0, `AA` → 26. */
function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}
