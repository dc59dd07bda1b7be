import type { ExcelHost } from './ExcelHost';

/**
 * Office.js's per-action envelope (object path, action id and type, property name) in bytes, on top of the
 * value's own JSON. Measured request bodies run from some 100 to 200 bytes per action; 200 keeps the
 * estimate on the safe side.
 */
export const ACTION_BYTES = 200;

/**
 * Excel on the web refuses a request over 5 MB. The writer syncs once its estimate passes this, which
 * leaves room for an estimate that is off by half and more.
 */
export const DEFAULT_MAX_BYTES_PER_SYNC = 2_000_000;

/** The estimated request size of one action that sends `payload`. */
export function actionBytes(payload?: unknown): number {
  return ACTION_BYTES + (payload === undefined ? 0 : JSON.stringify(payload).length);
}

/**
 * Counts what has been queued on the request context and syncs before a request would grow past its
 * budget. Screen updating and calculation are suspended once, for the first sync of the write phase:
 * suspending them again at every sync makes Excel redraw between syncs, which the user sees as flicker.
 */
export class SyncBatcher {
  private pending = 0;
  readonly sentBytes: number[] = [];

  constructor(
    private readonly host: ExcelHost,
    readonly maxBytes = DEFAULT_MAX_BYTES_PER_SYNC,
  ) {}

  /** Call before queueing an action of `bytes`: syncs first if the request would pass its budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.maxBytes) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const bytes = this.pending;
    this.pending = 0;
    if (this.sentBytes.length === 0) {
      this.host.workbook.application.suspendScreenUpdatingUntilNextSync();
      this.host.workbook.application.suspendApiCalculationUntilNextSync();
    }
    await this.host.sync();
    this.sentBytes.push(bytes);
  }
}
