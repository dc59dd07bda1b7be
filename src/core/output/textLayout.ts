/**
 * How much room wrapped text needs. Spreadsheets do not grow a row for wrapped text in a merged cell, and a
 * file written by a program has no cached heights, so the sheets say their heights themselves.
 */

// Full-width forms, CJK ideographs and punctuation, curly quotes and dashes (“”—…, full width in a CJK
// font) and the math operators of targets (≥, ≤) are two units wide; everything else one (Excel's width
// unit is the width of a digit).
const WIDE = /[\u1100-\u115f\u2013-\u2026\u2200-\u22ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The width of a text in Excel's character units. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Lines a text takes in a column `width` units wide (a little narrower than that: cells have padding). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(paragraph) / usable));
  return lines;
}

/** Points per line of 11-point 宋体, and the height Excel gives a one-line row of it. */
export const LINE_HEIGHT = 14.5;
export const SINGLE_ROW_HEIGHT = 18;

/** The height a row needs for `lines` lines of text at `lineHeight` points, never below a plain row. */
export function heightFor(lines: number, lineHeight = LINE_HEIGHT): number {
  return Math.max(SINGLE_ROW_HEIGHT, Math.ceil(lines * lineHeight + 5));
}
