/**
 * `npm run bench`: how fast the engine is, alone and behind the CLI. Prints figures; asserts nothing.
 *
 * (a) The core: evaluateWorkbook on in-memory snapshots of 1 000, 10 000 and 100 000 budget lines (plus a
 *     tenth as many indicator rows), one warm-up then the median of 5. Target: ≥ 200 000 budget lines/s.
 * (b) The CLI on a 20 000-line .xlsx: the whole `evaluate FILE --json` process against a node process that
 *     only reads the file with ExcelJS, median of 3 each. Target: CLI / read-only ≤ 1.5, i.e. the engine and
 *     the report cost at most half of what merely opening the file costs.
 *
 * (c), (d) the add-in: syncs and bytes per recalculation, and the pane's bundle size (benchAddin.ts).
 *
 * Run with --expose-gc (npm run bench does) so that heap figures are taken after a collection.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { evaluateWorkbook } from '../src/core';
import type { WorkbookEvaluation } from '../src/core';
import { benchBundle, benchShell } from './benchAddin';
import { benchSnapshot, writeBenchWorkbook } from './benchWorkbooks';

const ROOT = path.resolve(__dirname, '..', '..'); // dist/scripts → the repository
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const CORE_SIZES = [1_000, 10_000, 100_000];
const CORE_RUNS = 5;
/**
 * Warm-up: runs until this much time has gone by (at least one run), so that the small sizes are timed on
 * compiled code as a pane or a reviewer's batch sees them, not on the interpreter's first pass.
 */
const WARM_UP_MS = 500;
const CORE_TARGET = 200_000; // budget lines per second
const CLI_LINES = 20_000;
const CLI_RUNS = 3;
const CLI_TARGET = 1.5; // CLI time / read-only time

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const perSecond = (count: number, millis: number): string => Math.round((count / millis) * 1000).toLocaleString('en-US');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// (a) ------------------------------------------------------------------------------------------------------

function benchCore(): void {
  console.log(`(a) core: evaluateWorkbook(snapshot), ${WARM_UP_MS} ms warm-up + median of ${CORE_RUNS}; target ≥ ${CORE_TARGET.toLocaleString('en-US')} lines/s`);
  if (!gc) console.log('    (run with node --expose-gc for heap figures after a collection)');
  const rows: string[][] = [];
  for (const size of CORE_SIZES) {
    const snapshot = benchSnapshot(size);
    const indicatorRows = Math.round(size / 10);
    const before = heapUsed();
    let evaluation: WorkbookEvaluation = evaluateWorkbook(snapshot);
    for (const start = performance.now(); performance.now() - start < WARM_UP_MS; ) evaluation = evaluateWorkbook(snapshot);
    const times: number[] = [];
    for (let i = 0; i < CORE_RUNS; i++) {
      const t0 = performance.now();
      evaluation = evaluateWorkbook(snapshot);
      times.push(performance.now() - t0);
    }
    const after = heapUsed(); // the snapshot and the last evaluation are both alive here
    const t = median(times);
    rows.push([
      size.toLocaleString('en-US'),
      indicatorRows.toLocaleString('en-US'),
      evaluation.evaluations[0].lines.length.toLocaleString('en-US'),
      ms(t),
      perSecond(size, t),
      size / t * 1000 >= CORE_TARGET ? 'yes' : 'NO',
      mib(after),
      mib(after - before),
    ]);
  }
  printTable(['budget lines', 'indicators', 'lines found', 'median', 'lines/s', 'target', 'heap used', 'heap Δ (result)'], rows);
}

// (b) ------------------------------------------------------------------------------------------------------

interface ProcessRun {
  readonly millis: number;
  readonly status: number | null;
  readonly stderr: string;
}

/** One node process, stdout to /dev/null, timed wall-clock from spawn to exit. */
function timeNode(args: readonly string[], env: NodeJS.ProcessEnv = {}): ProcessRun {
  const devNull = fs.openSync(os.devNull, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    return { millis: performance.now() - t0, status: r.status, stderr: r.stderr ?? '' };
  } finally {
    fs.closeSync(devNull);
  }
}

/** A warm-up run (file and module caches), then the median of `runs`. */
function medianRun(runs: number, run: () => ProcessRun): { millis: number; last: ProcessRun } {
  run();
  const results = Array.from({ length: runs }, run);
  return { millis: median(results.map((r) => r.millis)), last: results[results.length - 1] };
}

const READ_ONLY = `
const ExcelJS = require('exceljs');
new ExcelJS.Workbook().xlsx.readFile(process.env.BENCH_FILE).catch((e) => { console.error(e.message); process.exit(1); });
`;

async function benchCli(): Promise<void> {
  console.log(`\n(b) CLI: node dist/src/cli/main.js evaluate FILE --json > /dev/null vs ExcelJS readFile alone, ` +
    `${CLI_LINES.toLocaleString('en-US')} lines, median of ${CLI_RUNS}; target ratio ≤ ${CLI_TARGET}`);
  if (!fs.existsSync(CLI)) {
    console.log(`    skipped: ${path.relative(ROOT, CLI)} is not built`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-bench-'));
  try {
    const file = path.join(dir, `bench-${CLI_LINES}.xlsx`);
    await writeBenchWorkbook(CLI_LINES, file);
    console.log(`    ${path.basename(file)}: ${mib(fs.statSync(file).size)}`);

    const cli = medianRun(CLI_RUNS, () => timeNode([CLI, 'evaluate', file, '--json']));
    const read = medianRun(CLI_RUNS, () => timeNode(['-e', READ_ONLY], { BENCH_FILE: file }));
    const ratio = cli.millis / read.millis;
    printTable(
      ['process', 'exit', 'median', 'lines/s'],
      [
        ['budget-perf evaluate --json', String(cli.last.status), ms(cli.millis), perSecond(CLI_LINES, cli.millis)],
        ['ExcelJS readFile only', String(read.last.status), ms(read.millis), perSecond(CLI_LINES, read.millis)],
      ],
    );
    console.log(`ratio CLI / read-only: ${ratio.toFixed(2)} (target ≤ ${CLI_TARGET}: ${ratio <= CLI_TARGET ? 'yes' : 'NO'})`);
    for (const [label, r] of [['CLI', cli.last], ['read-only', read.last]] as const) {
      if (r.status !== 0) console.log(`    ${label} exited ${r.status}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}\n`);
  benchCore();
  await benchCli();
  const print = ({ header, rows }: { header: readonly string[]; rows: readonly (readonly string[])[] }) => printTable(header, rows);
  await benchShell(print);
  benchBundle(ROOT, print);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exit(1);
});
