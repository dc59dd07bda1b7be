import type { CellRange, CellValue, SheetSnapshot } from './WorkbookSnapshot';
import { cellAddress, qualifiedAddress } from './address';

/**
 * Read access to one sheet in sheet coordinates, with merged cells resolved: a merged block reads as its
 * top-left value everywhere, the way a person sees it (一级指标 merged down twenty rows is on every row).
 */
export class SheetGrid {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly snapshot: SheetSnapshot;
  /** Sheet coordinates of rows[0][0]: a band of rows still indexes the snapshot from its origin. */
  private readonly originRow: number;
  /** `row * stride + col` of each cell inside a merge → that merge. */
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly stride: number;
  private readonly sheetPrefix: string;

  /**
   * `rows` narrows the grid to a band of the sheet (one form of several, SCORING.md "One workbook, several
   * forms"): everything that walks the grid then stays inside the band, while merges still read as on the sheet.
   */
  constructor(snapshot: SheetSnapshot, rows?: { readonly first: number; readonly last: number }) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.originRow = snapshot.origin.row;
    this.firstRow = rows?.first ?? snapshot.origin.row;
    this.firstCol = snapshot.origin.col;
    this.lastRow = rows?.last ?? snapshot.origin.row + snapshot.rows.length - 1;
    let width = 0;
    for (const row of snapshot.rows) width = Math.max(width, row.length);
    for (const m of snapshot.merges) width = Math.max(width, m.right - snapshot.origin.col + 1);
    this.lastCol = snapshot.origin.col + width - 1;
    this.stride = this.lastCol + 2;
    this.sheetPrefix = qualifiedAddress(snapshot.name, 0, 0).slice(0, -2);
    for (const m of snapshot.merges) this.indexMerge(m);
  }

  /** The value as stored: null inside a merge except at its top-left. */
  raw(row: number, col: number): CellValue {
    const r = this.snapshot.rows[row - this.originRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The value a person sees at this cell: a merged block's value on every cell of it. */
  value(row: number, col: number): CellValue {
    const merge = this.mergeOf.get(row * this.stride + col);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, col);
  }

  /** The cell holding what `value` shows: the merge's top-left, or the cell itself. */
  sourceOf(row: number, col: number): { row: number; col: number } {
    const merge = this.mergeOf.get(row * this.stride + col);
    return merge ? { row: merge.top, col: merge.left } : { row, col };
  }

  /** The merge this cell belongs to (its top-left included), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeOf.get(row * this.stride + col);
  }

  format(row: number, col: number): string | null {
    const formats = this.snapshot.formats;
    if (!formats) return null;
    const f = formats[row - this.originRow]?.[col - this.firstCol];
    return f ?? null;
  }

  /** The value shown as trimmed text, '' for empty; numbers as JavaScript prints them. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    if (typeof v === 'object') return v.error;
    return String(v).trim();
  }

  isBlankRow(row: number): boolean {
    for (let c = this.firstCol; c <= this.lastCol; c++) {
      const v = this.raw(row, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }

  /** `预算表!E9`: the sheet part is worked out once, since every flag and line asks for it. */
  address(row: number, col: number): string {
    return this.sheetPrefix + cellAddress(row, col);
  }

  /** The same sheet narrowed to rows `first`..`last`. */
  band(first: number, last: number): SheetGrid {
    return new SheetGrid(this.snapshot, { first, last });
  }

  get tables() {
    return this.snapshot.tables;
  }

  private indexMerge(m: CellRange): void {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) this.mergeOf.set(r * this.stride + c, m);
    }
  }
}
