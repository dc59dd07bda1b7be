#!/usr/bin/env node
/** The `budget-perf` executable: wires process.argv, the streams and the exit code to runCli, nothing else. */
import { isMainThread, workerData } from 'node:worker_threads';
import { formatMessage } from '../core/messages';
import { runCli } from './runCli';
import { EXIT } from './exitCodes';
import { languageFromArgv } from './parseCommandLine';
import { REVIEW_WORKER, serveReviewJobs } from './reviewWorker';

const argv = process.argv.slice(2);

// `review --jobs N` starts this same script in worker threads, each serving workbooks rather than a command line.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[REVIEW_WORKER] === true) serveReviewJobs();
else main();

function main(): void {
  // `budget-perf evaluate a.xlsx --json | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    fail(error);
  });
  runCli(argv, { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    // exitCode, not exit(): a long JSON report piped to another program is flushed before Node stops.
    process.exitCode = code;
  }, fail);
}

/** Anything runCli could not catch still ends as one line, never a stack trace. */
function fail(error: unknown): void {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  process.stderr.write(`${formatMessage('cli.failed', { reason }, languageFromArgv(argv))}\n`);
  process.exitCode = EXIT.unreadable;
}
