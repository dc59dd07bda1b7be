import { cellAddress, isCellError, parseRangeAddress, type CellRange, type CellValue } from '../../src/core';
import type { ExcelHost, HostCollection, HostRange, HostRangeAreas, HostTable, HostWorksheet } from '../../src/excel';

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

export interface FakeHostOptions {
  /** Throw at this sync (1-based), before any of its loads arrive. */
  readonly failAtSync?: number;
  readonly failure?: Error;
  /** Throw when one sync asks for values of more cells than this, as Excel on the web does past 5 MB. */
  readonly responseCellLimit?: number;
}

export interface LoadRecord {
  readonly sync: number;
  readonly target: string;
  readonly properties: string;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * An in-memory Excel.RequestContext for the reader, keeping Office.js's rules: `load` only queues, values
 * arrive at the next `sync()`, and reading a property that was not loaded and synced throws (as
 * PropertyNotLoaded does). It counts syncs, records every load and can be told to fail at the k-th sync.
 */
export class FakeHost implements ExcelHost {
  syncCount = 0;
  readonly loads: LoadRecord[] = [];
  /** Cells whose values each sync returned. */
  readonly cellsPerSync: number[] = [];
  readonly workbook: ExcelHost['workbook'];
  private queue: { target: Loadable; properties: string[] }[] = [];

  constructor(
    readonly sheets: readonly FakeSheet[],
    private readonly options: FakeHostOptions = {},
  ) {
    const worksheets = sheets.map((sheet) => new FakeWorksheet(this, sheet));
    const tables = worksheets.flatMap((ws) => (ws.data.tables ?? []).map((t) => new FakeTable(this, ws, t)));
    this.workbook = {
      worksheets: new FakeCollection<HostWorksheet>(this, 'worksheets', worksheets),
      tables: new FakeCollection<HostTable>(this, 'tables', tables),
    };
  }

  enqueue(target: Loadable, propertyNames: string): void {
    const properties = propertyNames.split(',').map((p) => p.trim()).filter(Boolean);
    this.loads.push({ sync: this.syncCount + 1, target: target.describe(), properties: properties.join(',') });
    this.queue.push({ target, properties });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    this.queue = [];
    if (this.options.failAtSync === this.syncCount) throw this.options.failure ?? new Error(`sync ${this.syncCount} failed`);
    let cells = 0;
    for (const { target, properties } of queue) {
      if (target instanceof FakeRange && properties.includes('values')) cells += target.cellCount();
    }
    this.cellsPerSync.push(cells);
    if (this.options.responseCellLimit !== undefined && cells > this.options.responseCellLimit) {
      throw new Error(`RichApi.Error: The response payload size has exceeded the limit (${cells} cells)`);
    }
    for (const { target, properties } of queue) target.arrive(properties);
  }
}

abstract class Loadable {
  private readonly loaded = new Set<string>();
  private synced = false;

  constructor(protected readonly host: FakeHost) {}

  abstract describe(): string;

  /** Called at sync with the properties queued for this object. */
  arrive(properties: readonly string[]): void {
    this.synced = true;
    for (const p of properties) this.loaded.add(p);
  }

  protected queueLoad(propertyNames: string): void {
    this.host.enqueue(this, propertyNames);
  }

  protected read<T>(property: string, value: () => T): T {
    if (!this.loaded.has(property)) throw new Error(`PropertyNotLoaded: ${this.describe()}.${property}`);
    return value();
  }

  protected get wasSynced(): boolean {
    return this.synced;
  }
}

class FakeCollection<T> extends Loadable implements HostCollection<T> {
  constructor(
    host: FakeHost,
    private readonly label: string,
    private readonly all: readonly (T & Loadable)[],
  ) {
    super(host);
  }

  describe(): string {
    return this.label;
  }

  load(propertyNames: string): HostCollection<T> {
    this.queueLoad(propertyNames);
    return this;
  }

  override arrive(properties: readonly string[]): void {
    super.arrive(['items']);
    const itemProps = properties.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    for (const item of this.all) item.arrive(itemProps);
  }

  get items(): readonly T[] {
    return this.read('items', () => this.all);
  }
}

class FakeWorksheet extends Loadable implements HostWorksheet {
  constructor(
    host: FakeHost,
    readonly data: FakeSheet,
  ) {
    super(host);
  }

  describe(): string {
    return `worksheet(${this.data.name})`;
  }

  load(propertyNames: string): HostWorksheet {
    this.queueLoad(propertyNames);
    return this;
  }

  get name(): string {
    return this.read('name', () => this.data.name);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    if (valuesOnly !== true) throw new Error('the fake models only getUsedRangeOrNullObject(true)');
    return new FakeRange(this.host, this, usedRange(this.data));
  }

  getRange(address?: string): HostRange {
    if (address === undefined) return new FakeRange(this.host, this, { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 });
    if (address.includes('!')) throw new Error(`Worksheet.getRange takes no sheet name: ${address}`);
    const range = parseRangeAddress(address);
    if (!range) throw new Error(`InvalidArgument: ${address}`);
    return new FakeRange(this.host, this, range);
  }

