import type { Language, MessageKey } from '../messages';
import { FORMATS, type SheetModel, type StyleName } from '../output/SheetModel';
import { SheetDraft } from '../output/SheetDraft';
import { putHeader, putNote, putTitle } from '../output/tableParts';
import { formatRunTime } from '../output/buildOverviewSheet';
import { sayIn, type Say } from '../output/say';
import type { Severity } from '../report';
import type { Settings } from '../rules';
import { formatPercent } from '../view/formatNumbers';
import { cellPlace } from '../view/cellPlace';
import type { FlagCode } from '../report';
import { reviewOrder, type ReviewRow } from './reviewRows';

export type ReviewSheetId = 'reviewSummary' | 'reviewFlags' | 'reviewUnreadable' | 'reviewAbout';

/** The summary workbook's sheets, in tab order; it is a workbook of our own, so the names are plain. */
export const REVIEW_SHEET_NAMES: Readonly<Record<ReviewSheetId, string>> = {
  reviewSummary: '汇总',
  reviewFlags: '问题清单',
  reviewUnreadable: '无法读取',
  reviewAbout: '说明',
};

/**
 * One flag of one file as the summary keeps it: only what 问题清单 shows, since a review of 10⁴ workbooks keeps
 * every one of them until the summary is written.
 */
export interface ReviewFlag {
  readonly file: string;
  readonly severity: Severity;
  readonly code: FlagCode;
  readonly cell: string | null;
  readonly message: string;
}

/** What the review of a folder found: its rows, every flag by file, the files it could not read or skipped. */
export interface ReviewResult {
  readonly rows: readonly ReviewRow[];
  readonly flags: readonly ReviewFlag[];
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];
  readonly skipped: readonly string[];
  readonly settings: Settings;
}

/** 汇总, 问题清单, 无法读取 and 说明 of a reviewer's summary workbook. */
export function buildReviewSheets(result: ReviewResult, lang: Language, runTime: Date): SheetModel<ReviewSheetId>[] {
  const say = sayIn(lang);
  return [summarySheet(result, say), flagsSheet(result, say), unreadableSheet(result, say), aboutSheet(result, say, runTime)];
}

const SUMMARY_COLUMNS: readonly [MessageKey, number][] = [
  ['review.col.number', 6], ['review.col.file', 28], ['review.col.sheet', 14], ['review.col.name', 26], ['review.col.ruleSet', 10],
  ['review.col.budget', 16], ['review.col.actual', 16], ['review.col.rate', 10], ['review.col.total', 10], ['review.col.grade', 8],
  ['review.col.statedTotal', 10], ['review.col.statedGrade', 8], ['review.col.gap', 10], ['review.col.errors', 6],
  ['review.col.warnings', 6], ['review.col.infos', 6], ['review.col.problems', 60],
];
const HEADER_ROW = 2;

function summarySheet(result: ReviewResult, say: Say): SheetModel<ReviewSheetId> {
  const draft = new SheetDraft('reviewSummary', REVIEW_SHEET_NAMES.reviewSummary, SUMMARY_COLUMNS.map(([, width]) => width));
  const last = SUMMARY_COLUMNS.length - 1;
  putTitle(draft, 0, say('review.summary.title'), last);
  putNote(draft, 1, say('review.summary.note'), last);
  putHeader(draft, HEADER_ROW, SUMMARY_COLUMNS.map(([key]) => say(key)));
  const rows = [...result.rows].sort(reviewOrder);
  rows.forEach((r, i) => putSummaryRow(draft, HEADER_ROW + 1 + i, i + 1, r, say));
  const bottom = HEADER_ROW + Math.max(rows.length, 1);
  return draft.toModel({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } }, { rows: HEADER_ROW + 1, cols: 2 }, { top: HEADER_ROW, left: 0, bottom, right: last });
}

function putSummaryRow(draft: SheetDraft<ReviewSheetId>, row: number, seq: number, r: ReviewRow, say: Say): void {
  draft.put(row, 0, seq, 'score');
  // A link opens the file at its form; a workbook in which no form was found is named, with nowhere to jump to.
  if (r.sheet === null) draft.put(row, 1, r.file, 'text');
  else draft.put(row, 1, r.file, 'link', undefined, { file: r.file, sheet: r.sheet, cell: 'A1' });
  draft.put(row, 2, r.sheet, 'text');
  draft.put(row, 3, r.sheet === null ? say('review.noForm') : r.name, 'text');
  draft.put(row, 4, r.ruleSet, 'textCenter');
  draft.number(row, 5, r.budget, 'amount', FORMATS.amount);
  draft.number(row, 6, r.actual, 'amount', FORMATS.amount);
  draft.number(row, 7, r.rate, 'percent', FORMATS.rate);
  draft.number(row, 8, r.total, 'score', FORMATS.score);
  draft.put(row, 9, r.grade === null ? null : say(`grade.${r.grade}`), 'textCenter');
  draft.number(row, 10, r.statedTotal, 'score', FORMATS.score);
  draft.put(row, 11, r.statedGrade, 'textCenter');
  draft.number(row, 12, r.gap, r.gap !== null && r.gap > 0 ? 'totalScore' : 'score', FORMATS.score);
  draft.number(row, 13, r.errors, r.errors > 0 ? 'flagError' : 'score', '0');
  draft.number(row, 14, r.warnings, 'score', '0');
  draft.number(row, 15, r.infos, 'score', '0');
  const problems = r.problems.join('\n');
  draft.put(row, 16, problems === '' ? null : problems, 'text');
  draft.fitText(row, problems, SUMMARY_COLUMNS[16][1]);
}

