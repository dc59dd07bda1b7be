export type { CellError, CellValue, CellRange, TableSnapshot, SheetSnapshot, WorkbookSnapshot } from './WorkbookSnapshot';
export { isCellError, UNCALCULATED } from './WorkbookSnapshot';
export { columnLetter, cellAddress, qualifiedAddress, quoteSheetName, splitSheetReference, parseCellAddress, parseRangeAddress } from './address';
export { SheetGrid } from './SheetGrid';
