import { isOwnMarker, quoteSheetName, type OutputMarker, type SheetModel, type WorkbookPort } from '../core';
import type { ExcelHost } from './ExcelHost';
import { sheetOfReference } from './officeAddresses';
import { actionBytes, SyncBatcher } from './SyncBatcher';
import { writeSheetModel } from './writeSheetModel';

export interface OfficeWorkbookPortOptions {
  /** The request size the writer syncs at; DEFAULT_MAX_BYTES_PER_SYNC unless a test asks for less. */
  readonly maxBytesPerSync?: number;
  /** Called after each sheet's cells are queued: `done` of the sheets replaceOutputSheets writes. */
  readonly onSheetWritten?: (done: number) => void;
}

const fold = (name: string) => name.toLowerCase();

/**
 * The writer's port over one Excel.run. Changes are queued on the request context and sent in syncs of
 * bounded size (SyncBatcher); flush() sends the rest. The sheet names and our defined names come from the
 * reader's first sync, and the port keeps them up to date as it changes them, so replaceOutputSheets
 * costs no sync of its own to plan. After a failed sync Excel may have applied part of the request: the
 * port then reads the names again before it changes anything else.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly batcher: SyncBatcher;
  private sheets: string[];
  /** Our defined names and the sheet each points to ('' once the sheet is gone: `=#REF!$A$1`). */
  private markers: Map<string, string>;
  private stale = false;
  private written = 0;

  constructor(
    private readonly host: ExcelHost,
    known: { readonly sheetNames: readonly string[]; readonly markers: readonly OutputMarker[]; readonly leftovers?: readonly string[] },
    private readonly options: OfficeWorkbookPortOptions = {},
  ) {
    this.batcher = new SyncBatcher(host, options.maxBytesPerSync);
    this.sheets = [...known.sheetNames];
    this.markers = new Map(known.markers.map((m) => [m.marker, m.sheet]));
    this.leftovers = known.leftovers ?? [];
  }

  private readonly leftovers: readonly string[];

  /** Bytes of each sync this port sent, as estimated before sending. */
  get sentBytes(): readonly number[] {
    return this.batcher.sentBytes;
  }

  async listSheets(): Promise<readonly string[]> {
    await this.fresh();
    return [...this.sheets];
  }

  async listLeftovers(): Promise<readonly string[]> {
    return this.leftovers;
  }

  async listMarkers(): Promise<readonly OutputMarker[]> {
    await this.fresh();
    return [...this.markers].map(([marker, sheet]) => ({ marker, sheet }));
  }

  async addSheet(name: string): Promise<void> {
    await this.change(actionBytes(name), () => this.host.workbook.worksheets.add(name));
    this.sheets.push(name);
  }

  async writeSheet(name: string, model: SheetModel): Promise<void> {
    await this.fresh();
    await this.guard(() => writeSheetModel(this.host.workbook.worksheets.getItem(name), model, this.batcher));
    this.options.onSheetWritten?.(++this.written);
  }

  async deleteSheet(name: string): Promise<void> {
    await this.fresh();
    const sheet = this.sheets.find((s) => fold(s) === fold(name));
    if (sheet === undefined) return;
    for (const [marker, target] of this.markers) if (fold(target) === fold(sheet)) await this.removeMarker(marker);
    await this.change(actionBytes(), () => this.host.workbook.worksheets.getItem(sheet).delete());
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  async renameSheet(from: string, to: string): Promise<void> {
    await this.change(actionBytes(to), () => {
      this.host.workbook.worksheets.getItem(from).name = to;
    });
    this.sheets = this.sheets.map((s) => (fold(s) === fold(from) ? to : s));
    for (const [marker, target] of this.markers) if (fold(target) === fold(from)) this.markers.set(marker, to);
  }

  async setMarker(marker: string, sheet: string): Promise<void> {
    await this.removeMarker(marker);
    const reference = `=${quoteSheetName(sheet)}!$A$1`;
    await this.change(actionBytes({ marker, reference }), () => this.host.workbook.names.add(marker, reference));
    this.markers.set(marker, sheet);
  }

  async removeMarker(marker: string): Promise<void> {
    await this.fresh();
    if (!this.markers.has(marker)) return;
    await this.change(actionBytes(), () => this.host.workbook.names.getItem(marker).delete());
    this.markers.delete(marker);
  }

  async flush(): Promise<void> {
    await this.guard(() => this.batcher.flush());
  }

  private async change(bytes: number, queue: () => void): Promise<void> {
    await this.fresh();
    await this.guard(() => this.batcher.reserve(bytes));
    queue();
  }

  /** Runs a step that may sync; a failed sync leaves the port's names in doubt until read again. */
  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.stale = true;
      throw error;
    }
  }

  /** After a failure: one sync to learn which sheets and names the workbook really has now. */
  private async fresh(): Promise<void> {
    if (!this.stale) return;
    const { worksheets, names } = this.host.workbook;
    worksheets.load('items/name');
    names.load('items/name,items/formula');
    await this.host.sync();
    this.sheets = worksheets.items.map((s) => s.name);
    this.markers = new Map(names.items.filter((n) => isOwnMarker(n.name)).map((n) => [n.name, sheetOfReference(n.formula) ?? '']));
    this.stale = false;
  }
}
