import type { CellRange } from '../../../src/core';
import type { HostHyperlink, HostRange, HostRangeAreas } from '../../../src/excel';
import { MAX_ROWS, sheetAddress, type CellState, type SheetState } from './FakeBook';
import { MAX_ROW_HEIGHT, type FakeExcel } from './FakeExcel';
import { FakeRangeFormat } from './fakeFormat';
import { Loadable, officeError } from './Loadable';
import type { FakeWorksheet } from './fakeWorksheet';

/** More cells than this in one grid is a test asking for a whole sheet by mistake. */
const GRID_LIMIT = 5_000_000;

const cellCount = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/**
 * Excel.Range over a block that is found when a sync reaches it (a used range is measured then). Reads
 * give what the block held at that sync; writes change it at the next one.
 */
export class FakeRange extends Loadable implements HostRange {
  readonly format: FakeRangeFormat;

  constructor(
    host: FakeExcel,
    private readonly sheet: FakeWorksheet,
    private readonly locate: () => CellRange | null,
  ) {
    super(host);
    this.format = new FakeRangeFormat((path, value) => {
      if (path === 'columnWidth' || path === 'rowHeight' || path === 'indentLevel') host.uses(`RangeFormat.${path}`);
      this.change(`format.${path}`, value, (s, r) => setFormat(s, r, path, value));
    });
  }

  describe(): string {
    const r = this.locate();
    return r ? `range(${sheetAddress(this.sheet.ref.name, r)})` : `range(${this.sheet.ref.name}!<null>)`;
  }

  load(propertyNames: string): HostRange {
    this.queueLoad(propertyNames);
    return this;
  }

  override cellsRequested(properties: readonly string[]): number {
    const r = properties.includes('values') ? this.locate() : null;
    return r ? cellCount(r) : 0;
  }

  protected capture(property: string): unknown {
    const r = this.locate();
    if (!r) return null;
    const sheet = this.sheet.ref.get();
    switch (property) {
      case 'address':
        return this.sheet.qualified(r);
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'values':
        return grid(sheet, r, (c) => c?.value ?? '');
      case 'numberFormat':
        return grid(sheet, r, (c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid(sheet, r, (c) => c?.type ?? 'Empty');
      default:
        throw new Error(`the fake does not load range.${property}`);
    }
  }

  override arrive(properties: readonly string[]): number {
    this.isNull = this.locate() === null;
    return super.arrive(properties);
  }

  private isNull: boolean | undefined;

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw new Error(`PropertyNotLoaded: ${this.describe()}.isNullObject`);
    return this.isNull;
  }

  private present<T>(property: string): T {
    if (this.isNull) throw new Error(`InvalidObjectPath: ${this.describe()} is a null object`);
    return this.read<T>(property);
  }

  get address(): string { return this.present('address'); }
  get rowCount(): number { return this.present('rowCount'); }
  get columnCount(): number { return this.present('columnCount'); }
  get valueTypes(): string[][] { return this.present('valueTypes'); }
  get values(): unknown[][] { return this.present('values'); }
  set values(rows: readonly (readonly unknown[])[]) {
    this.change('values', rows, (s, r) => each(s, r, rows, 'values', (cell, v) => setValue(cell, v)));
  }
  get numberFormat(): unknown[][] { return this.present('numberFormat'); }
  set numberFormat(rows: readonly (readonly unknown[])[]) {
    this.change('numberFormat', rows, (s, r) => each(s, r, rows, 'numberFormat', (cell, v) => (cell.numberFormat = String(v))));
  }
  get hyperlink(): HostHyperlink { return this.present('hyperlink'); }
  set hyperlink(link: HostHyperlink) {
    this.host.uses('Range.hyperlink');
    this.change('hyperlink', link, (s, r) => {
      if (cellCount(r) !== 1) throw new Error('the fake sets a hyperlink on one cell at a time');
      s.cellAt(r.top, r.left).hyperlink = { ...link };
    });
  }

  get columnHidden(): boolean { return this.present('columnHidden'); }
  set columnHidden(hidden: boolean) {
    this.host.uses('Range.columnHidden');
    this.change('columnHidden', hidden, (s, r) => {
      if (r.top !== 0 || r.bottom !== MAX_ROWS - 1) throw officeError('InvalidArgument', 'columnHidden is set on whole columns');
      for (let c = r.left; c <= r.right; c++) s.hiddenColumns.add(c);
    });
  }

  merge(across?: boolean): void {
    this.host.uses('Range.merge');
    this.change(`merge${across ? ' across' : ''}`, undefined, (s, r) => {
      if (s.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right)) {
        throw new Error(`InvalidOperation: ${this.sheet.qualified(r)} overlaps a merged area`);
      }
      s.merges.push(r);
    });
  }

