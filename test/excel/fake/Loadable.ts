import type { SheetState } from './FakeBook';
import type { FakeExcel } from './FakeExcel';

// The fake runs in the browser tests too: no Buffer there.
const UTF8 = new TextEncoder();

/** An error as Office.js rejects a sync with (OfficeExtension.Error): its `code` says what failed. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** An Office.js proxy: `load` queues, and the values arrive, as they were at that moment, at the next sync. */
export abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  protected synced = false;

  constructor(protected readonly host: FakeExcel) {}

  abstract describe(): string;

  /** The value of `property` now, when a sync delivers it. */
  protected abstract capture(property: string): unknown;

  cellsRequested(properties: readonly string[]): number {
    void properties;
    return 0;
  }

  /** Takes the values a sync delivers; returns their size in bytes of JSON in UTF-8, as the response carries them. */
  arrive(properties: readonly string[]): number {
    this.synced = true;
    let bytes = 0;
    for (const p of properties) {
      const value = this.capture(p);
      this.loaded.set(p, value);
      bytes += p.length + 3 + UTF8.encode(JSON.stringify(value) ?? '').length;
    }
    return bytes;
  }

  protected queueLoad(propertyNames: string): void {
    this.host.enqueueLoad(this, propertyNames);
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new Error(`PropertyNotLoaded: ${this.describe()}.${property}`);
    return this.loaded.get(property) as T;
  }
}

/** A worksheet found by name when a sync gets to it, and the same one for the rest of the batch. */
export class SheetRef {
  private state: SheetState | undefined;

  constructor(
    private readonly host: FakeExcel,
    private readonly label: string,
    state?: SheetState,
  ) {
    this.state = state;
  }

  get(): SheetState {
    if (this.state && this.host.sheets.includes(this.state)) return this.state;
    const found = this.host.sheet(this.label);
    if (!found || (this.state && found !== this.state)) throw officeError('ItemNotFound', `no worksheet ${this.label}`);
    return (this.state = found);
  }

  bind(state: SheetState): void {
    this.state = state;
  }

  get name(): string {
    return this.state?.name ?? this.label;
  }
}

