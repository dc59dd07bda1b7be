import type { Language } from '../messages';
import { showScore } from '../evaluate';
import { formName, type Evaluation, type Severity } from '../report';
import { quoteSheetName } from '../snapshot';
import { SheetDraft } from './SheetDraft';
import type { SheetModel } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { putHeader, putSource, putTitle } from './tableParts';
import { sayIn, type Say } from './say';

// The 总览 sheet's own columns, so that the list and the sections under it line up.
const WIDTHS = [16, 12, 18, 22, 24, 60];
const LAST_COL = WIDTHS.length - 1;

/** The head of 自评_总览 when a workbook holds several forms: one row per form, each scored on its own. */
export function buildFormsList(evaluations: readonly Evaluation[], lang: Language): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('overview', OUTPUT_SHEET_NAMES.overview, WIDTHS);
  putTitle(draft, 0, say('overview.title'), LAST_COL);
  draft.put(2, 0, say('forms.list', { count: evaluations.length }), 'heading');
  const columns = ['forms.col.number', 'forms.col.total', 'forms.col.grade', 'forms.col.place', 'forms.col.ruleSet', 'forms.col.name'] as const;
  putHeader(draft, 3, columns.map((key) => say(key)));
  evaluations.forEach((evaluation, i) => putFormRow(draft, 4 + i, i, evaluation, say));
  draft.frame(3, 0, 3 + evaluations.length, LAST_COL, 'text');
  return draft.toModel({ orientation: 'landscape', fitToWidth: true });
}

function putFormRow(draft: SheetDraft, row: number, index: number, evaluation: Evaluation, say: Say): void {
  const { scores, scope } = evaluation;
  const count = (severity: Severity) => evaluation.flags.filter((f) => f.severity === severity).length;
  const stated = scores.stated;
  draft.put(row, 0, index + 1, 'score');
  const total = showScore(scores.total);
  draft.put(row, 1, stated?.total === undefined ? total : say('forms.withStated', { computed: total, stated: showScore(stated.total) }), 'textCenter');
  const grade = say(`grade.${scores.grade}`);
  draft.put(row, 2, stated?.grade === undefined ? grade : say('forms.withStated', { computed: grade, stated: stated.grade }), 'textCenter');
  putSource(draft, row, 3, `${quoteSheetName(scope.sheet)}!${scope.range.split(':')[0]}`);
  draft.put(row, 4, say(`ruleSet.${evaluation.ruleSet}`), 'text');
  const name = say('forms.nameWithIssues', { name: formName(evaluation), errors: count('error'), warnings: count('warning'), infos: count('info') });
  draft.put(row, 5, name, 'text');
  draft.fitText(row, name, WIDTHS[5]);
}
