import type { CellRange } from '../snapshot';
import { FORMATS, type CellLink, type OutputSheetId, type PrintSettings, type SheetCell, type SheetModel, type StyleName } from './SheetModel';
import { heightFor, lineCount, LINE_HEIGHT } from './textLayout';

/** Excel's limit on the characters of one cell; a longer text is cut (with an ellipsis) rather than lost. */
export const MAX_CELL_TEXT = 32767;

/**
 * A sheet being laid out: the builders put cells, merges and heights here and take the SheetModel at the end.
 * Every string goes in with the text format, so a name typed as `=…` or `+1` stays text even when edited.
 * Cells are kept row by row, column by column (arrays indexed by position), so that the model comes out in
 * row-major order without a sort: a 20 000-line sheet has 180 000 cells.
 */
export class SheetDraft<Id extends string = OutputSheetId> {
  private readonly rows: (SheetCell | undefined)[][] = [];
  private readonly merges: CellRange[] = [];
  /** Per row, the columns inside a merge except its top-left, which holds the value. */
  private readonly covered: (Set<number> | undefined)[] = [];
  private readonly heights: (number | undefined)[] = [];

  constructor(
    readonly id: Id,
    readonly name: string,
    readonly widths: readonly number[],
  ) {}

  put(row: number, col: number, value: string | number | null, style: StyleName, format?: string, link?: CellLink): void {
    if (typeof value === 'string' && value.length > MAX_CELL_TEXT) value = `${value.slice(0, MAX_CELL_TEXT - 1)}…`;
    // Every cell has the same six fields (format and link undefined where there is none): one shape for the
    // engine, so that a writer's loop over 180 000 cells stays on its fast path.
    const cell: SheetCell = { row, col, value, style, format: format ?? (typeof value === 'string' && !link ? FORMATS.text : undefined), link };
    (this.rows[row] ??= [])[col] = cell;
  }

  /** A number with its format, or an empty cell of the same look when there is no number. */
  number(row: number, col: number, value: number | null, style: StyleName, format: string): void {
    this.put(row, col, value, style, value === null ? undefined : format);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom === top && right === left) return;
    this.merges.push({ top, left, bottom, right });
    for (let row = top; row <= bottom; row++) {
      const covered = (this.covered[row] ??= new Set());
      for (let col = left; col <= right; col++) if (row !== top || col !== left) covered.add(col);
    }
  }

  /** Empty cells of `style` wherever the block has none yet, so that borders close around blanks. */
  frame(top: number, left: number, bottom: number, right: number, style: StyleName): void {
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) {
        // A covered cell stays empty: the shell styles it from the merge's top-left.
        if (this.rows[row]?.[col] === undefined && !this.covered[row]?.has(col)) this.put(row, col, null, style);
      }
    }
  }

  /** Makes row `row` tall enough for `text` wrapped in a cell `width` units wide (a merge's total width). */
  fitText(row: number, text: string, width: number, lineHeight = LINE_HEIGHT): void {
    this.atLeast(row, heightFor(lineCount(text, width), lineHeight));
  }

  atLeast(row: number, height: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, height);
  }

  /** The width of columns `left`..`right` together. */
  widthOf(left: number, right = left): number {
    let width = 0;
    for (let col = left; col <= right; col++) width += this.widths[col] ?? 0;
    return width;
  }

  toModel(print: PrintSettings, freeze?: { rows: number; cols: number }, autoFilter?: CellRange): SheetModel<Id> {
    const cells: SheetCell[] = [];
    for (const row of this.rows) if (row) for (const cell of row) if (cell) cells.push(cell);
    const rowHeights: { row: number; height: number }[] = [];
    this.heights.forEach((height, row) => {
      if (height !== undefined) rowHeights.push({ row, height });
    });
    return {
      id: this.id,
      name: this.name,
      columns: this.widths.map((width) => ({ width })),
      rowHeights,
      cells,
      merges: [...this.merges],
      ...(freeze ? { freeze } : {}),
      ...(autoFilter ? { autoFilter } : {}),
      print,
    };
  }
}
