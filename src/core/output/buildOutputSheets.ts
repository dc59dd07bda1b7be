import { formName, type Evaluation, type WorkbookEvaluation } from '../report';
import type { Language } from '../messages';
import type { SheetModel } from './SheetModel';
import { buildOverviewSheet } from './buildOverviewSheet';
import { buildBudgetSheet } from './buildBudgetSheet';
import { buildIndicatorSheet } from './buildIndicatorSheet';
import { buildFormSheet } from './buildFormSheet';
import { buildReportSheet } from './buildReportSheet';
import { buildFormsList } from './buildFormsList';
import { stackSheets, type StackPart } from './stackSheets';
import { sayIn } from './say';
import { withContentMarker } from './outputSheets';

/**
 * The five result sheets, in tab order: 自评_总览, 自评_预算执行, 自评_绩效指标, 自评_自评表, 自评_报告.
 * `runTime` is the moment of the run, passed in so that the same evaluation always gives the same sheets.
 * A workbook of several forms gets the same five, each holding one section per form under its heading
 * (a 自评表 grid per form, to be copied one by one), and 总览 lists the forms first. No form: no sheet.
 */
export function buildOutputSheets(workbook: WorkbookEvaluation, lang: Language, runTime: Date): SheetModel[] {
  return layOut(workbook, lang, runTime).map(withContentMarker);
}

function layOut(workbook: WorkbookEvaluation, lang: Language, runTime: Date): SheetModel[] {
  const { evaluations } = workbook;
  if (evaluations.length <= 1) return evaluations.flatMap((evaluation) => sheetsOf(evaluation, lang, runTime));
  const say = sayIn(lang);
  const perForm = evaluations.map((evaluation) => sheetsOf(evaluation, lang, runTime));
  const headings = evaluations.map((evaluation, i) =>
    say('forms.heading', { n: i + 1, name: formName(evaluation), place: say('forms.place', { sheet: evaluation.scope.sheet, range: evaluation.scope.range }) }),
  );
  return perForm[0].map((first, k) => {
    const parts: StackPart[] = perForm.map((sheets, i) => ({ heading: headings[i], model: sheets[k] }));
    if (first.id === 'overview') parts.unshift({ heading: null, model: buildFormsList(evaluations, lang) });
    return stackSheets(first, parts);
  });
}

function sheetsOf(evaluation: Evaluation, lang: Language, runTime: Date): SheetModel[] {
  return [
    buildOverviewSheet(evaluation, lang, runTime),
    buildBudgetSheet(evaluation, lang),
    buildIndicatorSheet(evaluation, lang),
    buildFormSheet(evaluation, lang),
    buildReportSheet(evaluation, lang),
  ];
}
