import { formatMessage, showPath } from '../core';
import { reviewWorkbook, type ReviewedWorkbook, type ReviewScoring } from '../core/review';
import { openWorkbook, WorkbookReadError } from '../xlsx';
import { oneLine } from './oneLine';

/** One workbook of a review: where it is, how it is shown (relative to the summary), and how to score it. */
export interface ReviewJob extends ReviewScoring {
  readonly path: string;
  readonly file: string;
}

/** What one workbook gave: only what the summary and the JSON lines need, so that a batch's memory stays flat. */
export type ReviewOutcome = ReviewedWorkbook | { readonly file: string; readonly unreadable: string };

/** Evaluates one workbook exactly as `evaluate` does (its stored settings, then --settings, then --rules). */
export async function reviewOne(job: ReviewJob): Promise<ReviewOutcome> {
  const { file, lang } = job;
  try {
    return reviewWorkbook(file, (await openWorkbook(job.path, { lang })).snapshot, job);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.messageIn(lang) : formatMessage('cli.unexpected', { path: showPath(job.path), reason: oneLine(error) }, lang);
    return { file, unreadable: reason };
  }
}
