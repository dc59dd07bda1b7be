export { EXCEL_ON_THE_WEB, FakeExcel, MAX_ROW_HEIGHT, type FakeExcelOptions, type LoadRecord, type WriteRecord } from './FakeExcel';
export { MAX_COLS, MAX_ROWS, SheetState, parseSheetRange, type CellState, type FakeSheet } from './FakeBook';
export { fakeSheetsOf } from './fromSnapshot';