  select(): void {
    this.host.enqueueAction('view', () => ({ sheet: this.sheet.ref.name, what: 'select' }), undefined, () => {
      const r = this.locate();
      if (!r) throw new Error('InvalidObjectPath: select on a null range');
      const sheet = this.sheet.ref.get();
      if (this.host.activeSheet !== sheet.name) throw new Error(`InvalidOperation: ${sheet.name} is not the active sheet`);
      this.host.selection = { sheet: sheet.name, address: this.sheet.qualified(r).split('!')[1] };
    });
  }

  getMergedAreasOrNullObject(): HostRangeAreas {
    this.host.uses('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.host, this.sheet, () => {
      const r = this.locate();
      const sheet = this.sheet.ref.get();
      return r ? sheet.merges.filter((m) => m.top >= r.top && m.left >= r.left && m.bottom <= r.bottom && m.right <= r.right) : [];
    });
  }

  /** Queues one change to this block, recorded against the sheet it is on. */
  private change(what: string, payload: unknown, apply: (sheet: SheetState, range: CellRange) => void): void {
    const where = () => {
      const r = this.locate();
      return r ? this.sheet.qualified(r).split('!')[1] : '<null>';
    };
    this.host.enqueueAction('cells', () => ({ sheet: this.sheet.ref.name, what: `${what} ${where()}` }), payload, () => {
      const r = this.locate();
      if (!r) throw new Error(`InvalidObjectPath: ${what} on a null range`);
      apply(this.sheet.ref.get(), r);
    });
  }
}

/** Excel.RangeAreas for getMergedAreasOrNullObject: a null object when there is no merge. */
class FakeRangeAreas extends Loadable implements HostRangeAreas {
  private areas: readonly CellRange[] | undefined;

  constructor(
    host: FakeExcel,
    private readonly sheet: FakeWorksheet,
    private readonly find: () => readonly CellRange[],
  ) {
    super(host);
  }

  describe(): string {
    return `mergedAreas(${this.sheet.ref.name})`;
  }

  load(propertyNames: string): HostRangeAreas {
    this.queueLoad(propertyNames);
    return this;
  }

  override arrive(properties: readonly string[]): number {
    this.areas = this.find();
    return super.arrive(properties);
  }

  protected capture(property: string): unknown {
    if (property !== 'address') throw new Error(`the fake does not load rangeAreas.${property}`);
    return (this.areas ?? []).map((a) => this.sheet.qualified(a)).join(', ');
  }

  get isNullObject(): boolean {
    if (!this.areas) throw new Error(`PropertyNotLoaded: ${this.describe()}.isNullObject`);
    return this.areas.length === 0;
  }

  get address(): string {
    if (this.areas?.length === 0) throw new Error('InvalidObjectPath: no merged areas');
    return this.read('address');
  }
}

function grid<T>(sheet: SheetState, r: CellRange, pick: (cell: CellState | undefined) => T): T[][] {
  if (cellCount(r) > GRID_LIMIT) throw new Error('the fake refuses to build a whole-sheet grid');
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(pick(sheet.peek(row, col)));
    out.push(line);
  }
  return out;
}

/** A 2-D write must have the block's shape, as Office.js insists; null leaves a cell as it is. */
function each(sheet: SheetState, r: CellRange, rows: readonly (readonly unknown[])[], what: string, set: (cell: CellState, v: unknown) => void): void {
  const height = r.bottom - r.top + 1;
  const width = r.right - r.left + 1;
  if (rows.length !== height || rows.some((row) => row.length !== width)) {
    throw new Error(`InvalidArgument: ${what} of ${rows.length} rows for a block of ${height}×${width}`);
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) set(sheet.cellAt(r.top + i, r.left + j), v);
    }),
  );
}

/** A string beginning with `=` is a formula, unless the cell was formatted as text first. */
function setValue(cell: CellState, v: unknown): void {
  if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
    cell.value = { formula: v };
    cell.type = 'Formula';
    return;
  }
  cell.value = v;
  cell.type = v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

function setFormat(sheet: SheetState, r: CellRange, path: string, value: unknown): void {
  if (path === 'columnWidth') {
    for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, Number(value));
    return;
  }
  if (path === 'rowHeight') {
    if (!(Number(value) >= 0 && Number(value) <= MAX_ROW_HEIGHT)) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (rowHeight ${String(value)})`);
    for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, Number(value));
    return;
  }
  if ((path.startsWith('borders.InsideHorizontal') && r.top === r.bottom) || (path.startsWith('borders.InsideVertical') && r.left === r.right)) {
    throw new Error(`InvalidArgument: ${path} on a block without inside edges`);
  }
  if (cellCount(r) > GRID_LIMIT) throw new Error(`the fake refuses to format ${cellCount(r)} cells`);
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) sheet.cellAt(row, col).format.set(path, value);
}
