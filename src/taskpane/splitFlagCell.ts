/** Where a flag points: the sheet to activate and the cell (or range) to select on it. */
export interface CellTarget {
  readonly sheet: string;
  /** `E12` or `D7:E7`, without `$`. */
  readonly cell: string;
}

const CELL_OR_RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;

/**
 * `预算执行表!E12` → { sheet: '预算执行表', cell: 'E12' }. The sheet is everything before the last `!` (a sheet
 * name may itself hold a `!`); a quoted name (`'Budget 2024'!E12`, `'Tom''s'!A1`) is unquoted the way Excel
 * quotes it. Null when the text names no cell on a sheet.
 */
export function splitFlagCell(ref: string | null): CellTarget | null {
  if (!ref) return null;
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = ref.slice(bang + 1).replace(/\$/g, '').trim().toUpperCase();
  return sheet !== '' && CELL_OR_RANGE.test(cell) ? { sheet, cell } : null;
}
