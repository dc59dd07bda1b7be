import { cellAddress, type CellRange } from '../../../src/core';
import type { EtFont, EtRange } from '../../../src/wps';
import { COLUMNS, GENERAL, ROWS, type FakeEtBook, type FakeSheetData } from './FakeEtBook';

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const isCell = (r: CellRange) => r.top === r.bottom && r.left === r.right;

/** ET.Range over the fake, as strict as WPS: every access a call that may throw, Address() a method, Value2 shapes as WPS gives them. */
export class FakeEtRange implements EtRange {
  constructor(
    private readonly book: FakeEtBook,
    private readonly sheet: FakeSheetData,
    readonly range: CellRange,
  ) {}

  private call(what: string): void {
    this.book.tick(`${this.sheet.name}!${this.Address(false, false, true)}.${what}`);
  }

  private set(what: string, kind: 'cells' | 'view' = 'cells'): void {
    this.call(what);
    this.book.write(this.sheet, kind, what);
  }

  private *each(): Generator<[number, number]> {
    const { top, left, bottom, right } = this.range;
    if ((bottom - top + 1) * (right - left + 1) > 1_000_000) throw new Error('fake: a whole-sheet cell walk');
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) yield [r, c];
  }

  Address(RowAbsolute = true, ColumnAbsolute = true, uncounted = false): string {
    if (!uncounted) this.book.tick('Address');
    const one = (row: number, col: number) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cellAddress(row, col)) ?? [];
      return `${ColumnAbsolute ? '$' : ''}${letters}${RowAbsolute ? '$' : ''}${digits}`;
    };
    const { top, left, bottom, right } = this.range;
    return isCell(this.range) ? one(top, left) : `${one(top, left)}:${one(bottom, right)}`;
  }

  /** One cell: a scalar; several: rows of cells, a 1×n block too; an empty cell is undefined. */
  get Value2(): unknown {
    this.call('Value2');
    const { top, left, bottom, right } = this.range;
    if (isCell(this.range)) return this.sheet.peek(top, left)?.value;
    return Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => this.sheet.peek(top + r, left + c)?.value));
  }

  set Value2(value: unknown) {
    this.set('Value2');
    const { top, left, bottom, right } = this.range;
    const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    if (rows.length !== bottom - top + 1 || rows.some((row) => !Array.isArray(row) || row.length !== right - left + 1)) {
      throw new Error('WPS: the array does not have the shape of the range');
    }
    for (const [r, c] of this.each()) {
      const cell = this.sheet.cell(r, c);
      const given = rows[r - top][c - left];
      cell.value = given === null || given === '' ? undefined : given;
      cell.formula = typeof given === 'string' && given.startsWith('=') && cell.format !== '@';
    }
  }

  /** A string when every cell has one format, null when they differ. */
  get NumberFormat(): unknown {
    this.call('NumberFormat');
    const formats = new Set<string>();
    for (const [r, c] of this.each()) formats.add(this.sheet.peek(r, c)?.format ?? GENERAL);
    return formats.size === 1 ? [...formats][0] : null;
  }

  set NumberFormat(value: unknown) {
    this.set('NumberFormat');
    if (typeof value !== 'string') throw new Error('WPS: NumberFormat takes one format');
    for (const [r, c] of this.each()) this.sheet.cell(r, c).format = value;
  }

  get MergeCells(): boolean | null {
    this.call('MergeCells');
    let merged = 0;
    let total = 0;
    for (const [r, c] of this.each()) {
      total++;
      if (this.sheet.merges.some((m) => overlaps(m, { top: r, left: c, bottom: r, right: c }))) merged++;
    }
    return merged === 0 ? false : merged === total ? true : null;
  }

  get MergeArea(): EtRange {
    this.call('MergeArea');
    if (!isCell(this.range)) throw new Error('WPS: MergeArea applies to one cell');
    const merge = this.sheet.merges.find((m) => overlaps(m, this.range));
    return new FakeEtRange(this.book, this.sheet, merge ?? this.range);
  }

  Merge(): void {
    this.set('Merge()');
    if (this.sheet.merges.some((m) => overlaps(m, this.range))) throw new Error('WPS: the range overlaps a merged area');
    this.sheet.merges.push(this.range);
  }

  Select(): void {
    this.call('Select()');
    if (this.book.active !== this.sheet) throw new Error('WPS: Select works on the active sheet only');
    this.book.selection = { sheet: this.sheet.name, address: this.Address(false, false, true) };
    this.book.write(this.sheet, 'view', 'Select()');
  }

  private columns(): number[] {
    if (this.range.top !== 0 || this.range.bottom !== ROWS - 1) throw new Error('fake: widths are set on whole columns');
    return Array.from({ length: this.range.right - this.range.left + 1 }, (_, i) => this.range.left + i);
  }

  set ColumnWidth(width: number) {
    this.set('ColumnWidth');
    if (!(width >= 0 && width <= 255)) throw new Error('WPS: a column is 0 to 255 characters wide');
    for (const col of this.columns()) this.sheet.widths.set(col, width);
  }

  set RowHeight(height: number) {
    this.set('RowHeight');
    if (this.range.left !== 0 || this.range.right !== COLUMNS - 1) throw new Error('fake: heights are set on whole rows');
    if (!(height >= 0 && height <= 409)) throw new Error('WPS: a row is 0 to 409 points high');
    for (let r = this.range.top; r <= this.range.bottom; r++) this.sheet.heights.set(r, height);
  }

  get EntireColumn(): { Hidden: boolean } {
    this.call('EntireColumn');
    const set = (hidden: boolean) => {
      this.set('EntireColumn.Hidden');
      for (const col of this.columns()) if (hidden) this.sheet.hiddenColumns.add(col);
    };
    return Object.defineProperty({} as { Hidden: boolean }, 'Hidden', { set, get: () => false });
  }

  set WrapText(_: boolean) {
    this.set('WrapText');
  }

  set HorizontalAlignment(_: number) {
    this.set('HorizontalAlignment');
  }

  set VerticalAlignment(_: number) {
    this.set('VerticalAlignment');
  }

  set IndentLevel(_: number) {
    this.set('IndentLevel');
  }

  get Font(): EtFont {
    this.call('Font');
    return this.properties<EtFont>('Font', ['Name', 'Size', 'Bold', 'Color', 'Underline']);
  }

  get Interior(): { Color: number } {
    this.call('Interior');
    return this.properties('Interior', ['Color']);
  }

  get Borders(): { LineStyle: number; Color: number } {
    this.call('Borders');
    return this.properties('Borders', ['LineStyle', 'Color']);
  }

  /** A sub-object whose setters are calls that write (the looks: the test sees that they are set, and on which sheet). */
  private properties<T extends object>(owner: string, names: readonly string[]): T {
    const target = {} as T;
    for (const name of names) Object.defineProperty(target, name, { set: () => this.set(`${owner}.${name}`), get: () => undefined });
    return target;
  }

  // The getters TypeScript wants beside the setters above: the shell only sets these.
  get ColumnWidth(): number {
    throw new Error('fake: ColumnWidth is not read');
  }

  get RowHeight(): number {
    throw new Error('fake: RowHeight is not read');
  }

  get WrapText(): boolean {
    throw new Error('fake: WrapText is not read');
  }

  get HorizontalAlignment(): number {
    throw new Error('fake: HorizontalAlignment is not read');
  }

  get VerticalAlignment(): number {
    throw new Error('fake: VerticalAlignment is not read');
  }

  get IndentLevel(): number {
    throw new Error('fake: IndentLevel is not read');
  }
}
