import { quoteSheetName, splitSheetReference } from '../../../src/core';
import type {
  EtApplication, EtHyperlinks, EtListObject, EtName, EtNames, EtPageSetup, EtRange, EtWorkbook, EtWorksheet, EtWorksheets,
} from '../../../src/wps';
import { FakeEtBook, FakeSheetData, parseEtAddress } from './FakeEtBook';
import { FakeEtRange } from './fakeEtRange';

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

export class FakeEtWorksheet implements EtWorksheet {
  constructor(
    private readonly book: FakeEtBook,
    readonly data: FakeSheetData,
  ) {}

  private call(what: string): void {
    this.book.tick(`${this.data.name}.${what}`);
  }

  get Name(): string {
    this.call('Name');
    return this.data.name;
  }

  set Name(name: string) {
    this.call('Name=');
    const clash = this.book.sheet(name);
    if (!SHEET_NAME.test(name) || (clash && clash !== this.data)) throw new Error(`WPS: cannot name a sheet "${name}"`);
    this.book.write(this.data, 'sheet', `rename to ${name}`);
    this.data.name = name;
  }

  get Visible(): number {
    this.call('Visible');
    return this.data.visible;
  }

  set Visible(visible: number) {
    this.call('Visible=');
    this.book.write(this.data, 'sheet', `Visible=${visible}`);
    this.data.visible = visible;
    if (visible !== -1 && this.book.active === this.data) this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? this.data;
  }

  get UsedRange(): EtRange {
    this.call('UsedRange');
    return new FakeEtRange(this.book, this.data, this.data.usedRange());
  }

  Range(Cell1: string): EtRange {
    this.call(`Range(${Cell1})`);
    return new FakeEtRange(this.book, this.data, parseEtAddress(Cell1));
  }

  get ListObjects(): { readonly Count: number; Item(Index: number): EtListObject } {
    this.call('ListObjects');
    const { book, data } = this;
    return {
      get Count() {
        book.tick('ListObjects.Count');
        return data.tables.length;
      },
      Item(index: number): EtListObject {
        book.tick(`ListObjects.Item(${index})`);
        const table = data.tables[index - 1];
        if (!table) throw new Error(`WPS: no table ${index}`);
        return { Name: table.name, ShowHeaders: table.showHeaders, Range: new FakeEtRange(book, data, table.range) };
      },
    };
  }

  get Hyperlinks(): EtHyperlinks {
    this.call('Hyperlinks');
    return {
      Add: (Anchor: EtRange, Address: string, SubAddress = '', _ScreenTip?: string, TextToDisplay = '') => {
        this.call('Hyperlinks.Add');
        const cell = Anchor.Address(false, false);
        this.book.write(this.data, 'cells', `link ${cell}`);
        this.data.links.push({ cell, address: Address, subAddress: SubAddress, text: TextToDisplay });
        return {};
      },
    };
  }

  get PageSetup(): EtPageSetup {
    this.call('PageSetup');
    const target = {} as EtPageSetup;
    for (const name of ['Orientation', 'PaperSize', 'CenterHorizontally', 'Zoom', 'FitToPagesWide', 'FitToPagesTall', 'PrintArea', 'PrintTitleRows']) {
      Object.defineProperty(target, name, {
        set: (value: unknown) => {
          this.call(`PageSetup.${name}`);
          this.book.write(this.data, 'sheet', `PageSetup.${name}`);
          this.data.page[name] = value;
        },
      });
    }
    return target;
  }

  Activate(): void {
    this.call('Activate()');
    if (this.data.visible !== -1) throw new Error('WPS: a hidden sheet cannot be activated');
    this.book.write(this.data, 'view', 'Activate()');
    this.book.active = this.data;
  }

  /** WPS asks the user first unless DisplayAlerts is off: in a test, that is a dialog nobody answers. */
  Delete(): void {
    this.call('Delete()');
    if (this.book.displayAlerts) throw new Error('fake: Delete() would ask the user (DisplayAlerts is on)');
    const index = this.book.sheets.indexOf(this.data);
    if (index < 0 || this.book.sheets.filter((s) => s.visible === -1 && s !== this.data).length === 0) throw new Error('WPS: cannot delete this sheet');
    this.book.write(this.data, 'sheet', 'Delete()');
    this.book.sheets.splice(index, 1);
    for (const [name, target] of this.book.names) if (target === this.data) this.book.names.set(name, null);
    if (this.book.active === this.data) this.book.active = this.book.sheets[Math.max(0, index - 1)];
  }
}

