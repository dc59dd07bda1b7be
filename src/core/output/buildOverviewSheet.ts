import { scoreView, type CategoryState } from '../view/scoreView';
import type { Evaluation, Severity } from '../report';
import type { Language, MessageKey } from '../messages';
import { round2, showScore } from '../evaluate';
import { SheetDraft } from './SheetDraft';
import { FORMATS, type SheetModel, type StyleName } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { flagView } from '../view/flagView';
import { putHeader, putNote, putTitle } from './tableParts';
import { joinList, sayIn, type Say } from './say';

// 评价内容/序号 | 满分/严重程度 | 计算得分/问题 | 自评得分/单元格 | 差异/代码 | 说明: the two tables share
// their columns, so that a flag's row needs no merge (ExcelJS checks each merge against all the others, and a
// workbook of 20 000 flagged lines would spend seconds there).
const WIDTHS = [16, 12, 18, 22, 24, 60];
const LAST_COL = WIDTHS.length - 1;

const SCORE_COLUMNS: readonly MessageKey[] = [
  'overview.col.category', 'overview.col.max', 'overview.col.computed', 'overview.col.stated', 'overview.col.difference', 'overview.col.note',
];
const FLAG_COLUMNS: readonly MessageKey[] = [
  'overview.col.number', 'overview.col.severity', 'overview.col.issue', 'overview.col.cell', 'overview.col.code', 'overview.col.message',
];

const FLAG_STYLE: Readonly<Record<Severity, StyleName>> = { error: 'flagError', warning: 'flagWarning', info: 'flagInfo' };

/** 自评_总览: the score and grade against the unit's own, every flag with a link to its cell, the settings used. */
export function buildOverviewSheet(evaluation: Evaluation, lang: Language, runTime: Date): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('overview', OUTPUT_SHEET_NAMES.overview, WIDTHS);
  putTitle(draft, 0, say('overview.title'), LAST_COL);
  putNote(draft, 1, say('output.generatedNote'), LAST_COL);
  let row = putScores(draft, 3, evaluation, say);
  row = putFlags(draft, row + 1, evaluation, say, lang);
  putSettings(draft, row + 1, evaluation, say, runTime);
  return draft.toModel({ orientation: 'landscape', fitToWidth: true });
}

/** The five categories, 总分 and 等次, computed beside stated; returns the next free row. */
function putScores(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say): number {
  const { scores } = evaluation;
  draft.put(top, 0, say('overview.scores'), 'heading');
  putHeader(draft, top + 1, SCORE_COLUMNS.map((key) => say(key)));
  let row = top + 2;
  // Each category's state as the score card decides it (core/view), so the sheet, the pane and the CLI agree.
  for (const { category, state } of scoreView(evaluation).categories) {
    const inForm = state.kind !== 'inOutput';
    putScoreRow(draft, row, say(`category.${category}`), inForm ? scores.maxima[category] : null, inForm ? scores[category] : null, scores.stated?.[category] ?? null);
    const note = categoryNote(state, evaluation, say);
    if (note) draft.put(row, 5, note, 'text');
    row++;
  }
  putScoreRow(draft, row, say('overview.total'), 100, scores.total, scores.stated?.total ?? null, true);
  const totalNotes = [
    scores.scaled ? say('overview.note.scaled') : '',
    scores.cappedAt !== null ? say('overview.note.capped', { cap: showScore(scores.cappedAt) }) : '',
  ].filter((note) => note !== '');
  if (totalNotes.length > 0) draft.put(row, 5, joinList(say, totalNotes), 'text');
  row++;
  draft.put(row, 0, say('overview.grade'), 'totalLabel');
  draft.put(row, 2, say(`grade.${scores.grade}`), 'textCenter');
  const statedGrade = scores.stated?.grade;
  if (statedGrade !== undefined) draft.put(row, 3, statedGrade, 'textCenter');
  if (statedGrade !== undefined && statedGrade !== scores.grade) draft.put(row, 5, say('overview.note.gradeDiffers'), 'text');
  draft.frame(top + 1, 0, row, LAST_COL, 'text');
  return row + 2;
}

function putScoreRow(
  draft: SheetDraft,
  row: number,
  label: string,
  max: number | null,
  computed: number | null,
  stated: number | null,
  total = false,
): void {
  draft.put(row, 0, label, total ? 'totalLabel' : 'label');
  const style = total ? 'totalScore' : 'score';
  draft.number(row, 1, max, style, FORMATS.score);
  draft.number(row, 2, computed === null ? null : round2(computed), style, FORMATS.score);
  draft.number(row, 3, stated, style, FORMATS.score);
  draft.number(row, 4, computed === null || stated === null ? null : round2(computed - stated), style, FORMATS.score);
}

