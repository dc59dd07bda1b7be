/**
 * `npm run bench`: how fast the engine is, alone and behind the CLI. Prints figures; asserts nothing.
 *
 * (a) The core: evaluateWorkbook on in-memory snapshots of 1 000, 10 000 and 100 000 budget lines (plus a
 *     tenth as many indicator rows), one warm-up then the median of 5. Target: ≥ 200 000 budget lines/s.
 * (b) The CLI on a 20 000-line .xlsx: the whole `evaluate FILE --json` process against a node process that
 *     only reads the file with ExcelJS, run side by side (taking turns), median of 7 each, with the peak RSS
 *     of each process. Targets: the CLI at most 0.8× ExcelJS's time at no more memory; `--out` under 2 s;
 *     `--help` within 2× of `node -e 0` (nothing heavy is loaded before it is needed).
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
import { buildSampleWorkbook } from './buildSample';

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
const CLI_RUNS = 7;
const CLI_TARGET = 0.8; // CLI time / read-only time
const OUT_TARGET_MS = 2000;

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
  /** Peak resident memory of the child, as /usr/bin/time reports it (getrusage's ru_maxrss). */
  readonly peakBytes: number;
}

/** Reports the child's peak RSS on stderr as it exits; loaded with --require, so the timed program is unchanged. */
// The process's own peak: Linux's VmHWM, since getrusage's maxRSS keeps the peak of the bench that forked it.
const PEAK_PRELOAD =
  "process.on('exit', () => { const fs = require('fs'); let kb = process.resourceUsage().maxRSS; " +
  "try { kb = Number(/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); } catch {} " +
  "fs.writeSync(2, '\\nbench maxrss=' + kb + '\\n'); });";
const PEAK_LINE = /\nbench maxrss=(\d+)\n/;

/** One node process, stdout to /dev/null, timed wall-clock from spawn to exit. */
function timeNode(args: readonly string[], preload: string, env: NodeJS.ProcessEnv = {}): ProcessRun {
  const devNull = fs.openSync(os.devNull, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', preload, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const millis = performance.now() - t0;
    const peak = PEAK_LINE.exec(r.stderr ?? '');
    return { millis, status: r.status, stderr: (r.stderr ?? '').replace(PEAK_LINE, ''), peakBytes: peak ? Number(peak[1]) * 1024 : Number.NaN };
  } finally {
    fs.closeSync(devNull);
  }
}

interface Measured {
  readonly millis: number;
  readonly peakBytes: number;
  readonly last: ProcessRun;
}

/**
 * Each command run `runs` times after one warm-up, the commands taking turns (a, b, a, b…) so that whatever
 * else the machine is doing weighs on both alike: the median time and the median peak memory of each.
 */