class FakeEtWorksheets implements EtWorksheets {
  constructor(private readonly book: FakeEtBook) {}

  get Count(): number {
    this.book.tick('Worksheets.Count');
    return this.book.sheets.length;
  }

  /** 1-based; a name not there throws. */
  Item(Index: number | string): EtWorksheet {
    this.book.tick(`Worksheets.Item(${Index})`);
    const data = typeof Index === 'number' ? this.book.sheets[Index - 1] : this.book.sheet(Index);
    if (!data || (typeof Index === 'number' && Index < 1)) throw new Error(`WPS: no worksheet ${Index}`);
    return new FakeEtWorksheet(this.book, data);
  }

  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet {
    this.book.tick('Worksheets.Add');
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n++;
    const data = new FakeSheetData(`Sheet${n}`);
    const anchor = (After ?? Before) as FakeEtWorksheet | undefined;
    const at = anchor ? this.book.sheets.indexOf(anchor.data) + (After ? 1 : 0) : this.book.sheets.indexOf(this.book.active);
    this.book.sheets.splice(at, 0, data);
    this.book.write(data, 'sheet', 'Add');
    this.book.active = data;
    return new FakeEtWorksheet(this.book, data);
  }
}

class FakeEtNames implements EtNames {
  constructor(private readonly book: FakeEtBook) {}

  get Count(): number {
    this.book.tick('Names.Count');
    return this.book.names.size;
  }

  Item(Index: number | string): EtName {
    this.book.tick(`Names.Item(${Index})`);
    const name = typeof Index === 'number' ? [...this.book.names.keys()][Index - 1] : [...this.book.names.keys()].find((n) => n.toLowerCase() === Index.toLowerCase());
    if (name === undefined) throw new Error(`WPS: no name ${Index}`);
    const { book } = this;
    return {
      get Name() {
        book.tick(`${name}.Name`);
        return name;
      },
      get RefersTo() {
        book.tick(`${name}.RefersTo`);
        const target = book.names.get(name);
        return target && book.sheets.includes(target) ? `=${quoteSheetName(target.name)}!$A$1` : '=#REF!$A$1';
      },
      Delete() {
        book.tick(`${name}.Delete()`);
        book.write(null, 'name', `delete ${name}`);
        book.names.delete(name);
      },
    };
  }

  Add(Name: string, RefersTo: string): EtName {
    this.book.tick(`Names.Add(${Name})`);
    const target = this.book.sheet(splitSheetReference(RefersTo.replace(/^=/, ''))?.sheet ?? '');
    if (!target) throw new Error(`WPS: ${RefersTo} is not a reference`);
    this.book.write(null, 'name', `add ${Name}`);
    this.book.names.set(Name, target);
    return this.Item(Name);
  }
}

class FakeEtWorkbook implements EtWorkbook {
  constructor(private readonly book: FakeEtBook) {}

  get Worksheets(): EtWorksheets {
    this.book.tick('Worksheets');
    return new FakeEtWorksheets(this.book);
  }

  get Names(): EtNames {
    this.book.tick('Names');
    return new FakeEtNames(this.book);
  }

  get ActiveSheet(): EtWorksheet {
    this.book.tick('ActiveSheet');
    return new FakeEtWorksheet(this.book, this.book.active);
  }
}

/** ET.Application over a FakeEtBook; `book` is the test's view of what it holds. */
export class FakeEtApplication implements EtApplication {
  constructor(readonly book: FakeEtBook) {}

  get ActiveWorkbook(): EtWorkbook {
    this.book.tick('ActiveWorkbook');
    return new FakeEtWorkbook(this.book);
  }

  get ScreenUpdating(): boolean {
    this.book.tick('ScreenUpdating');
    return this.book.screenUpdating;
  }

  set ScreenUpdating(on: boolean) {
    this.book.tick('ScreenUpdating=');
    this.book.write(null, 'view', `ScreenUpdating=${on}`);
    this.book.screenUpdating = on;
  }

  get DisplayAlerts(): boolean {
    this.book.tick('DisplayAlerts');
    return this.book.displayAlerts;
  }

  set DisplayAlerts(on: boolean) {
    this.book.tick('DisplayAlerts=');
    this.book.write(null, 'view', `DisplayAlerts=${on}`);
    this.book.displayAlerts = on;
  }
}
