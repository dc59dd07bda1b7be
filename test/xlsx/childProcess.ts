import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');
const RSS_LINE = /^budget-perf-test maxrss=(\d+)$/m;

/** The CLI bundled into one script in `dir`, so that a test can run it as a process of its own (no build needed). */
export function bundleCli(dir: string): string {
  const outfile = join(dir, 'budget-perf.js');
  buildSync({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', outfile, logLevel: 'warning' });
  // Reports the process's own peak resident memory when it ends. Linux's VmHWM is this program's alone:
  // getrusage's maxRSS (what /usr/bin/time prints) keeps the peak of the jest worker it was forked from.
  writeFileSync(
    join(dir, 'peak.js'),
    "process.on('exit', () => { const fs = require('fs'); let kb = process.resourceUsage().maxRSS; " +
      "try { kb = Number(/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); } catch {} " +
      "fs.writeSync(2, '\\nbudget-perf-test maxrss=' + kb + '\\n'); });",
  );
  return outfile;
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** stderr without the peak-memory line. */
  readonly stderr: string;
  /** Peak resident memory in MiB; NaN when the process was killed before it could say. */
  readonly peakMiB: number;
}

/** Starts `script` with `args` under node, its peak memory reported; `onStart` may kill it. */
export function runScript(script: string, args: readonly string[], onStart?: (child: ChildProcess) => void): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--require', join(script, '..', 'peak.js'), script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  onStart?.(child);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      const rss = RSS_LINE.exec(stderr);
      done({ code, signal, stdout, stderr: stderr.replace(RSS_LINE, '').trim(), peakMiB: rss ? Number(rss[1]) / 1024 : Number.NaN });
    });
  });
}
