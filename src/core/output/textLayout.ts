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

/** Excel's tallest row: a request that sets one taller fails as a whole. */
export const MAX_ROW_HEIGHT = 409;

const PADDING = 5;

/**
 * The height a row needs for `lines` lines of text at `lineHeight` points, never below a plain row nor above
 * Excel's tallest (a text that needs more is split over rows first: splitToFit).
 */
export function heightFor(lines: number, lineHeight = LINE_HEIGHT): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(SINGLE_ROW_HEIGHT, Math.ceil(lines * lineHeight + PADDING)));
}

/** The most lines of `lineHeight` points one row can show. */
export function maxLinesPerRow(lineHeight = LINE_HEIGHT): number {
  return Math.floor((MAX_ROW_HEIGHT - PADDING) / lineHeight);
}

// Where a long text may be cut: after a sentence, a clause or a list item, or a line break.
const BREAK_AFTER = /(?<=[。；;！？!?\n，,、])/u;

/**
 * `text` in pieces that each fit in one row of a column `width` units wide, cut after a sentence, a clause
 * or a list item where one is near, else between characters. The pieces joined give `text` back exactly.
 */
export function splitToFit(text: string, width: number, lineHeight = LINE_HEIGHT): string[] {
  const limit = maxLinesPerRow(lineHeight);
  const fits = (piece: string) => lineCount(piece, width) <= limit;
  if (fits(text)) return [text];
  // A segment with no break in it that is too tall alone is cut between characters (a string iterates by them).
  const segments = text.split(BREAK_AFTER).flatMap((part) => (fits(part) ? [part] : pack(part, fits)));
  return pack(segments, fits);
}

/** Consecutive segments joined into as few pieces as `fits` allows, in order. */
function pack(segments: Iterable<string>, fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const segment of segments) {
    if (piece !== '' && !fits(piece + segment)) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