  /** The value, type and format of one sheet cell. */
  cell(row: number, col: number): { value: unknown; type: string; format: string } {
    const origin = this.data.origin ?? { row: 0, col: 0 };
    const value = this.data.rows[row - origin.row]?.[col - origin.col] ?? null;
    const format = this.data.formats?.[row - origin.row]?.[col - origin.col] ?? 'General';
    if (value === null) return { value: '', type: 'Empty', format };
    if (isCellError(value)) return { value: value.error, type: 'Error', format };
    if (typeof value === 'number') return { value, type: Number.isInteger(value) ? 'Integer' : 'Double', format };
    if (typeof value === 'boolean') return { value, type: 'Boolean', format };
    return { value, type: 'String', format };
  }

  qualified(range: CellRange): string {
    const name = /^[\p{L}\p{N}_]+$/u.test(this.data.name) ? this.data.name : `'${this.data.name.replace(/'/g, "''")}'`;
    const start = cellAddress(range.top, range.left);
    const end = cellAddress(range.bottom, range.right);
    return `${name}!${start === end ? start : `${start}:${end}`}`;
  }
}

class FakeRange extends Loadable implements HostRange {
  constructor(
    host: FakeHost,
    private readonly sheet: FakeWorksheet,
    private readonly range: CellRange | null,
  ) {
    super(host);
  }

  describe(): string {
    return `range(${this.range ? this.sheet.qualified(this.range) : `${this.sheet.data.name}!<null>`})`;
  }

  load(propertyNames: string): HostRange {
    this.queueLoad(propertyNames);
    return this;
  }

  cellCount(): number {
    const r = this.range;
    return r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
  }

  get isNullObject(): boolean {
    if (!this.wasSynced) throw new Error(`PropertyNotLoaded: ${this.describe()}.isNullObject`);
    return this.range === null;
  }

  private present<T>(property: string, value: (range: CellRange) => T): T {
    return this.read(property, () => {
      if (!this.range) throw new Error(`InvalidObjectPath: ${this.describe()} is a null object`);
      return value(this.range);
    });
  }

  get address(): string {
    return this.present('address', (r) => this.sheet.qualified(r));
  }
  get rowCount(): number {
    return this.present('rowCount', (r) => r.bottom - r.top + 1);
  }
  get columnCount(): number {
    return this.present('columnCount', (r) => r.right - r.left + 1);
  }
  get values(): unknown[][] {
    return this.present('values', (r) => this.grid(r, (c) => c.value));
  }
  get numberFormat(): unknown[][] {
    return this.present('numberFormat', (r) => this.grid(r, (c) => c.format));
  }
  get valueTypes(): string[][] {
    return this.present('valueTypes', (r) => this.grid(r, (c) => c.type));
  }

  private grid<T>(r: CellRange, pick: (cell: { value: unknown; type: string; format: string }) => T): T[][] {
    if (this.cellCount() > 5_000_000) throw new Error('the fake refuses to build a whole-sheet grid');
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(pick(this.sheet.cell(row, col)));
      out.push(line);
    }
    return out;
  }

  getMergedAreasOrNullObject(): HostRangeAreas {
    const r = this.range;
    const inside = (this.sheet.data.merges ?? [])
      .map((m) => parseRangeAddress(m))
      .filter((m): m is CellRange => m !== null && r !== null && m.top >= r.top && m.left >= r.left && m.bottom <= r.bottom && m.right <= r.right);
    return new FakeRangeAreas(this.host, this.sheet, inside);
  }
}

class FakeRangeAreas extends Loadable implements HostRangeAreas {
  constructor(
    host: FakeHost,
    private readonly sheet: FakeWorksheet,
    private readonly areas: readonly CellRange[],
  ) {
    super(host);
  }

  describe(): string {
    return `mergedAreas(${this.sheet.data.name})`;
  }

  load(propertyNames: string): HostRangeAreas {
    this.queueLoad(propertyNames);
    return this;
  }

  get isNullObject(): boolean {
    if (!this.wasSynced) throw new Error(`PropertyNotLoaded: ${this.describe()}.isNullObject`);
    return this.areas.length === 0;
  }

  get address(): string {
    return this.read('address', () => {
      if (this.areas.length === 0) throw new Error('InvalidObjectPath: no merged areas');
      return this.areas.map((a) => this.sheet.qualified(a)).join(', ');
    });
  }
}

class FakeTable extends Loadable implements HostTable {
  constructor(
    host: FakeHost,
    readonly worksheet: FakeWorksheet,
    private readonly data: { readonly name: string; readonly ref: string; readonly showHeaders: boolean },
  ) {
    super(host);
  }

  describe(): string {
    return `table(${this.data.name})`;
  }

  load(propertyNames: string): HostTable {
    this.queueLoad(propertyNames);
    return this;
  }

  get name(): string {
    return this.read('name', () => this.data.name);
  }
  get showHeaders(): boolean {
    return this.read('showHeaders', () => this.data.showHeaders);
  }

  getRange(): HostRange {
    return this.worksheet.getRange(this.data.ref);
  }
}

/** The bounding box of the non-empty cells, as getUsedRangeOrNullObject(true) sees it; null when none. */
function usedRange(sheet: FakeSheet): CellRange | null {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  sheet.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (top < 0) return null;
  return { top: origin.row + top, left: origin.col + left, bottom: origin.row + bottom, right: origin.col + right };
}