/** Why a category has no score, or where it went. */
function categoryNote(state: CategoryState, evaluation: Evaluation, say: Say): string | null {
  switch (state.kind) {
    case 'inOutput':
      return say('overview.note.inOutput', { ruleSet: evaluation.ruleSet });
    case 'notComputed':
      return say('overview.note.notComputed');
    case 'noIndicators':
      return say('overview.note.noIndicators');
    case 'score':
      return null;
  }
}

/** Every flag, errors first, with a link to the cell it names; returns the next free row. */
function putFlags(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say, lang: Language): number {
  const count = (severity: Severity) => evaluation.flags.filter((flag) => flag.severity === severity).length;
  draft.put(top, 0, say('overview.flags', { errors: count('error'), warnings: count('warning'), infos: count('info') }), 'heading');
  putHeader(draft, top + 1, FLAG_COLUMNS.map((key) => say(key)));
  let row = top + 2;
  if (evaluation.flags.length === 0) {
    draft.put(row, 0, say('overview.noFlags'), 'text');
    draft.merge(row, 0, row, LAST_COL);
    return row + 2;
  }
  for (const { severity, lines } of flagView(evaluation.flags, lang)) {
    for (const flag of lines) {
      draft.put(row, 0, row - top - 1, 'score');
      draft.put(row, 1, say(`severity.${severity}`), FLAG_STYLE[severity]);
      draft.put(row, 2, flag.label, 'text');
      // A link jumps to one cell: a block (D7:E7) is named, not linked.
      const link = flag.place && !flag.place.cell.includes(':') ? { sheet: flag.place.sheet, cell: flag.place.cell } : null;
      if (flag.cell) draft.put(row, 3, flag.cell, link ? 'link' : 'text', undefined, link ?? undefined);
      draft.put(row, 4, flag.code, 'text');
      draft.put(row, 5, flag.message, 'text');
      draft.fitText(row, flag.message, WIDTHS[5]);
      row++;
    }
  }
  draft.frame(top + 1, 0, row - 1, LAST_COL, 'text');
  return row + 1;
}

/** The rule set, the unit and every setting the scores depend on, and when this ran. */
function putSettings(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say, runTime: Date): void {
  const { settings } = evaluation;
  const bands = settings.capBands.map((band) =>
    say('overview.setting.capBand', { from: percentText(band.fromRate), to: percentText(band.toRate), cap: band.cap }),
  );
  const rows: [MessageKey, string][] = [
    ['overview.setting.ruleSet', say('overview.setting.ruleSetValue', { id: evaluation.ruleSet, name: say(`ruleSet.${evaluation.ruleSet}`) })],
    ['overview.setting.unit', evaluation.unit],
    ['overview.setting.lowExecution', say('overview.setting.lowExecutionValue', { threshold: percentText(settings.lowExecutionThreshold) })],
    ['overview.setting.targetTooLow', say('overview.setting.targetTooLowValue', { ratio: percentText(settings.targetTooLowRatio) })],
    ['overview.setting.tolerance', say('overview.setting.toleranceValue', { tolerance: settings.scoreTolerance })],
    ['overview.setting.cap', settings.capEnabled ? say('overview.setting.capOn', { bands: joinList(say, bands) }) : say('overview.setting.capOff')],
    ['overview.setting.grades', say('overview.setting.gradesValue', { ...settings.gradeBands })],
    ['overview.setting.runTime', formatRunTime(runTime)],
  ];
  draft.put(top, 0, say('overview.settings'), 'heading');
  rows.forEach(([label, value], i) => {
    const row = top + 1 + i;
    draft.put(row, 0, say(label), 'label');
    draft.put(row, 1, value, 'text');
    draft.merge(row, 1, row, LAST_COL);
    draft.fitText(row, value, draft.widthOf(1, LAST_COL));
  });
}

/** `2025-03-01 10:05`, in the time zone of the machine that ran (the user's own clock). */
export function formatRunTime(time: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
}

/** A setting's threshold as people write it: `90%`, `130%`, `72.5%`. */
function percentText(fraction: number): string {
  return `${showScore(fraction * 100)}%`;
}
