import type { CellRange } from '../../../src/core';
import type { ExcelHost } from '../../../src/excel';
import { SheetState, type FakeSheet } from './FakeBook';
import type { Loadable } from './Loadable';
import { FakeWorkbook } from './fakeWorkbook';
import { officeError } from './Loadable';
import { apiNotFound, compareVersions, REQUIREMENTS, type Member } from './requirements';

export interface FakeExcelOptions {
  /** Throw at this sync (1-based), after applying the first `applyBeforeFailure` of its loads and changes. */
  readonly failAtSync?: number;
  readonly failure?: Error;
  /** Excel may apply a failing batch in part: how many of its queued items reach the workbook first (0). */
  readonly applyBeforeFailure?: number;
  /** Throw when one sync asks for values of more cells than this. */
  readonly responseCellLimit?: number;
  /** Throw when one sync sends more than this many bytes of changes (Excel on the web: 5 MB). */
  readonly requestByteLimit?: number;
  /** Throw when what one sync sends back is longer than this many bytes of JSON (Excel on the web: 5 MB). */
  readonly responseByteLimit?: number;
  /** The highest ExcelApi requirement set the host supports; a sync using a member above it fails. */
  readonly apiVersion?: string;
}

/** Excel on the web's limits, both ways (Microsoft: "Resource limits and performance optimization"). */
export const EXCEL_ON_THE_WEB: FakeExcelOptions = { requestByteLimit: 5_000_000, responseByteLimit: 5_000_000 };

/** Excel's tallest row, in points: a taller one makes the request fail. */
export const MAX_ROW_HEIGHT = 409;

export interface LoadRecord {
  readonly sync: number;
  readonly target: string;
  readonly properties: string;
}

/**
 * A change the shell asked for, as the fake applied it: which sheet (null for the workbook's names and
 * settings), what kind of change, and its size in bytes of JSON, as Office.js would send it.
 */
export interface WriteRecord {
  readonly sync: number;
  readonly kind: 'cells' | 'sheet' | 'name' | 'setting' | 'view';
  readonly sheet: string | null;
  readonly what: string;
  readonly bytes: number;
}

interface QueuedLoad {
  readonly type: 'load';
  readonly target: Loadable;
  readonly properties: readonly string[];
}

interface QueuedAction {
  readonly type: 'action';
  readonly kind: WriteRecord['kind'];
  readonly describe: () => { sheet: string | null; what: string };
  readonly bytes: number;
  readonly apply: () => void;
}

/** Office.js's per-action envelope (ids, action type, property name) around the value, in bytes. */
const ACTION_OVERHEAD = 64;

/**
 * An in-memory Excel.RequestContext with Office.js's rules: `load`, setters and method calls only queue;
 * a sync applies them in order, and reading what was not loaded and synced throws (PropertyNotLoaded).
 * It counts syncs and the bytes each one sends, records every load and every change, and can be told to
 * fail at the k-th sync, after applying part of it, as real Excel may. It enforces Excel's limits: request
 * and response sizes, the tallest row, and the requirement set of each member (requirements.ts).
 */
export class FakeExcel implements ExcelHost {
  syncCount = 0;
  readonly loads: LoadRecord[] = [];
  readonly writes: WriteRecord[] = [];
  /** Cells whose values each sync returned. */
  readonly cellsPerSync: number[] = [];
  /** Bytes of changes each sync sent. */
  readonly bytesPerSync: number[] = [];
  /** How often the shell suspended screen updating and calculation for the next sync. */
  readonly suspended = { screenUpdating: 0, calculation: 0 };
  readonly sheets: SheetState[];
  readonly names = new Map<string, string>();
  readonly settings = new Map<string, unknown>();
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  readonly workbook: FakeWorkbook;
  /** The largest request and response of any sync, in bytes. */
  readonly largest = { request: 0, response: 0 };
  private queue: (QueuedLoad | QueuedAction)[] = [];
  private missing: Member | null = null;
  private failAtSync: number | undefined;