function sideBySide(runs: number, commands: readonly (() => ProcessRun)[]): Measured[] {
  for (const command of commands) command();
  const results: ProcessRun[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((command, c) => results[c].push(command()));
  return results.map((r) => ({ millis: median(r.map((x) => x.millis)), peakBytes: median(r.map((x) => x.peakBytes)), last: r[r.length - 1] }));
}

const READ_ONLY = `
const ExcelJS = require('exceljs');
new ExcelJS.Workbook().xlsx.readFile(process.env.BENCH_FILE).catch((e) => { console.error(e.message); process.exit(1); });
`;

async function benchCli(): Promise<void> {
  console.log(`\n(b) CLI on ${CLI_LINES.toLocaleString('en-US')} lines: \`evaluate FILE --json\` against ExcelJS readFile alone, side by side, ` +
    `median of ${CLI_RUNS}, peak RSS of each process; targets: time ≤ ${CLI_TARGET}× ExcelJS's, no more memory; --out < ${OUT_TARGET_MS} ms; --help ≤ 2× node -e 0`);
  if (!fs.existsSync(CLI)) {
    console.log(`    skipped: ${path.relative(ROOT, CLI)} is not built`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-bench-'));
  try {
    const file = path.join(dir, `bench-${CLI_LINES}.xlsx`);
    const out = path.join(dir, 'out.xlsx');
    const preload = path.join(dir, 'peak.js');
    fs.writeFileSync(preload, PEAK_PRELOAD);
    await writeBenchWorkbook(CLI_LINES, file);
    console.log(`    ${path.basename(file)}: ${mib(fs.statSync(file).size)}`);

    const [cli, read, write] = sideBySide(CLI_RUNS, [
      () => timeNode([CLI, 'evaluate', file, '--json'], preload),
      () => timeNode(['-e', READ_ONLY], preload, { BENCH_FILE: file }),
      () => timeNode([CLI, 'evaluate', file, '--out', out], preload),
    ]);
    const [help, bare] = sideBySide(CLI_RUNS, [() => timeNode([CLI, '--help'], preload), () => timeNode(['-e', '0'], preload)]);
    printTable(
      ['process', 'exit', 'median', 'lines/s', 'peak RSS'],
      [
        ['budget-perf evaluate --json', String(cli.last.status), ms(cli.millis), perSecond(CLI_LINES, cli.millis), mib(cli.peakBytes)],
        ['ExcelJS readFile only', String(read.last.status), ms(read.millis), perSecond(CLI_LINES, read.millis), mib(read.peakBytes)],
        ['budget-perf evaluate --out', String(write.last.status), ms(write.millis), perSecond(CLI_LINES, write.millis), mib(write.peakBytes)],
        ['budget-perf --help', String(help.last.status), ms(help.millis), '', mib(help.peakBytes)],
        ['node -e 0', String(bare.last.status), ms(bare.millis), '', mib(bare.peakBytes)],
      ],
    );
    const ratio = cli.millis / read.millis;
    const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
    console.log(`--json / ExcelJS read: ${ratio.toFixed(2)}× the time (target ≤ ${CLI_TARGET}: ${yes(ratio <= CLI_TARGET)}), ` +
      `${(cli.peakBytes / read.peakBytes).toFixed(2)}× the memory (target ≤ 1: ${yes(cli.peakBytes <= read.peakBytes)})`);
    // The machine is shared: the ratio to ExcelJS's read, measured in the same turns, says what the seconds alone cannot.
    console.log(`--out: ${ms(write.millis)} (target < ${OUT_TARGET_MS} ms: ${yes(write.millis < OUT_TARGET_MS)}), ` +
      `${(write.millis / read.millis).toFixed(2)}× ExcelJS's plain read; ` +
      `--help / node -e 0: ${(help.millis / bare.millis).toFixed(2)}× (target ≤ 2: ${yes(help.millis <= 2 * bare.millis)})`);
    for (const [label, r] of [['--json', cli.last], ['read-only', read.last], ['--out', write.last]] as const) {
      if (r.status !== 0) console.log(`    ${label} exited ${r.status}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes of the units' workbooks a review is timed on (budget lines), beside the sample's own shape. */
const REVIEW_SIZES = [20, 50, 100, 200, 500, 1000, 2000];
const REVIEW_TARGET_MS = 60_000;
const REVIEW_TARGET_BYTES = 500 * 2 ** 20;

/**
 * `review` of 100 and of 1 000 workbooks with 1 and 2 jobs: one run each (a run of 1 000 takes tens of seconds).
 * The folder holds copies of eight generated workbooks (the sample and seven sizes), twenty to a county folder:
 * each copy is read and evaluated on its own, as a unit's file would be.
 */
async function benchReview(): Promise<void> {
  console.log(`\n(e) budget-perf review of a folder of units' workbooks, 1 and 2 jobs, one run each; targets: 1 000 workbooks < ${REVIEW_TARGET_MS / 1000} s, ` +
    `peak < ${mib(REVIEW_TARGET_BYTES)}, the time per workbook flat from 100 to 1 000`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-perf-review-'));
  try {
    const preload = path.join(dir, 'peak.js');
    fs.writeFileSync(preload, PEAK_PRELOAD);
    const templates = [path.join(dir, 'sample.xlsx'), ...REVIEW_SIZES.map((n) => path.join(dir, `lines-${n}.xlsx`))];
    await buildSampleWorkbook().xlsx.writeFile(templates[0]);
    for (const [i, n] of REVIEW_SIZES.entries()) await writeBenchWorkbook(n, templates[i + 1]);
    const folder = (count: number) => {
      const root = path.join(dir, `units-${count}`);
      for (let i = 0; i < count; i++) {
        const county = path.join(root, `区县${String(Math.floor(i / 20) + 1).padStart(2, '0')}`);
        fs.mkdirSync(county, { recursive: true });
        fs.copyFileSync(templates[i % templates.length], path.join(county, `单位${String(i + 1).padStart(4, '0')}.xlsx`));
      }
      return root;
    };
    const rows: string[][] = [];
    const perWorkbook = new Map<string, number>();
    let peak = 0;
    for (const count of [100, 1000]) {
      const root = folder(count);
      for (const jobs of [1, 2]) {
        const run = timeNode([CLI, 'review', root, '--out', path.join(dir, `summary-${count}-${jobs}.xlsx`), '--jobs', String(jobs)], preload);
        perWorkbook.set(`${count}/${jobs}`, run.millis / count);
        peak = Math.max(peak, run.peakBytes);
        rows.push([String(count), String(jobs), String(run.status), ms(run.millis), `${(run.millis / count).toFixed(1)} ms`, mib(run.peakBytes)]);
      }
    }
    printTable(['workbooks', 'jobs', 'exit', 'wall', 'per workbook', 'peak RSS'], rows);
    const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
    const thousand = Math.min(perWorkbook.get('1000/1') ?? Infinity, perWorkbook.get('1000/2') ?? Infinity) * 1000;
    const flat = ['1', '2'].map((jobs) => (perWorkbook.get(`1000/${jobs}`) ?? 0) / (perWorkbook.get(`100/${jobs}`) ?? 1));
    console.log(`1 000 workbooks: ${ms(thousand)} at best (target < ${REVIEW_TARGET_MS / 1000} s: ${yes(thousand < REVIEW_TARGET_MS)}); ` +
      `peak ${mib(peak)} (target < ${mib(REVIEW_TARGET_BYTES)}: ${yes(peak < REVIEW_TARGET_BYTES)}); ` +
      `per workbook at 1 000 ÷ at 100: ${flat.map((f) => `${f.toFixed(2)}×`).join(' (1 job), ')} (2 jobs)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}\n`);
  benchCore();
  await benchCli();
  await benchReview();
  const print = ({ header, rows }: { header: readonly string[]; rows: readonly (readonly string[])[] }) => printTable(header, rows);
  await benchShell(print);
  benchBundle(ROOT, print);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exit(1);
});
