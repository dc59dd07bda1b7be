import type { CellRange } from '../../../src/core';
import type { HostPageLayout, HostRange, HostWorksheet } from '../../../src/excel';
import { MAX_COLS, MAX_ROWS, parseSheetRange, repointFormula, sheetAddress, sheetOfFormula, type SheetState } from './FakeBook';
import type { FakeExcel } from './FakeExcel';
import { FakeRange } from './fakeRange';
import { Loadable, officeError, type SheetRef } from './Loadable';

export class FakeWorksheet extends Loadable implements HostWorksheet {
  private readonly panes: HostWorksheet['freezePanes'];
  private readonly layout: HostPageLayout;

  get freezePanes(): HostWorksheet['freezePanes'] {
    this.host.uses('Worksheet.freezePanes');
    return this.panes;
  }

  get pageLayout(): HostPageLayout {
    this.host.uses('Worksheet.pageLayout');
    return this.layout;
  }

  constructor(
    host: FakeExcel,
    readonly ref: SheetRef,
  ) {
    super(host);
    const change = (what: string, payload: unknown, apply: (s: SheetState) => void) =>
      host.enqueueAction('sheet', () => ({ sheet: ref.name, what }), payload, () => apply(ref.get()));
    this.panes = {
      freezeAt: (range) => change(`freezeAt ${range}`, range, (s) => (s.freeze = range)),
      freezeRows: (count = 1) => change(`freezeRows ${count}`, count, (s) => (s.freeze = `rows ${count}`)),
      freezeColumns: (count = 1) => change(`freezeColumns ${count}`, count, (s) => (s.freeze = `columns ${count}`)),
    };
    this.layout = new FakePageLayout((key, value) => change(`pageLayout.${key}`, value, (s) => s.pageLayout.set(key, value)));
  }

  describe(): string {
    return `worksheet(${this.ref.name})`;
  }

  protected capture(property: string): unknown {
    if (property === 'name') return this.ref.get().name;
    if (property === 'visibility') return this.ref.get().visibility;
    throw new Error(`the fake does not load worksheet.${property}`);
  }

  load(propertyNames: string): HostWorksheet {
    this.queueLoad(propertyNames);
    return this;
  }

  get name(): string {
    return this.read('name');
  }

  set name(to: string) {
    this.host.enqueueAction('sheet', () => ({ sheet: this.ref.name, what: `rename to ${to}` }), to, () => renameSheet(this.host, this.ref.get(), to));
  }

  get visibility(): string {
    return this.read('visibility');
  }

  /** As Excel: a workbook keeps at least one visible sheet. */
  set visibility(to: string) {
    this.host.enqueueAction('sheet', () => ({ sheet: this.ref.name, what: `visibility ${to}` }), to, () => {
      const sheet = this.ref.get();
      if (to !== 'Visible' && this.host.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw officeError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      if (to !== 'Visible' && to !== 'Hidden' && to !== 'VeryHidden') throw officeError('InvalidArgument', `visibility ${to}`);
      sheet.visibility = to;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    if (valuesOnly !== true) throw new Error('the fake models only getUsedRangeOrNullObject(true)');
    this.host.uses('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.host, this, () => this.ref.get().usedRange());
  }

  /** ExcelApi 1.1 (valuesOnly: 1.2): on a sheet with no value, A1 rather than a null object. */
  getUsedRange(valuesOnly?: boolean): HostRange {
    // Without valuesOnly a cell that is only formatted counts as used too; the fake's cells all hold values.
    if (valuesOnly !== undefined) this.host.uses('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(this.host, this, () => this.ref.get().usedRange() ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getRange(address?: string): HostRange {
    if (address === undefined) return new FakeRange(this.host, this, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
    if (address.includes('!')) throw new Error(`Worksheet.getRange takes no sheet name: ${address}`);
    const range = parseSheetRange(address);
    if (!range) throw new Error(`InvalidArgument: ${address}`);
    return new FakeRange(this.host, this, () => range);
  }

  delete(): void {
    this.host.enqueueAction('sheet', () => ({ sheet: this.ref.name, what: 'delete' }), undefined, () => deleteSheet(this.host, this.ref.get()));
  }

  activate(): void {
    this.host.enqueueAction('view', () => ({ sheet: this.ref.name, what: 'activate' }), undefined, () => {
      this.host.activeSheet = this.ref.get().name;
    });
  }

  /** The sheet-qualified address Excel gives back (`预算表!B2:E10`, `'Budget 2024'!B3`). */
  qualified(range: CellRange): string {
    return sheetAddress(this.ref.get().name, range);
  }
}

class FakePageLayout implements HostPageLayout {
  constructor(private readonly set: (key: string, value: unknown) => void) {}
  get orientation(): string { return unreadLayout('orientation'); }
  set orientation(v: string) { this.set('orientation', v); }
  get paperSize(): string { return unreadLayout('paperSize'); }
  set paperSize(v: string) { this.set('paperSize', v); }
  get centerHorizontally(): boolean { return unreadLayout('centerHorizontally'); }
  set centerHorizontally(v: boolean) { this.set('centerHorizontally', v); }
  get zoom(): HostPageLayout['zoom'] { return unreadLayout('zoom'); }
  /** office-js#1860: a fit to pages in one direction only is not applied unless the Page Layout tab is open. */
  set zoom(v: HostPageLayout['zoom']) {
    const oneWay = (v.horizontalFitToPages === undefined) !== (v.verticalFitToPages === undefined);
    this.set(oneWay ? 'zoomNotApplied' : 'zoom', v);
  }
  setPrintArea(area: string): void { this.set('printArea', area); }
  setPrintTitleRows(rows: string): void { this.set('printTitleRows', rows); }
}

function unreadLayout(key: string): never {
  throw new Error(`PropertyNotLoaded: pageLayout.${key} (the fake does not read it back)`);
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

function renameSheet(host: FakeExcel, sheet: SheetState, to: string): void {
  const clash = host.sheet(to);
  if ((clash && clash !== sheet) || INVALID_SHEET_NAME.test(to) || to.length === 0 || to.length > 31) {
    throw new Error(`InvalidArgument: cannot rename ${sheet.name} to ${to}`);
  }
  for (const [name, formula] of host.names) {
    if (sheetOfFormula(formula)?.toLowerCase() === sheet.name.toLowerCase()) host.names.set(name, repointFormula(formula, to));
  }
  sheet.name = to;
}

/** As Excel does: the defined names that pointed into the sheet stay, and now say #REF!. */
function deleteSheet(host: FakeExcel, sheet: SheetState): void {
  if (host.sheets.length === 1) throw new Error('InvalidOperation: a workbook must keep at least one sheet');
  for (const [name, formula] of host.names) {
    if (sheetOfFormula(formula)?.toLowerCase() === sheet.name.toLowerCase()) host.names.set(name, repointFormula(formula, null));
  }
  host.sheets.splice(host.sheets.indexOf(sheet), 1);
  if (host.activeSheet === sheet.name) host.activeSheet = host.sheets[0].name;
}

