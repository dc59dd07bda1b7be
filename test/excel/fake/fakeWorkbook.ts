import type {
  HostCollection, HostNamedItem, HostNamedItemCollection, HostRange, HostSetting, HostSettingCollection, HostTable,
  HostWorkbook, HostWorksheet, HostWorksheetCollection,
} from '../../../src/excel';
import { cellAddress } from '../../../src/core';
import { SheetState } from './FakeBook';
import type { FakeExcel } from './FakeExcel';
import { Loadable, officeError, SheetRef } from './Loadable';
import { FakeWorksheet } from './fakeWorksheet';

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** Excel.Workbook, as far as the shell goes. */
export class FakeWorkbook implements HostWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly names: FakeNames;
  private readonly settingCollection: FakeSettings;
  readonly application: HostWorkbook['application'];

  get settings(): FakeSettings {
    return settingsOf({ host: this.host, collection: this.settingCollection });
  }

  constructor(private readonly host: FakeExcel) {
    this.worksheets = new FakeWorksheets(host);
    this.tables = new FakeTables(host);
    this.names = new FakeNames(host);
    this.settingCollection = new FakeSettings(host);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        host.uses('Application.suspendScreenUpdatingUntilNextSync');
        host.suspended.screenUpdating++;
      },
      suspendApiCalculationUntilNextSync: () => {
        host.uses('Application.suspendApiCalculationUntilNextSync');
        host.suspended.calculation++;
      },
    };
  }
}

/** A collection whose `items` arrive at the sync after `load('items/…')`, with their own properties. */
abstract class FakeCollection<T extends Loadable> extends Loadable {
  private arrived: readonly T[] | undefined;

  protected abstract current(): readonly T[];

  protected capture(): unknown {
    return undefined;
  }

  override arrive(properties: readonly string[]): number {
    super.arrive([]);
    this.arrived = this.current();
    const itemProps = properties.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    let bytes = 0;
    for (const item of this.arrived) bytes += item.arrive(itemProps);
    return bytes;
  }

  get items(): readonly T[] {
    if (!this.arrived) throw new Error(`PropertyNotLoaded: ${this.describe()}.items`);
    return this.arrived;
  }
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> implements HostWorksheetCollection {
  describe(): string {
    return 'worksheets';
  }

  protected current(): readonly FakeWorksheet[] {
    return this.host.sheets.map((state) => new FakeWorksheet(this.host, new SheetRef(this.host, state.name, state)));
  }

  load(propertyNames: string): FakeWorksheets {
    this.queueLoad(propertyNames);
    return this;
  }

  add(name: string): HostWorksheet {
    const ref = new SheetRef(this.host, name);
    this.host.enqueueAction('sheet', () => ({ sheet: name, what: 'add' }), name, () => {
      if (this.host.sheet(name) || INVALID_SHEET_NAME.test(name) || name.length === 0 || name.length > 31) {
        throw new Error(`InvalidArgument: cannot add a sheet named ${name}`);
      }
      const state = new SheetState(name);
      this.host.sheets.push(state);
      ref.bind(state);
    });
    return new FakeWorksheet(this.host, ref);
  }

  getItem(name: string): HostWorksheet {
    return new FakeWorksheet(this.host, new SheetRef(this.host, name));
  }
}

/** Workbook.settings is ExcelApi 1.4: touching it at all puts the request above 1.3. */
function settingsOf(workbook: { readonly host: FakeExcel; readonly collection: FakeSettings }): FakeSettings {
  workbook.host.uses('Workbook.settings');
  return workbook.collection;
}

class FakeTable extends Loadable implements HostTable {
  constructor(
    host: FakeExcel,
    sheet: SheetState,
    private readonly table: SheetState['tables'][number],
  ) {
    super(host);
    this.sheetProxy = new FakeWorksheet(host, new SheetRef(host, sheet.name, sheet));
  }

  private readonly sheetProxy: FakeWorksheet;

  get worksheet(): FakeWorksheet {
    this.host.uses('Table.worksheet');
    return this.sheetProxy;
  }

  describe(): string {
    return `table(${this.table.name})`;
  }

  protected capture(property: string): unknown {
    if (property === 'name') return this.table.name;
    if (property === 'showHeaders') return this.table.showHeaders;
    throw new Error(`the fake does not load table.${property}`);
  }

