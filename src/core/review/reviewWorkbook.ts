import { evaluateWorkbook } from '../evaluate';
import type { Language } from '../messages';
import { toJsonReport, type JsonEvaluation } from '../report';
import type { RuleSetId, Settings } from '../rules';
import { NO_STORED_SETTINGS, readStoredSettings } from '../settings/storedSettings';
import type { WorkbookSnapshot } from '../snapshot';
import { flagView } from '../view/flagView';
import type { ReviewFlag } from './buildReviewSheets';
import { reviewRows, type ReviewRow } from './reviewRows';

/** How a review scores each workbook: the settings given for the batch, and a rule set over every workbook's own. */
export interface ReviewScoring {
  readonly settings: Partial<Settings>;
  readonly ruleSet: RuleSetId | null;
  readonly lang: Language;
  /** The JSON reports too (the CLI's --json). */
  readonly reports: boolean;
}

/** What one readable workbook gives a review: only what the summary and the JSON lines need. */
export interface ReviewedWorkbook {
  readonly file: string;
  readonly rows: ReviewRow[];
  readonly flags: ReviewFlag[];
  readonly reports: JsonEvaluation[];
}

/**
 * One workbook of a review, evaluated exactly as `evaluate` does: its stored settings, then the batch's, then
 * the rule set; every form a row, every flag worded once for 问题清单.
 */
export function reviewWorkbook(file: string, snapshot: WorkbookSnapshot, scoring: ReviewScoring): ReviewedWorkbook {
  const { lang } = scoring;
  const stored = readStoredSettings(snapshot) ?? NO_STORED_SETTINGS;
  const settings = { ...stored.settings, ...scoring.settings, ...(scoring.ruleSet === null ? {} : { ruleSet: scoring.ruleSet }) };
  const workbook = evaluateWorkbook(snapshot, settings, stored.columns);
  const flags = [workbook.flags, ...workbook.evaluations.map((e) => e.flags)].flatMap((list) =>
    flagView(list, lang).flatMap((s) => s.lines.map(({ severity, code, cell, message }) => ({ file, severity, code, cell, message }))),
  );
  const reports = scoring.reports ? toJsonReport(workbook, lang).evaluations : [];
  return { file, rows: reviewRows(file, workbook, lang), flags, reports };
}
