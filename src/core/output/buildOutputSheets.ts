import type { Evaluation } from '../report';
import type { Language } from '../messages';
import type { SheetModel } from './SheetModel';
import { buildOverviewSheet } from './buildOverviewSheet';
import { buildBudgetSheet } from './buildBudgetSheet';
import { buildIndicatorSheet } from './buildIndicatorSheet';
import { buildFormSheet } from './buildFormSheet';
import { buildReportSheet } from './buildReportSheet';

/**
 * The five result sheets, in tab order: 自评_总览, 自评_预算执行, 自评_绩效指标, 自评_自评表, 自评_报告.
 * `runTime` is the moment of the run, passed in so that the same evaluation always gives the same sheets.
 */
export function buildOutputSheets(evaluation: Evaluation, lang: Language, runTime: Date): SheetModel[] {
  return [
    buildOverviewSheet(evaluation, lang, runTime),
    buildBudgetSheet(evaluation, lang),
    buildIndicatorSheet(evaluation, lang),
    buildFormSheet(evaluation, lang),
    buildReportSheet(evaluation, lang),
  ];
}