  constructor(
    sheets: readonly FakeSheet[],
    private options: FakeExcelOptions = {},
  ) {
    this.failAtSync = options.failAtSync;
    this.sheets = sheets.map((sheet) => new SheetState(sheet.name, sheet));
    this.activeSheet = this.sheets[0]?.name ?? '';
    this.workbook = new FakeWorkbook(this);
  }

  sheet(name: string): SheetState | undefined {
    const folded = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === folded);
  }

  /** Office.context.requirements.isSetSupported('ExcelApi', version), for the session's environment. */
  supportsExcelApi(version: string): boolean {
    return compareVersions(version, this.options.apiVersion ?? '1.17') <= 0;
  }

  /** Notes that the request being queued uses `member`; the next sync fails if the host lacks its set. */
  uses(member: Member): void {
    if (this.missing === null && !this.supportsExcelApi(REQUIREMENTS[member])) this.missing = member;
  }

  enqueueLoad(target: Loadable, propertyNames: string): void {
    const properties = propertyNames.split(',').map((p) => p.trim()).filter(Boolean);
    this.loads.push({ sync: this.syncCount + 1, target: target.describe(), properties: properties.join(',') });
    this.queue.push({ type: 'load', target, properties });
  }

  enqueueAction(kind: WriteRecord['kind'], describe: QueuedAction['describe'], payload: unknown, apply: () => void): void {
    const bytes = ACTION_OVERHEAD + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ type: 'action', kind, describe, bytes, apply });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    const missing = this.missing;
    this.queue = [];
    this.missing = null;
    if (missing !== null) throw apiNotFound(missing);
    if (this.failAtSync === this.syncCount) {
      for (const item of queue.slice(0, this.options.applyBeforeFailure ?? 0)) this.carryOut(item);
      if (this.failuresLeft > 0) {
        this.failuresLeft--;
        this.failAtSync = this.syncCount + 1;
        this.options = { ...this.options, applyBeforeFailure: 0 };
      }
      throw this.options.failure ?? new Error(`sync ${this.syncCount} failed`);
    }
    const bytes = queue.reduce((n, q) => n + (q.type === 'action' ? q.bytes : 0), 0);
    this.largest.request = Math.max(this.largest.request, bytes);
    const limit = this.options.requestByteLimit;
    if (limit !== undefined && bytes > limit) throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes)`);
    const cells = queue.reduce((n, q) => n + (q.type === 'load' ? q.target.cellsRequested(q.properties) : 0), 0);
    const cellLimit = this.options.responseCellLimit;
    if (cellLimit !== undefined && cells > cellLimit) {
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${cells} cells)`);
    }
    this.cellsPerSync.push(cells);
    this.bytesPerSync.push(bytes);
    let response = 0;
    for (const item of queue) response += this.carryOut(item);
    this.largest.response = Math.max(this.largest.response, response);
    // Excel has done the work by then; only the answer is too large to send back.
    const responseLimit = this.options.responseByteLimit;
    if (responseLimit !== undefined && response > responseLimit) {
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes)`);
    }
  }

  /** Applies one queued item; a load's answer is counted in bytes of JSON. */
  private carryOut(item: QueuedLoad | QueuedAction): number {
    if (item.type === 'load') return item.target.arrive(item.properties);
    const described = item.describe();
    item.apply();
    this.writes.push({ sync: this.syncCount, kind: item.kind, ...described, bytes: item.bytes });
    return 0;
  }

  /**
   * Fails the sync `later` syncs from now (1: the next one), after applying `applied` of its items, and the
   * `more` syncs after it too (applying nothing of those).
   */
  failIn(later: number, applied = 0, more = 0): void {
    this.failAtSync = this.syncCount + later;
    this.failuresLeft = more;
    this.options = { ...this.options, applyBeforeFailure: applied };
  }

  private failuresLeft = 0;

  /** A sheet's cells in a block, as a plain grid of values, for a test to read what the shell wrote. */
  valuesOf(sheetName: string, range: CellRange): unknown[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rows: unknown[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: unknown[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(sheet.peek(r, c)?.value ?? '');
      rows.push(row);
    }
    return rows;
  }
}
