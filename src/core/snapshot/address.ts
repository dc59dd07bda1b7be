import type { CellRange } from './WorkbookSnapshot';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters of the first columns, worked out once: every line's cells ask for them. */
const LETTERS = Array.from({ length: 64 }, (_, i) => columnLetter(i));

/** `B7` for sheet row 6, column 1 (0-based). */
export function cellAddress(row: number, col: number): string {
  return (col < LETTERS.length ? LETTERS[col] : columnLetter(col)) + String(row + 1);
}

/**
 * Letters, digits and `_` of any script. Built from a string because a `\p{…}` literal is ES2018 syntax, which
 * the pane's ES2017 script must not hold (taskpane.html checks that the engine knows `\p{…}` before loading it).
 */
const PLAIN_SHEET_NAME = new RegExp('^[\\p{L}\\p{N}_]+$', 'u');

/**
 * `预算表!E9`, quoting the sheet name the way Excel does when it holds spaces or punctuation
 * (`'Budget 2024'!E9`), so that the text can be pasted into the Name Box or a formula.
 */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  const plain = PLAIN_SHEET_NAME.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

/** A sheet name as formulas and defined names may always take it: quoted, quotes doubled (`'O''Brien'`). */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The inverse of qualifiedAddress: `预算表!E9`, `'Budget 2024'!$E$9`, `='自评_总览'!$A$1` → the sheet, unquoted,
 * and what follows the last `!` (a quoted sheet name may hold a `!`). Null when there is no sheet part.
 */
export function splitSheetReference(ref: string): { sheet: string; local: string } | null {
  const bang = ref.lastIndexOf('!');
  let sheet = ref.slice(ref.startsWith('=') ? 1 : 0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return bang > 0 && sheet !== '' ? { sheet, local: ref.slice(bang + 1) } : null;
}

/** `A1` → { row: 0, col: 0 }; returns null for anything that is not a plain A1 reference. */
export function parseCellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m || Number(m[2]) < 1) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `A1:C3` (or a single `B2`) → a CellRange. */
export function parseRangeAddress(ref: string): CellRange | null {
  const [a, b = a] = ref.split(':');
  const start = parseCellAddress(a);
  const end = parseCellAddress(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
