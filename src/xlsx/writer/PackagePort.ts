import {
  isOwnMarker, isResultSheet, isSettingsSheet, OutputSheetConflictError, splitQualifiedAddress, type OutputMarker, type SheetModel, type WorkbookPort,
  type WorkbookSnapshot,
} from '../../core';
import type { DefinedName } from '../package/readWorkbookPart';
import type { PackageSheet, XlsxPackage } from '../package/XlsxPackage';

/** A sheet of the workbook being written: one of the package's, kept as it is, or one of ours, written from a model. */
export type PortSheet = { name: string; readonly original: PackageSheet } | { name: string; readonly original: null; model: SheetModel<string> | null };

/** One of our defined names: the sheet it points to, and its element as the package has it while unchanged. */
export interface PortMarker {
  readonly sheet: string;
  readonly original: string | null;
}

/**
 * The writer's port over a package in memory: replaceOutputSheets asks, this records, and nothing reaches a
 * file until renderPackage has the final state. A marker is ours only if the sheet it names carries our
 * content marker too (isResultSheet): `BudgetPerf_Temp_x` typed by a user onto a sheet of their own neither
 * deletes that sheet nor hides it from the engine.
 */
/** The sheet and cell a workbook-level name of ours (BudgetPerf_Output_…) points at; null for any other name. */
export function ownMarkerPlace(name: DefinedName): { sheet: string; cell: string } | null {
  return name.localSheetId === null && isOwnMarker(name.name) ? splitQualifiedAddress(name.formula) : null;
}

export class PackagePort implements WorkbookPort {
  readonly sheets: PortSheet[];
  readonly markers = new Map<string, PortMarker>();
  private readonly trusted: ReadonlySet<string>;
  private readonly leftovers: readonly string[];
  /** The workbook's settings sheet, as it is named in the package; null when it has none. */
  private readonly settingsSheet: string | null;

  constructor(pkg: XlsxPackage, snapshot: WorkbookSnapshot, leftovers: readonly string[]) {
    this.sheets = pkg.sheets.map((sheet) => ({ name: sheet.name, original: sheet }));
    this.settingsSheet = snapshot.sheets.find(isSettingsSheet)?.name ?? null;
    this.trusted = new Set(snapshot.sheets.filter(isResultSheet).map((sheet) => sheet.name));
    this.leftovers = leftovers;
    for (const name of pkg.workbook.definedNames) {
      const place = ownMarkerPlace(name);
      if (place) this.markers.set(name.name, { sheet: place.sheet, original: name.formula });
    }
  }

  async listSheets(): Promise<readonly string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  async listMarkers(): Promise<readonly OutputMarker[]> {
    const found: OutputMarker[] = [];
    for (const [marker, { sheet }] of this.markers) if (this.isOurs(sheet)) found.push({ marker, sheet });
    return found;
  }

  async listLeftovers(): Promise<readonly string[]> {
    return this.leftovers;
  }

  async addSheet(name: string): Promise<void> {
    this.sheets.push({ name, original: null, model: null });
  }

  async writeSheet(name: string, model: SheetModel): Promise<void> {
    const sheet = this.find(name);
    if (sheet.original !== null) throw new Error(`sheet ${name} is not one this run added`);
    sheet.model = model;
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.find(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [marker, place] of this.markers) if (same(place.sheet, name)) this.markers.delete(marker);
  }

  async renameSheet(from: string, to: string): Promise<void> {
    this.find(from).name = to;
    for (const [marker, place] of this.markers) if (same(place.sheet, from)) this.markers.set(marker, { sheet: to, original: null });
  }

  async setMarker(marker: string, sheet: string): Promise<void> {
    this.markers.set(marker, { sheet, original: null });
  }

  async removeMarker(marker: string): Promise<void> {
    this.markers.delete(marker);
  }

  /**
   * Our settings sheet from `model`, in the place of the one the workbook had, else after the last sheet. A sheet
   * of the user's that happens to bear the name is not ours to replace (OutputSheetConflictError).
   */
  putSettingsSheet(model: SheetModel<string>): void {
    const at = this.sheets.findIndex((s) => s.original !== null && s.original.name === this.settingsSheet);
    const sheet: PortSheet = { name: model.name, original: null, model };
    if (at >= 0) this.sheets.splice(at, 1, sheet);
    else if (this.sheets.some((s) => same(s.name, model.name))) throw new OutputSheetConflictError(model.name);
    else this.sheets.push(sheet);
  }

  /** Every change is made in memory as it is asked for; the file is written once, afterwards. */
  async flush(): Promise<void> {}

  private isOurs(sheetName: string): boolean {
    const sheet = this.sheets.find((s) => same(s.name, sheetName));
    if (!sheet) return true; // a marker whose sheet is gone: stale, and ours to remove
    return sheet.original === null || this.trusted.has(sheet.original.name);
  }

  private find(name: string): PortSheet {
    const sheet = this.sheets.find((s) => same(s.name, name));
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }
}

// Sheet names are compared as Excel compares them: without regard to case.
function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
