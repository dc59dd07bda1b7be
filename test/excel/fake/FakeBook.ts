import { cellAddress, parseRangeAddress, splitSheetReference, type CellRange, type CellValue } from '../../../src/core';
import { isCellError, qualifiedAddress } from '../../../src/core/snapshot';

/** A sheet as plain data: cells from `origin` (A1 unless said), merges and tables as A1 addresses. */
export interface FakeSheet {
  readonly name: string;
  readonly origin?: { readonly row: number; readonly col: number };
  readonly rows: readonly (readonly CellValue[])[];
  /** Number formats parallel to `rows`; 'General' where absent. */
  readonly formats?: readonly (readonly (string | null)[])[];
  readonly merges?: readonly string[];
  readonly tables?: readonly { readonly name: string; readonly ref: string; readonly showHeaders: boolean }[];
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** One cell as Excel holds it: a value (a formula as `{ formula }`), its number format and its look. */
export interface CellState {
  value: unknown;
  type: string;
  numberFormat: string;
  /** Format properties by path (`font.bold`, `borders.EdgeTop.style`, `horizontalAlignment`). */
  readonly format: Map<string, unknown>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

/** One worksheet's contents; the proxies of fakeObjects.ts read and change it when a sync applies. */
export class SheetState {
  readonly cells = new Map<number, CellState>();
  readonly merges: CellRange[];
  readonly tables: { readonly name: string; readonly range: CellRange; readonly showHeaders: boolean }[];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly pageLayout = new Map<string, unknown>();
  freeze: string | null = null;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(
    public name: string,
    data?: FakeSheet,
  ) {
    this.merges = (data?.merges ?? []).map(mustParse);
    this.tables = (data?.tables ?? []).map((t) => ({ name: t.name, range: mustParse(t.ref), showHeaders: t.showHeaders }));
    if (data) this.fill(data);
  }

  private fill(data: FakeSheet): void {
    const origin = data.origin ?? { row: 0, col: 0 };
    data.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = data.formats?.[r]?.[c] ?? 'General';
        if (value === null && format === 'General') return;
        const cell = this.cellAt(origin.row + r, origin.col + c);
        Object.assign(cell, typed(value));
        cell.numberFormat = format;
      }),
    );
  }

  cellAt(row: number, col: number): CellState {
    const key = row * MAX_COLS + col;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: '', type: 'Empty', numberFormat: 'General', format: new Map() }));
    return cell;
  }

  peek(row: number, col: number): CellState | undefined {
    return this.cells.get(row * MAX_COLS + col);
  }

  /** The bounding box of the cells with a value, as getUsedRangeOrNullObject(true) sees it. */
  usedRange(): CellRange | null {
    let box: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.type === 'Empty') continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }
}

/** A CellValue of the core as Office.js gives it back: a value and its value type. */
export function typed(value: CellValue): { value: unknown; type: string } {
  if (value === null) return { value: '', type: 'Empty' };
  if (isCellError(value)) return { value: value.error, type: 'Error' };
  if (typeof value === 'number') return { value, type: Number.isInteger(value) ? 'Integer' : 'Double' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  return { value, type: 'String' };
}

/** `B2:D5`, `E12`, or the whole columns `A:C` and whole rows `3:5` that format calls use. */
export function parseSheetRange(address: string): CellRange | null {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (columns) {
    const left = parseRangeAddress(`${columns[1]}1`)?.left;
    const right = parseRangeAddress(`${columns[2]}1`)?.left;
    return left === undefined || right === undefined ? null : { top: 0, left, bottom: MAX_ROWS - 1, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLS - 1 };
  return parseRangeAddress(address.replace(/\$/g, ''));
}

function mustParse(address: string): CellRange {
  const range = parseSheetRange(address);
  if (!range) throw new Error(`bad address in a fake sheet: ${address}`);
  return range;
}

/** A block as Excel writes its address: `预算表!B2:E10`, `'Budget 2024'!B3` (the sheet quoted only when it must be). */
export function sheetAddress(sheet: string, range: CellRange): string {
  const start = qualifiedAddress(sheet, range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start.endsWith(`!${end}`) ? start : `${start}:${end}`;
}

/** A defined name's formula pointed at another sheet (renamed), or at none (`=#REF!$A$1`, deleted). */
export function repointFormula(formula: string, sheet: string | null): string {
  const local = splitSheetReference(formula)?.local ?? '';
  return sheet === null ? `=#REF!${local}` : `=${qualifiedAddress(sheet, 0, 0).slice(0, -"A1".length)}${local}`;
}

/** The sheet a defined name's formula points to, or null for `=#REF!…`. */
export function sheetOfFormula(formula: string): string | null {
  return formula.startsWith('=#REF!') ? null : (splitSheetReference(formula)?.sheet ?? null);
}
