import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/core';
import { readSheet } from './readSheet';

/**
 * The file shell's reader before it was our own (ExcelJS, then readSheet and convertCellValue as they were),
 * kept as the reference the new reader must agree with wherever ExcelJS is right.
 */
export async function readWithExcelJs(path: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { sheets: workbook.worksheets.map(readSheet) };
}
