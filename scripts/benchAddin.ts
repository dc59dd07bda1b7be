/**
 * The add-in's part of `npm run bench`:
 * (c) the Office.js shell against the in-memory fake workbook, as strict as Excel on the web: syncs, largest
 *     request and largest response per recalculation of 10 to 50 000 budget lines and of a text-heavy sheet.
 *     Target: every request and every response within 5 MB, with no sync refused.
 * (d) the pane's bundle, gzip, without office.js. Target: at most 350 KB.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as zlib from 'zlib';
import type { WorkbookSnapshot } from '../src/core';
import { createWorkbookSession, DEFAULT_MAX_BYTES_PER_RESPONSE, DEFAULT_MAX_BYTES_PER_SYNC } from '../src/excel';
import { EXCEL_ON_THE_WEB, FakeExcel, fakeSheetsOf } from '../test/excel/fake';
import { benchNotesSheet, benchSnapshot, toSnapshot } from './benchWorkbooks';

const REQUEST_LIMIT = 5_000_000;
const BUNDLE_TARGET = 350 * 1024;

/** The workbooks recalculated: the sample's shape at four sizes, and one heavy with text. */
const WORKBOOKS: readonly { readonly label: string; readonly snapshot: () => WorkbookSnapshot }[] = [
  ...[10, 1_000, 20_000, 50_000].map((lines) => ({ label: `${lines.toLocaleString('en-US')} budget lines`, snapshot: () => benchSnapshot(lines) })),
  { label: '20,000 lines × 5 notes of 75 characters', snapshot: () => toSnapshot([benchNotesSheet(20_000)]) },
];

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/**
 * One recalculation per workbook on a fresh fake workbook as strict as Excel on the web (5 MB each way,
 * rows of at most 409 points), as the pane's 重新计算 runs it.
 */
export async function benchShell(print: (table: Table) => void): Promise<void> {
  console.log(`\n(c) Office.js shell on the fake workbook with Excel on the web's limits (${MB(REQUEST_LIMIT)} each way): one 重新计算 ` +
    `(read, evaluate, write the 5 sheets); the reader sizes answers at ${MB(DEFAULT_MAX_BYTES_PER_RESPONSE)}, the writer requests at ${MB(DEFAULT_MAX_BYTES_PER_SYNC)}`);
  const rows: string[][] = [];
  for (const { label, snapshot } of WORKBOOKS) {
    const excel = new FakeExcel(fakeSheetsOf(snapshot()), EXCEL_ON_THE_WEB);
    const session = createWorkbookSession((action) => action(excel), { supportsExcelApi: () => true, now: () => new Date() });
    const t0 = performance.now();
    const writes: number[] = [];
    await session.recalculate('zh-CN', (p) => {
      if (p.step === 'write' && p.done === 0) writes.push(excel.syncCount);
    });
    const millis = performance.now() - t0;
    const readSyncs = writes[0];
    rows.push([
      label,
      String(readSyncs),
      String(excel.syncCount - readSyncs),
      MB(excel.largest.response),
      MB(excel.largest.request),
      excel.largest.response <= REQUEST_LIMIT && excel.largest.request <= REQUEST_LIMIT ? 'yes' : 'NO',
      `${millis.toFixed(0)} ms`,
    ]);
  }
  print({ header: ['workbook', 'read syncs', 'write syncs', 'largest response', 'largest request', '≤ 5 MB', 'time (fake)'], rows });
  console.log('    sizes: the JSON of every value, in UTF-8, as the fake counts it (64 bytes per action besides); a refused sync would have failed the run');
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
