/**
 * The few Office.js objects the reader touches, typed by shape only, with Office.js's own names, so that
 * `Excel.RequestContext` is one (officeHost.ts checks that at compile time) and a test can hand over an
 * in-memory fake. Office.js rules apply to every implementation: `load` only queues a read, the value
 * arrives at the next `sync()`, and reading a property that was not loaded and synced throws.
 */

/** Excel.Range: a block of cells, or a null object from a `...OrNullObject` method. */
export interface HostRange {
  load(propertyNames: string): HostRange;
  readonly isNullObject: boolean;
  /** Sheet-qualified: `Sheet1!B2:E10`, `'Budget 2024'!B3`. */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Errors come as their text (`#DIV/0!`), empty cells as ''. */
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /** Excel.RangeValueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' | … */
  readonly valueTypes: readonly (readonly string[])[];
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): HostRangeAreas;
}

/** Excel.RangeAreas: the merged areas of a range, one address listing them all. */
export interface HostRangeAreas {
  load(propertyNames: string): HostRangeAreas;
  readonly isNullObject: boolean;
  /** `Sheet1!A1:E1, Sheet1!A8:A10`. */
  readonly address: string;
}

export interface HostWorksheet {
  load(propertyNames: string): HostWorksheet;
  readonly name: string;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  /** No address: the whole sheet. */
  getRange(address?: string): HostRange;
}

/** Excel.Table (a ListObject). */
export interface HostTable {
  load(propertyNames: string): HostTable;
  readonly name: string;
  readonly showHeaders: boolean;
  readonly worksheet: HostWorksheet;
  getRange(): HostRange;
}

/** Excel.WorksheetCollection / Excel.TableCollection: `items` after `load('items/name')` and a sync. */
export interface HostCollection<T> {
  load(propertyNames: string): HostCollection<T>;
  readonly items: readonly T[];
}

/** Excel.RequestContext, as far as the reader goes. */
export interface ExcelHost {
  readonly workbook: {
    readonly worksheets: HostCollection<HostWorksheet>;
    readonly tables: HostCollection<HostTable>;
  };
  sync(): Promise<unknown>;
}