const FLAG_COLUMNS: readonly [MessageKey, number][] = [
  ['review.col.number', 6], ['review.col.file', 28], ['review.col.cell', 18], ['review.col.severity', 8], ['review.col.code', 22], ['review.col.message', 70],
];
const SEVERITY_STYLE: Readonly<Record<Severity, StyleName>> = { error: 'flagError', warning: 'flagWarning', info: 'flagInfo' };

function flagsSheet(result: ReviewResult, say: Say): SheetModel<ReviewSheetId> {
  const draft = new SheetDraft('reviewFlags', REVIEW_SHEET_NAMES.reviewFlags, FLAG_COLUMNS.map(([, width]) => width));
  const last = FLAG_COLUMNS.length - 1;
  putTitle(draft, 0, say('review.flags.title'), last);
  putNote(draft, 1, say('review.flags.note'), last);
  putHeader(draft, HEADER_ROW, FLAG_COLUMNS.map(([key]) => say(key)));
  result.flags.forEach((flag, i) => {
    const row = HEADER_ROW + 1 + i;
    draft.put(row, 0, i + 1, 'score');
    draft.put(row, 1, flag.file, 'text');
    const place = cellPlace(flag.cell);
    const link = place && !place.cell.includes(':') ? { file: flag.file, sheet: place.sheet, cell: place.cell } : undefined;
    draft.put(row, 2, flag.cell, link ? 'link' : 'text', undefined, link);
    draft.put(row, 3, say(`severity.${flag.severity}`), SEVERITY_STYLE[flag.severity]);
    draft.put(row, 4, flag.code, 'text');
    draft.put(row, 5, flag.message, 'text');
    draft.fitText(row, flag.message, FLAG_COLUMNS[5][1]);
  });
  const bottom = HEADER_ROW + Math.max(result.flags.length, 1);
  return draft.toModel({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } }, { rows: HEADER_ROW + 1, cols: 0 }, { top: HEADER_ROW, left: 0, bottom, right: last });
}

function unreadableSheet(result: ReviewResult, say: Say): SheetModel<ReviewSheetId> {
  const widths = [6, 40, 80];
  const draft = new SheetDraft('reviewUnreadable', REVIEW_SHEET_NAMES.reviewUnreadable, widths);
  putTitle(draft, 0, say('review.unreadable.title'), 2);
  putNote(draft, 1, say('review.unreadable.note'), 2);
  putHeader(draft, HEADER_ROW, [say('review.col.number'), say('review.col.file'), say('review.col.reason')]);
  const entries = [...result.unreadable, ...result.skipped.map((file) => ({ file, reason: say('review.skipped') }))];
  if (entries.length === 0) draft.put(HEADER_ROW + 1, 1, say('review.unreadable.none'), 'text');
  entries.forEach(({ file, reason }, i) => {
    const row = HEADER_ROW + 1 + i;
    draft.put(row, 0, i + 1, 'score');
    draft.put(row, 1, file, 'text');
    draft.put(row, 2, reason, 'text');
    draft.fitText(row, reason, widths[2]);
  });
  return draft.toModel({ orientation: 'landscape', fitToWidth: true });
}

function aboutSheet(result: ReviewResult, say: Say, runTime: Date): SheetModel<ReviewSheetId> {
  const draft = new SheetDraft('reviewAbout', REVIEW_SHEET_NAMES.reviewAbout, [22, 80]);
  putTitle(draft, 0, say('review.about.title'), 1);
  const read = new Set(result.rows.map((r) => r.file)).size;
  const { settings } = result;
  const lines: [MessageKey, string][] = [
    ['review.about.time', formatRunTime(runTime)],
    ['review.about.files', say('review.about.filesValue', { files: read + result.unreadable.length + result.skipped.length, read, unreadable: result.unreadable.length, skipped: result.skipped.length })],
    ['review.about.evaluations', String(result.rows.filter((r) => r.sheet !== null).length)],
    ['review.about.ruleSet', settings.ruleSet === null ? say('review.about.ruleSetByTitle') : settings.ruleSet],
    ['review.about.lowExecution', formatPercent(settings.lowExecutionThreshold)],
    ['review.about.targetTooLow', formatPercent(settings.targetTooLowRatio)],
    ['review.about.tolerance', String(settings.scoreTolerance)],
  ];
  lines.forEach(([label, value], i) => {
    draft.put(2 + i, 0, say(label), 'label');
    draft.put(2 + i, 1, value, 'text');
  });
  return draft.toModel({ orientation: 'portrait', fitToWidth: true });
}
