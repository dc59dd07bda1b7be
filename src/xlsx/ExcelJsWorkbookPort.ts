import type { Workbook, Worksheet } from 'exceljs';
import type { OutputMarker, SheetModel, WorkbookPort } from '../core';
import { markersOf, markersOn, removeMarker, setMarker } from './workbookMarkers';
import { writeSheetModel } from './writeSheetModel';

/**
 * The writer's port over an ExcelJS workbook in memory. Nothing reaches the disk here: the file is written
 * once, whole, after replaceOutputSheets has finished (saveWorkbook).
 */
export class ExcelJsWorkbookPort implements WorkbookPort {
  constructor(private readonly workbook: Workbook) {}

  async listSheets(): Promise<readonly string[]> {
    return this.workbook.worksheets.map((worksheet) => worksheet.name);
  }

  async listMarkers(): Promise<readonly OutputMarker[]> {
    return markersOf(this.workbook);
  }

  async addSheet(name: string): Promise<void> {
    this.workbook.addWorksheet(name);
  }

  async writeSheet(name: string, model: SheetModel): Promise<void> {
    writeSheetModel(this.sheet(name), model);
  }

  async deleteSheet(name: string): Promise<void> {
    for (const marker of markersOn(this.workbook, name)) removeMarker(this.workbook, marker);
    this.workbook.removeWorksheet(this.sheet(name).id);
  }

  /** ExcelJS does not move defined names with a renamed sheet (Excel does): the markers are moved here. */
  async renameSheet(from: string, to: string): Promise<void> {
    const markers = markersOn(this.workbook, from);
    this.sheet(from).name = to;
    for (const marker of markers) setMarker(this.workbook, marker, to);
  }

  async setMarker(marker: string, sheet: string): Promise<void> {
    setMarker(this.workbook, marker, sheet);
  }

  async removeMarker(marker: string): Promise<void> {
    removeMarker(this.workbook, marker);
  }

  /** Every change is made in memory as it is asked for; the file is written once, afterwards. */
  async flush(): Promise<void> {}

  private sheet(name: string): Worksheet {
    const worksheet = this.workbook.getWorksheet(name);
    if (!worksheet) throw new Error(`no sheet named ${name}`);
    return worksheet;
  }
}
