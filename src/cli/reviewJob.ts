import {
  evaluateWorkbook, flagView, formatMessage, NO_STORED_SETTINGS, readStoredSettings, showPath, toJsonReport,
  type JsonEvaluation, type Language, type RuleSetId, type Settings,
} from '../core';
import { reviewRows, type ReviewFlag, type ReviewRow } from '../core/review';
import { openWorkbook, WorkbookReadError } from '../xlsx';
import { oneLine } from './oneLine';

/** One workbook of a review: where it is, how it is shown (relative to the summary), and how to score it. */
export interface ReviewJob {
  readonly path: string;
  readonly file: string;
  readonly lang: Language;
  readonly settings: Partial<Settings>;
  readonly ruleSet: RuleSetId | null;
  /** --json: the evaluation reports too. */
  readonly reports: boolean;
}

/** What one workbook gave: only what the summary and the JSON lines need, so that a batch's memory stays flat. */
export type ReviewOutcome =
  | { readonly file: string; readonly rows: ReviewRow[]; readonly flags: ReviewFlag[]; readonly reports: JsonEvaluation[] }
  | { readonly file: string; readonly unreadable: string };

/** Evaluates one workbook exactly as `evaluate` does (its stored settings, then --settings, then --rules). */
export async function reviewOne(job: ReviewJob): Promise<ReviewOutcome> {
  const { file, lang } = job;
  try {
    const opened = await openWorkbook(job.path, { lang });
    const stored = readStoredSettings(opened.snapshot) ?? NO_STORED_SETTINGS;
    const settings = { ...stored.settings, ...job.settings, ...(job.ruleSet === null ? {} : { ruleSet: job.ruleSet }) };
    const workbook = evaluateWorkbook(opened.snapshot, settings, stored.columns);
    const flags = [workbook.flags, ...workbook.evaluations.map((e) => e.flags)].flatMap((list) =>
      flagView(list, lang).flatMap((s) => s.lines.map(({ severity, code, cell, message }) => ({ file, severity, code, cell, message }))),
    );
    const reports = job.reports ? toJsonReport(workbook, lang).evaluations : [];
    return { file, rows: reviewRows(file, workbook, lang), flags, reports };
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.messageIn(lang) : formatMessage('cli.unexpected', { path: showPath(job.path), reason: oneLine(error) }, lang);
    return { file, unreadable: reason };
  }
}
