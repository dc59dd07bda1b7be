import { FORMATS, type CellRange, type SheetCell, type SheetModel, type StyleName } from '../core';

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

/** A cell's text as the sheet shows it, through the few number formats the result sheets use. */
export function cellText(cell: Pick<SheetCell, 'value' | 'format'>): string {
  const { value, format } = cell;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case FORMATS.amount:
      return fixed(value, 2, true);
    case FORMATS.rate:
      return `${fixed(value * 100, 2, false)}%`;
    case FORMATS.wholePercent:
      return `${fixed(value * 100, 0, false)}%`;
    case FORMATS.score:
      return fixed(value, 2, false);
    default:
      // General: the number without float noise (0.1 + 0.2 shows as 0.3, as in Excel).
      return String(Number(value.toPrecision(15)));
  }
}

/** Rounded half away from zero the way a person rounds (2.675 → 2.68), optionally with thousands separators. */
function fixed(value: number, decimals: number, grouped: boolean): string {
  const scale = 10 ** decimals;
  // toPrecision(12) first: 99.135 is stored as 99.13499999…, which a person rounds up.
  const units = Math.round(Number((Math.abs(value) * scale).toPrecision(12)));
  let whole = String(Math.floor(units / scale));
  const fraction = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 && units > 0 ? '-' : '';
  return `${sign}${whole}${fraction}`;
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
