import type { HostRangeBorder, HostRangeFormat } from '../../../src/excel';

/**
 * Range.format and the objects under it: every property is write-only here (the shell never reads a
 * format back), and every write is one queued change that `apply` carries out at the next sync.
 */
export type FormatWrite = (path: string, value: unknown) => void;

const unread = (path: string): never => {
  throw new Error(`PropertyNotLoaded: format.${path} (the fake does not read formats back)`);
};

export class FakeFont {
  constructor(private readonly write: FormatWrite) {}
  get name(): string { return unread('font.name'); }
  set name(v: string) { this.write('font.name', v); }
  get size(): number { return unread('font.size'); }
  set size(v: number) { this.write('font.size', v); }
  get bold(): boolean { return unread('font.bold'); }
  set bold(v: boolean) { this.write('font.bold', v); }
  get color(): string { return unread('font.color'); }
  set color(v: string) { this.write('font.color', v); }
  get underline(): string { return unread('font.underline'); }
  set underline(v: string) { this.write('font.underline', v); }
}

export class FakeFill {
  constructor(private readonly write: FormatWrite) {}
  get color(): string { return unread('fill.color'); }
  set color(v: string) { this.write('fill.color', v); }
}

export class FakeBorder implements HostRangeBorder {
  constructor(
    private readonly write: FormatWrite,
    private readonly index: string,
  ) {}
  get style(): string { return unread(`borders.${this.index}.style`); }
  set style(v: string) { this.write(`borders.${this.index}.style`, v); }
  get color(): string { return unread(`borders.${this.index}.color`); }
  set color(v: string) { this.write(`borders.${this.index}.color`, v); }
}

export class FakeRangeFormat implements HostRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: HostRangeFormat['borders'];

  constructor(private readonly write: FormatWrite) {
    this.font = new FakeFont(write);
    this.fill = new FakeFill(write);
    this.borders = { getItem: (index) => new FakeBorder(write, index) };
  }

  get columnWidth(): number { return unread('columnWidth'); }
  set columnWidth(v: number) { this.write('columnWidth', v); }
  get rowHeight(): number { return unread('rowHeight'); }
  set rowHeight(v: number) { this.write('rowHeight', v); }
  get wrapText(): boolean { return unread('wrapText'); }
  set wrapText(v: boolean) { this.write('wrapText', v); }
  get horizontalAlignment(): string { return unread('horizontalAlignment'); }
  set horizontalAlignment(v: string) { this.write('horizontalAlignment', v); }
  get verticalAlignment(): string { return unread('verticalAlignment'); }
  set verticalAlignment(v: string) { this.write('verticalAlignment', v); }
  get indentLevel(): number { return unread('indentLevel'); }
  set indentLevel(v: number) { this.write('indentLevel', v); }
}
