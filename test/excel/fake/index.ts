export { FakeExcel, type FakeExcelOptions, type LoadRecord, type WriteRecord } from './FakeExcel';
export { MAX_COLS, MAX_ROWS, SheetState, parseSheetRange, type CellState, type FakeSheet } from './FakeBook';
export { fakeSheetsOf } from './fromSnapshot';
