import { quoteSheetName, type OutputMarker, type SheetModel, type WorkbookPort } from '../core';
import type { EtWorkbook, EtWorksheet } from './EtHost';
import { listWorksheets, readMarkers } from './readEtWorkbook';
import { writeEtSheet } from './writeEtSheet';

export interface EtWorkbookPortOptions {
  /** Working sheets a stopped run left that no marker names, from the read (isLeftoverSheet). */
  readonly leftovers: readonly string[];
  /** Lets the pane paint between sheets. */
  readonly pause: () => Promise<void>;
  /** `done` of the sheets replaceOutputSheets writes. */
  readonly onSheetWritten?: (done: number) => void;
}

const fold = (name: string) => name.toLowerCase();

/**
 * The writer's port over WPS's object model. Every change reaches the workbook as it is made, and a refused one
 * throws at once, so the port keeps no copy of the sheet and name lists: it asks the workbook each time, and
 * after a failure sees what the workbook really holds. The order of the changes, and so the safety of a run, is
 * replaceOutputSheets's.
 */
export class EtWorkbookPort implements WorkbookPort {
  private written = 0;

  constructor(
    private readonly workbook: EtWorkbook,
    private readonly options: EtWorkbookPortOptions,
  ) {}

  async listSheets(): Promise<readonly string[]> {
    return listWorksheets(this.workbook).map((sheet) => sheet.Name);
  }

  async listLeftovers(): Promise<readonly string[]> {
    return this.options.leftovers;
  }

  async listMarkers(): Promise<readonly OutputMarker[]> {
    return readMarkers(this.workbook);
  }

  /** After the last sheet; a sheet WPS added but would not name is deleted again, so that no `Sheet4` is left. */
  async addSheet(name: string): Promise<void> {
    const { Worksheets } = this.workbook;
    const sheet = Worksheets.Add(undefined, Worksheets.Item(Worksheets.Count));
    try {
      sheet.Name = name;
    } catch (error) {
      sheet.Delete();
      throw error;
    }
  }

  async writeSheet(name: string, model: SheetModel): Promise<void> {
    writeEtSheet(this.workbook.Worksheets.Item(name), model);
    this.options.onSheetWritten?.(++this.written);
    await this.options.pause();
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.find(name);
    if (sheet === undefined) return;
    const actual = sheet.Name;
    for (const { marker, sheet: target } of readMarkers(this.workbook)) if (fold(target) === fold(actual)) await this.removeMarker(marker);
    sheet.Delete();
  }

  async renameSheet(from: string, to: string): Promise<void> {
    this.workbook.Worksheets.Item(from).Name = to;
  }

  async setMarker(marker: string, sheet: string): Promise<void> {
    this.workbook.Names.Add(marker, `=${quoteSheetName(sheet)}!$A$1`);
  }

  async removeMarker(marker: string): Promise<void> {
    if (readMarkers(this.workbook).some((m) => m.marker === marker)) this.workbook.Names.Item(marker).Delete();
  }

  /** Nothing is queued: each change was made when it was asked for. */
  async flush(): Promise<void> {}

  private find(name: string): EtWorksheet | undefined {
    return listWorksheets(this.workbook).find((sheet) => fold(sheet.Name) === fold(name));
  }
}
