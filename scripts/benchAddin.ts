/**
 * The add-in's part of `npm run bench`:
 * (c) the Office.js shell against the in-memory fake workbook: syncs and bytes per recalculation of 10, 1 000
 *     and 50 000 budget lines. Targets: reading 10 000 lines in at most 3 syncs (more only per 5 MB block),
 *     every request under Excel on the web's 5 MB.
 * (d) the pane's bundle, gzip, without office.js. Target: at most 350 KB.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as zlib from 'zlib';
import { createWorkbookSession, DEFAULT_MAX_BYTES_PER_SYNC } from '../src/excel';
import { FakeExcel, fakeSheetsOf } from '../test/excel/fake';
import { benchSnapshot } from './benchWorkbooks';

const SIZES = [10, 1_000, 10_000, 50_000];
const REQUEST_LIMIT = 5 * 2 ** 20;
const BUNDLE_TARGET = 350 * 1024;

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** One recalculation per size on a fresh fake workbook, as the pane's 重新计算 runs it. */
export async function benchShell(print: (table: Table) => void): Promise<void> {
  console.log(`\n(c) Office.js shell on the fake workbook: one 重新计算 (read, evaluate, write the 5 sheets); ` +
    `the writer syncs at ${MB(DEFAULT_MAX_BYTES_PER_SYNC)} of estimated request, Excel on the web refuses ${MB(REQUEST_LIMIT)}`);
  const rows: string[][] = [];
  for (const lines of SIZES) {
    const excel = new FakeExcel(fakeSheetsOf(benchSnapshot(lines)), { requestByteLimit: REQUEST_LIMIT });
    const session = createWorkbookSession((action) => action(excel), { supportsExcelApi: () => true, now: () => new Date() });
    const t0 = performance.now();
    const writes: number[] = [];
    await session.recalculate({ settings: {}, columns: {} }, 'zh-CN', (p) => {
      if (p.step === 'write' && p.done === 0) writes.push(excel.syncCount);
    });
    const millis = performance.now() - t0;
    const readSyncs = writes[0];
    const sent = excel.bytesPerSync.slice(readSyncs);
    rows.push([
      lines.toLocaleString('en-US'),
      String(readSyncs),
      readSyncs <= 3 || lines > 10_000 ? 'yes' : 'NO',
      String(excel.syncCount - readSyncs),
      MB(sent.reduce((a, b) => a + b, 0)),
      MB(Math.max(...sent)),
      Math.max(...sent) < REQUEST_LIMIT ? 'yes' : 'NO',
      Math.max(...excel.cellsPerSync).toLocaleString('en-US'),
      `${millis.toFixed(0)} ms`,
    ]);
  }
  print({
    header: ['budget lines', 'read syncs', '≤ 3 to 10k lines', 'write syncs', 'bytes sent', 'largest request', '< 5 MB', 'most cells read/sync', 'time (fake)'],
    rows,
  });
  console.log('    bytes: the JSON of every value sent plus 64 bytes per action; the writer itself counts 200 per action');
}

/** The pane's JavaScript as `npm run build` leaves it in dist/addin, gzip level 9, office.js left out. */
export function benchBundle(root: string, print: (table: Table) => void): void {
  const dir = path.join(root, 'dist', 'addin');
  console.log(`\n(d) the pane's bundle (dist/addin/*.js, gzip -9, office.js not included); target ≤ ${kb(BUNDLE_TARGET)}`);
  if (!fs.existsSync(dir)) {
    console.log('    skipped: dist/addin is not built (npm run build)');
    return;
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const rows = files.map((f) => {
    const raw = fs.readFileSync(path.join(dir, f));
    return { f, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  });
  const total = rows.reduce((n, r) => n + r.gzip, 0);
  print({
    header: ['file', 'size', 'gzip'],
    rows: [...rows.map((r) => [r.f, kb(r.raw), kb(r.gzip)]), ['total', kb(rows.reduce((n, r) => n + r.raw, 0)), kb(total)]],
  });
  console.log(`pane bundle: ${kb(total)} gzip (target ≤ ${kb(BUNDLE_TARGET)}: ${total <= BUNDLE_TARGET ? 'yes' : 'NO'})`);
  const exceljs = rows.some((r) => fs.readFileSync(path.join(dir, r.f), 'utf8').includes('exceljs'));
  console.log(`ExcelJS in the bundle: ${exceljs ? 'YES (it must not be)' : 'no'}`);
}
