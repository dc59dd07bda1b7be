import type { OutputMarker, SheetModel, WorkbookPort } from '../../../src/core';

/** A sheet of the fake workbook: a user's sheet holds `content`, one of ours the model written into it. */
export interface FakeSheet {
  name: string;
  content: string | SheetModel | null;
}

/**
 * The workbook port in memory, as the Office.js shell will be tested: it records every call, can be told to
 * fail at the k-th call of one kind, and renames markers with their sheet as Excel does.
 */
export class FakeWorkbookPort implements WorkbookPort {
  readonly calls: string[] = [];
  readonly markers = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  constructor(
    readonly sheets: FakeSheet[],
    markers: Record<string, string> = {},
    private readonly failAt?: { call: keyof WorkbookPort; n: number },
  ) {
    for (const [marker, sheet] of Object.entries(markers)) this.markers.set(marker, sheet);
  }

  async listSheets(): Promise<readonly string[]> {
    return this.sheets.map((s) => s.name);
  }

  async listMarkers(): Promise<readonly OutputMarker[]> {
    return [...this.markers].map(([marker, sheet]) => ({ marker, sheet }));
  }

  async addSheet(name: string): Promise<void> {
    this.record('addSheet', name);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`duplicate ${name}`);
    this.sheets.push({ name, content: null });
  }

  async writeSheet(name: string, model: SheetModel): Promise<void> {
    this.record('writeSheet', name);
    this.sheet(name).content = model;
  }

  async deleteSheet(name: string): Promise<void> {
    this.record('deleteSheet', name);
    this.sheets.splice(this.sheets.indexOf(this.sheet(name)), 1);
    for (const [marker, sheet] of this.markers) if (sheet === name) this.markers.delete(marker);
  }

  async renameSheet(from: string, to: string): Promise<void> {
    this.record('renameSheet', `${from}→${to}`);
    this.sheet(from).name = to;
    for (const [marker, sheet] of this.markers) if (sheet === from) this.markers.set(marker, to);
  }

  async setMarker(marker: string, sheet: string): Promise<void> {
    this.record('setMarker', `${marker}→${sheet}`);
    this.markers.set(marker, sheet);
  }

  async removeMarker(marker: string): Promise<void> {
    this.record('removeMarker', marker);
    this.markers.delete(marker);
  }

  /** Changes apply at once here; a flush is recorded so that a test sees where the writer commits. */
  async flush(): Promise<void> {
    this.record('flush', '');
  }

  /** The sheets' names in tab order. */
  get names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private record(call: keyof WorkbookPort, detail: string): void {
    const n = (this.counts.get(call) ?? 0) + 1;
    this.counts.set(call, n);
    this.calls.push(`${call} ${detail}`);
    if (this.failAt && this.failAt.call === call && this.failAt.n === n) throw new Error(`injected failure at ${call} #${n}`);
  }

  private sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
}
