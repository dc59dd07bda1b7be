import type { CellRange } from '../snapshot';
import type { SheetCell, SheetModel, StyleName } from '../output/SheetModel';
import { cellText } from './formatNumbers';

/** Styles of the lines above a grid (its title, the year under it, a remark): not part of the grid itself. */
const TITLE_STYLES: ReadonlySet<StyleName> = new Set<StyleName>(['title', 'subtitle', 'note']);

export interface TsvOptions {
  /** Leave out the title lines above the grid, so that the text pastes into a template's own grid. */
  readonly skipTitleRows?: boolean;
}

/**
 * A result sheet as tab-separated text, the way Excel itself puts a copied block on the clipboard: one line
 * per row of the printed area, one field per column, a merged block's text in its first cell only and blanks
 * in the rest (so that it pastes cell for cell into a template merged the same way), numbers as the sheet
 * shows them (`1,981.04`, `99.14%`, `9.91`), and a text holding a tab, a line break or a quote quoted.
 */
export function sheetTsv(model: SheetModel, options: TsvOptions = {}): string {
  const area = model.print.area ?? boundsOf(model.cells);
  if (!area) return '';
  const grid = new Map<string, SheetCell>();
  for (const cell of model.cells) grid.set(`${cell.row},${cell.col}`, cell);
  const covered = coveredCells(model.merges);
  let top = area.top;
  if (options.skipTitleRows) {
    while (top <= area.bottom && model.cells.every((c) => c.row !== top || c.value === null || TITLE_STYLES.has(c.style))) top++;
  }
  const lines: string[] = [];
  for (let row = top; row <= area.bottom; row++) {
    const fields: string[] = [];
    for (let col = area.left; col <= area.right; col++) {
      const cell = grid.get(`${row},${col}`);
      fields.push(!cell || covered.has(`${row},${col}`) ? '' : quoted(cellText(cell)));
    }
    lines.push(fields.join('\t'));
  }
  return lines.join('\r\n');
}

function quoted(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function coveredCells(merges: readonly CellRange[]): Set<string> {
  const covered = new Set<string>();
  for (const m of merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++) if (row !== m.top || col !== m.left) covered.add(`${row},${col}`);
    }
  }
  return covered;
}

function boundsOf(cells: readonly SheetCell[]): CellRange | null {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const c of cells) {
    // The hidden content marker is not part of what the user sees, so not of what is copied either.
    if (c.style === 'marker') continue;
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}
