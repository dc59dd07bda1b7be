/**
 * The few Office.js objects the shell touches, typed by shape only, with Office.js's own names, so that
 * `Excel.RequestContext` is one (officeHost.ts checks that at compile time) and a test can hand over an
 * in-memory fake. Office.js rules apply to every implementation: `load` only queues a read, the value
 * arrives at the next `sync()`, reading a property that was not loaded and synced throws, and every setter
 * and method call is queued too, and reaches the workbook at the next `sync()`, in order.
 * Enum-typed Office.js properties are declared as plain strings here: an Office.js enum member is a string,
 * but not the string literal of the same text.
 */

/** Excel.Range: a block of cells, or a null object from a `...OrNullObject` method. */
export interface HostRange {
  load(propertyNames: string): HostRange;
  readonly isNullObject: boolean;
  /** Sheet-qualified: `Sheet1!B2:E10`, `'Budget 2024'!B3`. */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * Errors come as their text (`#DIV/0!`), empty cells as ''. Set: a string beginning with `=` becomes a
   * formula unless the cell is formatted as text (`@`) first; null leaves a cell as it is.
   */
  values: readonly (readonly unknown[])[];
  numberFormat: readonly (readonly unknown[])[];
  /** Excel.RangeValueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' | … */
  readonly valueTypes: readonly (readonly string[])[];
  /** ExcelApi 1.7: a link to a place in this workbook when `documentReference` is set. */
  hyperlink: HostHyperlink;
  /** ExcelApi 1.2: set on whole columns. */
  columnHidden: boolean;
  readonly format: HostRangeFormat;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): HostRangeAreas;
  merge(across?: boolean): void;
  select(): void;
}

export interface HostHyperlink {
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** Excel.RangeFormat, as far as the writer goes. Widths and heights are in points. */
export interface HostRangeFormat {
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  /** 'General' | 'Left' | 'Center' | 'Right' | … */
  horizontalAlignment: string;
  /** 'Top' | 'Center' | 'Bottom' | … */
  verticalAlignment: string;
  /** ExcelApi 1.9. */
  indentLevel: number;
  readonly font: { name: string; size: number; bold: boolean; color: string; underline: string };
  readonly fill: { color: string };
  readonly borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal'): HostRangeBorder };
}

export interface HostRangeBorder {
  /** 'Continuous' | 'None' | … */
  style: string;
  color: string;
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
  /** Set: renames the sheet; defined names that point into it follow it. */
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' (ExcelApi 1.1). */
  visibility: string;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  /** ExcelApi 1.1 (`valuesOnly`: 1.2): A1 on a sheet with no value. */
  getUsedRange(valuesOnly?: boolean): HostRange;
  /** No address: the whole sheet. */
  getRange(address?: string): HostRange;
  delete(): void;
  activate(): void;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeAt(frozenRange: string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: HostPageLayout;
}

export interface HostPageLayout {
  /** 'Portrait' | 'Landscape' */
  orientation: string;
  /** 'A4' | … */
  paperSize: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
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

export interface HostWorksheetCollection extends HostCollection<HostWorksheet> {
  load(propertyNames: string): HostWorksheetCollection;
  /** Adds a sheet after the last one. */
  add(name: string): HostWorksheet;
  getItem(name: string): HostWorksheet;
}

/** Excel.NamedItem: a workbook-level defined name; `formula` (ExcelApi 1.7) is `='自评_总览'!$A$1`. */
export interface HostNamedItem {
  readonly name: string;
  readonly formula: unknown;
  delete(): void;
}

export interface HostNamedItemCollection extends HostCollection<HostNamedItem> {
  load(propertyNames: string): HostNamedItemCollection;
  add(name: string, reference: string, comment?: string): unknown;
  getItem(name: string): HostNamedItem;
}

/** Excel.Setting: a key and a JSON value kept inside the workbook file (ExcelApi 1.4). */
export interface HostSetting {
  load(propertyNames: string): HostSetting;
  readonly isNullObject: boolean;
  readonly value: unknown;
}

export interface HostSettingCollection {
  add(key: string, value: string | number | boolean | unknown[] | object): unknown;
  getItemOrNullObject(key: string): HostSetting;
}

export interface HostWorkbook {
  readonly worksheets: HostWorksheetCollection;
  readonly tables: HostCollection<HostTable>;
  readonly names: HostNamedItemCollection;
  readonly settings: HostSettingCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void; suspendApiCalculationUntilNextSync(): void };
}

/** Excel.RequestContext, as far as the shell goes. */
export interface ExcelHost {
  readonly workbook: HostWorkbook;
  sync(): Promise<unknown>;
}
