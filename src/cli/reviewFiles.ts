import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatMessage, showPath, withDefaults, type Language, type Settings } from '../core';
import { buildReviewSheets, type ReviewFlag, type ReviewResult, type ReviewRow } from '../core/review';
import { WorkbookWriteError, writeNewWorkbook } from '../xlsx';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';
import { oneLine } from './oneLine';
import type { ReviewRequest } from './parseCommandLine';
import { reviewOne, type ReviewJob, type ReviewOutcome } from './reviewJob';
import { REVIEW_WORKER } from './reviewWorker';

/**
 * `budget-perf review DIR|FILES…`: every .xlsx found evaluated as `evaluate` does, `jobs` at a time, each
 * result handed on as it comes (a JSON line, a progress line) and kept only as the summary's rows and flags.
 * Exit 0 when every workbook was read, 1 when some could not be (the summary names them), 2 on bad usage.
 */
export async function reviewFiles(request: ReviewRequest, given: Partial<Settings>, io: CliIo): Promise<number> {
  const { lang } = request;
  const found = await findWorkbooks(request.paths, request.out);
  // With a summary, a file is named as the summary's links reach it; without, as it was found.
  const base = request.out === undefined ? null : dirname(resolve(request.out));
  const show = (path: string) => (base === null ? path : relative(base, resolve(path))).split(sep).join('/');
  const jobs: ReviewJob[] = found.workbooks.map((path) => ({ path, file: show(path), lang, settings: given, ruleSet: request.ruleSet, reports: request.json }));
  const rows: ReviewRow[] = [];
  const flags: ReviewFlag[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  const progress = new Progress(jobs.length, io, lang);
  await runJobs(jobs, request.jobs, (outcome) => {
    if ('unreadable' in outcome) unreadable.push({ file: outcome.file, reason: outcome.unreadable });
    else {
      rows.push(...outcome.rows);
      for (const flag of outcome.flags) flags.push(flag);
      if (request.json) for (const report of outcome.reports) io.stdout.write(`${JSON.stringify({ file: outcome.file, ...report })}\n`);
    }
    progress.step();
  });
  progress.end();
  const skipped = found.skipped.map(show);
  const forms = rows.filter((r) => r.sheet !== null).length;
  const errors = rows.reduce((sum, r) => sum + r.errors, 0);
  const totals = { files: jobs.length, forms, errors, unreadable: unreadable.length, skipped: skipped.length };
  if (request.json) io.stdout.write(`${JSON.stringify({ summary: totals })}\n`);
  else io.stdout.write(`${formatMessage('review.done', totals, lang)}\n`);
  if (request.out !== undefined) {
    // The settings the batch was scored with (each workbook's stored ones, where it has them, under these).
    const settings = withDefaults({ ...given, ...(request.ruleSet === null ? {} : { ruleSet: request.ruleSet }) });
    const failure = await writeSummary({ rows, flags, unreadable, skipped, settings }, { ...request, out: request.out }, io.now?.() ?? new Date());
    if (failure !== null) {
      io.stderr.write(`${failure}\n`);
      return EXIT.unreadable;
    }
    if (!request.json) io.stdout.write(`${formatMessage('review.written', { path: showPath(request.out) }, lang)}\n`);
  }
  return unreadable.length > 0 ? EXIT.unreadable : EXIT.ok;
}

/** Writes the summary workbook; returns the one line to say why it could not, or null when written. */
async function writeSummary(result: ReviewResult, request: ReviewRequest & { out: string }, runTime: Date): Promise<string | null> {
  try {
    await writeNewWorkbook(buildReviewSheets(result, request.lang, runTime), request.out, { force: request.force });
    return null;
  } catch (error) {
    if (error instanceof WorkbookWriteError) return error.messageIn(request.lang);
    return formatMessage('write.failed', { path: showPath(request.out), reason: oneLine(error) }, request.lang);
  }
}

interface Found {
  readonly workbooks: string[];
  readonly skipped: string[];
}

/**
 * The .xlsx files under the paths given (folders walked in name order) and the other files. A path that cannot
 * be looked at is taken as a workbook, so that reading it says why, in the user's language, as evaluate would.
 */
async function findWorkbooks(paths: readonly string[], out: string | undefined): Promise<Found> {
  const found: Found = { workbooks: [], skipped: [] };
  const summary = out === undefined ? null : resolve(out);
  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      found.workbooks.push(path);
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names) await visit(join(path, name));
    } else if (resolve(path) === summary) {
      // The summary itself, written into the folder it reviews.
    } else if (extname(path).toLowerCase() === '.xlsx' && !/^~\$/.test(path.split(sep).pop() ?? '')) found.workbooks.push(path);
    else found.skipped.push(path);
  };
  for (const path of paths) await visit(path);
  return found;
}

/** The jobs run `parallel` at a time: in this process for one, in worker threads for more. */
async function runJobs(jobs: readonly ReviewJob[], parallel: number, take: (outcome: ReviewOutcome) => void): Promise<void> {
  if (parallel <= 1 || jobs.length <= 1 || !require.main) {
    for (const job of jobs) take(await reviewOne(job));
    return;
  }
  const entry = require.main.filename;
  let next = 0;
  const worker = async (): Promise<void> => {
    const thread = new Worker(entry, { workerData: { [REVIEW_WORKER]: true } });
    try {
      while (next < jobs.length) {
        const job = jobs[next++];
        take(await ask(thread, job));
      }
    } finally {
      await thread.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
}

/** One job in a worker; a worker that fails makes its workbook unreadable, never the batch. */
function ask(thread: Worker, job: ReviewJob): Promise<ReviewOutcome> {
  return new Promise((done) => {
    const onError = (error: Error) => {
      thread.off('message', onMessage);
      done({ file: job.file, unreadable: formatMessage('cli.unexpected', { path: showPath(job.path), reason: oneLine(error) }, job.lang) });
    };
    const onMessage = (outcome: ReviewOutcome) => {
      thread.off('error', onError);
      done(outcome);
    };
    thread.once('message', onMessage);
    thread.once('error', onError);
    thread.postMessage(job);
  });
}

/** A line on stderr while a terminal watches (files done, rate, time left); nothing when it is piped. */
class Progress {
  private done = 0;
  private readonly started = Date.now();

  constructor(private readonly total: number, private readonly io: CliIo, private readonly lang: Language) {}

  step(): void {
    this.done++;
    if (!this.io.stderr.isTTY) return;
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const left = Math.round((this.total - this.done) / rate);
    this.io.stderr.write(`\r${formatMessage('review.progress', { done: this.done, total: this.total, rate: Math.round(rate), left }, this.lang)}\u001b[K`);
  }

  end(): void {
    if (this.io.stderr.isTTY && this.done > 0) this.io.stderr.write('\n');
  }
}