  load(propertyNames: string): HostTable {
    this.queueLoad(propertyNames);
    return this;
  }

  get name(): string { return this.read('name'); }
  get showHeaders(): boolean { return this.read('showHeaders'); }

  getRange(): HostRange {
    const r = this.table.range;
    return this.sheetProxy.getRange(`${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`);
  }
}

class FakeTables extends FakeCollection<FakeTable> implements HostCollection<HostTable> {
  describe(): string {
    return 'tables';
  }

  protected current(): readonly FakeTable[] {
    return this.host.sheets.flatMap((sheet) => sheet.tables.map((t) => new FakeTable(this.host, sheet, t)));
  }

  load(propertyNames: string): FakeTables {
    this.queueLoad(propertyNames);
    return this;
  }
}

class FakeNamedItem extends Loadable implements HostNamedItem {
  constructor(
    host: FakeExcel,
    private readonly key: string,
  ) {
    super(host);
  }

  describe(): string {
    return `name(${this.key})`;
  }

  protected capture(property: string): unknown {
    const formula = this.host.names.get(this.key);
    if (formula === undefined) throw officeError('ItemNotFound', `no name ${this.key}`);
    if (property === 'name') return this.key;
    if (property === 'formula') return formula;
    throw new Error(`the fake does not load namedItem.${property}`);
  }

  get name(): string { return this.read('name'); }
  get formula(): unknown { return this.read('formula'); }

  delete(): void {
    this.host.uses('NamedItem.delete');
    this.host.enqueueAction('name', () => ({ sheet: null, what: `delete ${this.key}` }), undefined, () => {
      if (!this.host.names.delete(this.key)) throw officeError('ItemNotFound', `no name ${this.key}`);
    });
  }
}

class FakeNames extends FakeCollection<FakeNamedItem> implements HostNamedItemCollection {
  describe(): string {
    return 'names';
  }

  protected current(): readonly FakeNamedItem[] {
    return [...this.host.names.keys()].map((key) => new FakeNamedItem(this.host, key));
  }

  load(propertyNames: string): FakeNames {
    if (/\bformula\b/.test(propertyNames)) this.host.uses('NamedItem.formula');
    this.queueLoad(propertyNames);
    return this;
  }

  add(name: string, reference: string): unknown {
    this.host.uses('NamedItemCollection.add');
    this.host.enqueueAction('name', () => ({ sheet: null, what: `add ${name} ${reference}` }), { name, reference }, () => {
      if ([...this.host.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
        throw new Error(`InvalidArgument: the name ${name} already exists`);
      }
      this.host.names.set(name, reference.startsWith('=') ? reference : `=${reference}`);
    });
    return undefined;
  }

  getItem(name: string): HostNamedItem {
    return new FakeNamedItem(this.host, name);
  }
}

class FakeSetting extends Loadable implements HostSetting {
  private present: boolean | undefined;

  constructor(
    host: FakeExcel,
    private readonly key: string,
  ) {
    super(host);
  }

  describe(): string {
    return `setting(${this.key})`;
  }

  override arrive(properties: readonly string[]): number {
    this.present = this.host.settings.has(this.key);
    return super.arrive(properties);
  }

  protected capture(property: string): unknown {
    if (property !== 'value') throw new Error(`the fake does not load setting.${property}`);
    // Settings travel as JSON: what comes back is a copy.
    const value = this.host.settings.get(this.key);
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  load(propertyNames: string): HostSetting {
    this.queueLoad(propertyNames);
    return this;
  }

  get isNullObject(): boolean {
    if (this.present === undefined) throw new Error(`PropertyNotLoaded: ${this.describe()}.isNullObject`);
    return !this.present;
  }

  get value(): unknown {
    if (this.present === false) throw new Error(`InvalidObjectPath: no setting ${this.key}`);
    return this.read('value');
  }
}

class FakeSettings implements HostSettingCollection {
  constructor(private readonly host: FakeExcel) {}

  add(key: string, value: unknown): unknown {
    this.host.enqueueAction('setting', () => ({ sheet: null, what: `set ${key}` }), value, () => {
      this.host.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return undefined;
  }

  getItemOrNullObject(key: string): HostSetting {
    return new FakeSetting(this.host, key);
  }
}
