/**
 * How much room wrapped text needs. Spreadsheets do not grow a row for wrapped text in a merged cell, and a
 * file written by a program has no cached heights, so the sheets say their heights themselves.
 */

// Full-width forms, CJK ideographs and punctuation, curly quotes and dashes (“”—…, full width in a CJK
// font) and the math operators of targets (≥, ≤) are two units wide; everything else one (Excel's width
// unit is the width of a digit). Pairs of first and last UTF-16 code units.
const WIDE = [0x1100, 0x115f, 0x2013, 0x2026, 0x2200, 0x22ff, 0x2e80, 0x9fff, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6];

function isWide(code: number): boolean {
  for (let i = 0; i < WIDE.length; i += 2) if (code >= WIDE[i] && code <= WIDE[i + 1]) return true;
  return false;
}

/**
 * The width of a text in Excel's character units. Beyond the BMP (a surrogate pair), the rarer ideographs of
 * names (𠮷, CJK extensions B on) and pictographs are two units, anything else one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const point = text.codePointAt(i++) ?? code;
      width += (point >= 0x1f300 && point <= 0x1faff) || (point >= 0x20000 && point <= 0x3ffff) ? 2 : 1;
    } else width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Lines a text takes in a column `width` units wide (a little narrower than that: cells have padding). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  // No character is wider than two units: a short text without a break is one line, measured or not.
  if (text.length * 2 <= usable && !text.includes('\n')) return 1;
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
