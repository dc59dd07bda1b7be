import { parseRangeAddress, type CellRange } from '../../../src/core';

/**
 * The state behind the fake object model: sheets of cells as WPS holds them (Value2 values: numbers, strings,
 * booleans, CVErr integers; undefined for an empty cell), their number formats, merges, tables and what the
 * writer set, the defined names, the active sheet and the selection. Every call made through the fake objects
 * (fakeEt.ts) counts; `failAt` makes the k-th throw, as WPS throws at once when it refuses one.
 */
export const GENERAL = 'G/通用格式';

export interface FakeCell {
  value: unknown;
  format: string;
  /** A string beginning with `=` written into a cell not formatted as text: WPS would have made it a formula. */
  formula?: boolean;
}

export interface FakeTable {
  readonly name: string;
  readonly range: CellRange;
  readonly showHeaders: boolean;
}

export class FakeSheetData {
  visible = -1;
  readonly cells = new Map<string, FakeCell>();
  readonly merges: CellRange[] = [];
  readonly tables: FakeTable[] = [];
  readonly links: { cell: string; address: string; subAddress: string; text: string }[] = [];
  readonly widths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly heights = new Map<number, number>();
  readonly page: Record<string, unknown> = {};

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: undefined, format: GENERAL }));
    return cell;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** As WPS: the block from the first to the last cell with a value or a format, merges included; A1 when none. */
  usedRange(): CellRange {
    const used: CellRange[] = [...this.merges];
    for (const [key, cell] of this.cells) {
      if (cell.value === undefined && cell.format === GENERAL) continue;
      const [row, col] = key.split(',').map(Number);
      used.push({ top: row, left: col, bottom: row, right: col });
    }
    if (used.length === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
    return {
      top: Math.min(...used.map((r) => r.top)),
      left: Math.min(...used.map((r) => r.left)),
      bottom: Math.max(...used.map((r) => r.bottom)),
      right: Math.max(...used.map((r) => r.right)),
    };
  }
}

export interface FakeWrite {
  /** The sheet written to, by its name at the time; null for a defined name or the application. */
  readonly sheet: string | null;
  readonly kind: 'cells' | 'sheet' | 'name' | 'view';
  readonly what: string;
}

export class FakeEtBook {
  readonly sheets: FakeSheetData[];
  /** Defined names, each pointing at A1 of a sheet, or at none once that sheet is deleted (`=#REF!$A$1`). */
  readonly names = new Map<string, FakeSheetData | null>();
  active: FakeSheetData;
  selection: { sheet: string; address: string } | null = null;
  screenUpdating = true;
  displayAlerts = true;
  readonly writes: FakeWrite[] = [];
  calls = 0;
  /** The call (1-based) that throws; 0 for none. */
  failAt = 0;

  constructor(sheets: FakeSheetData[]) {
    this.sheets = sheets;
    this.active = sheets[0];
  }

  /** Counts a call, and throws at the k-th, synchronously. */
  tick(what: string): void {
    this.calls++;
    if (this.calls === this.failAt) throw new Error(`WPS refused call ${this.calls} (${what})`);
  }

  write(sheet: FakeSheetData | null, kind: FakeWrite['kind'], what: string): void {
    this.writes.push({ sheet: sheet?.name ?? null, kind, what });
  }

  sheet(name: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

/** An A1 address as the object model takes it: `B3`, `$A$1:$C$4`, `C:C` (whole columns), `5:5` (whole rows). */
export function parseEtAddress(address: string): CellRange {
  const plain = address.replace(/\$/g, '');
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(plain);
  if (columns) {
    const range = parseRangeAddress(`${columns[1]}1:${columns[2]}1`);
    if (range) return { ...range, bottom: ROWS - 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: COLUMNS - 1 };
  const range = /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(plain) ? parseRangeAddress(plain) : null;
  if (!range) throw new Error(`WPS: Range("${address}") is not an address`);
  return range;
}

export const ROWS = 1_048_576;
export const COLUMNS = 16_384;
