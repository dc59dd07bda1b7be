import { parseRangeAddress, UNCALCULATED, type CellRange, type CellValue } from '../../core';
import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { attributeNamed, scanXml, type XmlAttributes, type XmlHandlers } from '../xml/scanXml';
import { parseCellReference } from './cellReference';
import { isDateFormat, isoCellDate, serialToIsoDate } from './dateCells';
import { decodeXString } from './decodeXString';
import { SheetRows } from './SheetRows';

/** What a worksheet part holds for the snapshot, before its tables are read. */
export interface SheetPartContent {
  readonly rows: SheetRows;
  readonly merges: CellRange[];
  /** Relationship ids of its Excel tables (`<tablePart r:id>`). */
  readonly tableIds: string[];
}

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly cellFormats: readonly (string | null)[];
  readonly date1904: boolean;
  readonly budget: ExpansionBudget;
}

export function readSheetPart(archive: Uint8Array, entry: ZipEntry, context: SheetContext): SheetPartContent {
  const scanner = new SheetScanner(context);
  scanXml(archive, entry, context.budget, scanner);
  scanner.rows.clearCovered(scanner.merges);
  return { rows: scanner.rows, merges: scanner.merges, tableIds: scanner.tableIds };
}

/**
 * One pass over `<sheetData>`, `<mergeCells>` and `<tableParts>`. A row or cell without `r` follows the one
 * before it (ECMA-376 makes `r` optional and writers such as openpyxl's write-only mode leave it out).
 */
class SheetScanner implements XmlHandlers {
  readonly rows = new SheetRows();
  readonly merges: CellRange[] = [];
  readonly tableIds: string[] = [];
  private row = -1;
  private col = -1;
  private type = 'n';
  private style = 0;
  private formula = false;
  /** The text of `<v>`; null while the cell has none. */
  private value: string | null = null;
  private inline: string | null = null;
  private into: 'v' | 't' | null = null;
  private phonetic = 0;
  private readonly dateStyles: (boolean | undefined)[] = [];

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: XmlAttributes): void {
    switch (name) {
      case 'row':
        this.row = attributes.r === undefined ? this.row + 1 : Number(attributes.r) - 1;
        this.col = -1;
        return;
      case 'c':
        return this.openCell(attributes);
      case 'f':
        this.formula = true;
        return;
      case 'v':
        this.value = '';
        this.into = 'v';
        return;
      case 'is':
        this.inline = '';
        return;
      case 't':
        if (this.inline !== null && this.phonetic === 0) this.into = 't';
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'mergeCell':
        return this.addMerge(attributes.ref);
      case 'tablePart': {
        const id = attributeNamed(attributes, 'id');
        if (id) this.tableIds.push(id);
      }
    }
  }

  text(text: string): void {
    if (this.into === 'v') this.value += text;
    else if (this.into === 't') this.inline += text;
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.into = null;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'c') this.closeCell();
  }

  private openCell(attributes: XmlAttributes): void {
    const ref = attributes.r === undefined ? null : parseCellReference(attributes.r);
    if (ref) {
      this.row = ref.row;
      this.col = ref.col;
    } else this.col++;
    if (this.row < 0) this.row = 0;
    this.type = attributes.t ?? 'n';
    this.style = attributes.s === undefined ? 0 : Number(attributes.s);
    this.formula = false;
    this.value = null;
    this.inline = null;
    this.into = null;
    this.phonetic = 0;
  }

  private closeCell(): void {
    const format = this.context.cellFormats[this.style] ?? null;
    const value = this.cellValue(format);
    if (value !== null) this.context.budget.cell(this.context.sheet);
    this.rows.set(this.row, this.col, value, format);
  }

  /** The value Excel shows: a formula's cached result, a date-formatted number as its date. */
  private cellValue(format: string | null): CellValue {
    if (this.type === 'inlineStr') return this.inline === null ? null : decodeXString(this.inline);
    const text = this.value;
    if (text === null) return this.formula ? UNCALCULATED : null;
    if (text === '') return null;
    switch (this.type) {
      case 's':
        return this.context.sharedStrings[Number(text)] ?? null;
      case 'str':
        return decodeXString(text);
      case 'b':
        return Number(text) !== 0;
      case 'e':
        return { error: text };
      case 'd':
        return isoCellDate(text);
      default:
        return this.number(text, format);
    }
  }

  private number(text: string, format: string | null): CellValue {
    const number = Number(text);
    // Not a number at all (a writer's bug): the text itself, so that the engine names it rather than drop it.
    if (!Number.isFinite(number)) return text;
    return this.isDateStyle(format) ? serialToIsoDate(number, this.context.date1904) : number;
  }

  /** isDateFormat of the cell's style, worked out once per style rather than once per number. */
  private isDateStyle(format: string | null): boolean {
    let isDate = this.dateStyles[this.style];
    if (isDate === undefined) this.dateStyles[this.style] = isDate = isDateFormat(format);
    return isDate;
  }

  private addMerge(ref: string | undefined): void {
    const range = ref === undefined ? null : parseRangeAddress(ref);
    if (range) this.merges.push(range);
  }
}
