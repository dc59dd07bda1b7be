/**
 * The few objects of WPS 表格's JS object model (ET, `window.Application` in a WPS 加载项) that the shell
 * touches, typed by shape only, with the object model's own names, so that a test can hand over an in-memory
 * fake. The rules every implementation follows, as WPS does:
 *   - every property read or write and every method call goes to the spreadsheet at once, synchronously, and a
 *     refused one throws at once (there is no queue and no sync, unlike Office.js);
 *   - collections are 1-based (`Item(1)` is the first), and `Item(name)` throws for a name that is not there;
 *   - `Address()` is a method, as in VBA (a property in Office.js);
 *   - `Value2` of one cell is a scalar, of several cells a 2-D array, row by row, even for one row or one column;
 *     an empty cell is undefined, an error value is its CVErr integer (#DIV/0! is -2146826281), a date its serial
 *     number;
 *   - `NumberFormat` and `MergeCells` of a block whose cells differ are null;
 *   - `Select()` works on a range of the active sheet only;
 *   - colours are BGR integers (red is 255, blue 16711680), column widths are in characters of the default font.
 * Sources: the `et-jsapi-declare` typings of the wpsjs tool (npm) and the VBA object model they mirror.
 */

/** ET.Range: a block of cells on one sheet. */
export interface EtRange {
  /** `$A$1:$I$30` by default; `A1:I30` with (false, false). Never sheet-qualified. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Value2: unknown;
  /** A string when every cell has the same format, else null. Set: one format for every cell. */
  NumberFormat: unknown;
  /** True when every cell is part of a merged area, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  /** Of one cell: the merged area holding it, or the cell itself. */
  readonly MergeArea: EtRange;
  /** In characters of the default font (Office.js gives points). */
  ColumnWidth: number;
  /** In points. */
  RowHeight: number;
  readonly EntireColumn: { Hidden: boolean };
  WrapText: boolean;
  /** XlHAlign: xlLeft -4131, xlCenter -4108, xlRight -4152. */
  HorizontalAlignment: number;
  /** XlVAlign: xlTop -4160, xlCenter -4108. */
  VerticalAlignment: number;
  IndentLevel: number;
  readonly Font: EtFont;
  readonly Interior: { Color: number };
  /** The collection as a whole: a line style or colour set on it applies to every edge, inside ones included. */
  readonly Borders: { LineStyle: number; Color: number };
  Merge(Across?: boolean): void;
  Select(): void;
}

export interface EtFont {
  Name: string;
  Size: number;
  Bold: boolean;
  /** BGR. */
  Color: number;
  /** XlUnderlineStyle: xlUnderlineStyleSingle 2. */
  Underline: number;
}

/** ET.PageSetup, as far as the writer goes. */
export interface EtPageSetup {
  /** xlPortrait 1, xlLandscape 2. */
  Orientation: number;
  /** xlPaperA4 9. */
  PaperSize: number;
  CenterHorizontally: boolean;
  /** false: scale by FitToPagesWide/Tall instead. */
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintArea: string;
  PrintTitleRows: string;
}

export interface EtListObject {
  readonly Name: string;
  readonly ShowHeaders: boolean;
  readonly Range: EtRange;
}

export interface EtHyperlinks {
  /** A link in this workbook: Address '' and SubAddress `'Sheet'!E12`; into another file: its path as Address. */
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}

export interface EtWorksheet {
  /** Set: renames the sheet; defined names that point into it follow it. */
  Name: string;
  /** XlSheetVisibility: xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: number;
  /** A1 on a sheet with no value. */
  readonly UsedRange: EtRange;
  Range(Cell1: string): EtRange;
  readonly ListObjects: { readonly Count: number; Item(Index: number): EtListObject };
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  /** Asks the user to confirm unless Application.DisplayAlerts is false. */
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  Item(Index: number | string): EtWorksheet;
  /** The new sheet, after `After` (before `Before`); it becomes the active sheet. */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

/** ET.Name: a defined name; RefersTo is `='自评_总览'!$A$1`, `=#REF!$A$1` once its sheet is deleted. */
export interface EtName {
  readonly Name: string;
  readonly RefersTo: string;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: number | string): EtName;
  /** Replaces a name of the same name. */
  Add(Name: string, RefersTo: string): EtName;
}

export interface EtWorkbook {
  readonly Worksheets: EtWorksheets;
  readonly Names: EtNames;
  readonly ActiveSheet: EtWorksheet;
}

/** ET.Application: what the session needs. */
export interface EtApplication {
  /** null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

/** A task pane made by CreateTaskPane; ID is what GetTaskPane finds it by. */
export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
  /** msoCTPDockPositionRight 2. */
  DockPosition: number;
}

/** What the ribbon's callbacks use besides the spreadsheet: WPS's own add-in services. */
export interface WpsAddinApplication {
  CreateTaskPane(Url: string, Title?: string): WpsTaskPane;
  GetTaskPane(ID: string | number): WpsTaskPane;
  /** Kept for the WPS session, shared by the add-in's pages (the ribbon's hidden page and the pane). */
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}
