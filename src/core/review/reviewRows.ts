import type { Language } from '../messages';
import { formName, type Evaluation, type Flag, type Grade, type WorkbookEvaluation } from '../report';
import type { RuleSetId } from '../rules';
import { round2 } from '../evaluate';
import { flagView } from '../view/flagView';

/** One evaluation of one unit's workbook as a reviewer's summary shows it: a row of 汇总. */
export interface ReviewRow {
  readonly file: string;
  /** The sheet the form is on; null for a workbook in which no form was found. */
  readonly sheet: string | null;
  /** 项目名称 or the unit the form names, else its title, else the file. */
  readonly name: string;
  readonly ruleSet: RuleSetId | null;
  /** 全年预算数 and 全年执行数 of the form's 合计, in 元. */
  readonly budget: number | null;
  readonly actual: number | null;
  readonly rate: number | null;
  readonly total: number | null;
  readonly grade: Grade | null;
  readonly statedTotal: number | null;
  readonly statedGrade: string | null;
  /** 自评 minus computed 总分: above 0, the unit scored itself higher than its figures support. */
  readonly gap: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The two most serious problems in words, errors first. */
  readonly problems: readonly string[];
}

/** How many problems a row names in words; the rest are in 问题清单. */
const PROBLEMS_NAMED = 2;

/**
 * The rows one workbook gives: one per form evaluated, or, when no form was found in it, one row saying so, so
 * that a workbook never drops out of the summary unseen.
 */
export function reviewRows(file: string, workbook: WorkbookEvaluation, lang: Language): ReviewRow[] {
  if (workbook.evaluations.length === 0) return [noFormRow(file, workbook.flags, lang)];
  return workbook.evaluations.map((evaluation) => evaluationRow(file, evaluation, lang));
}

function evaluationRow(file: string, evaluation: Evaluation, lang: Language): ReviewRow {
  const { scores, totals } = evaluation;
  const overall = totals.overall;
  const statedTotal = scores.stated?.total ?? null;
  return {
    file,
    sheet: evaluation.scope.sheet,
    name: formName(evaluation),
    ruleSet: evaluation.ruleSet,
    budget: yuan(overall?.budget ?? null),
    actual: yuan(overall?.actual ?? null),
    rate: overall?.rate ?? null,
    total: scores.total,
    grade: scores.grade,
    statedTotal,
    statedGrade: scores.stated?.grade ?? null,
    gap: statedTotal === null ? null : round2(statedTotal - scores.total),
    ...counts(evaluation.flags),
    problems: mostSerious(evaluation.flags, lang),
  };
}

function noFormRow(file: string, flags: readonly Flag[], lang: Language): ReviewRow {
  return {
    file, sheet: null, name: file, ruleSet: null, budget: null, actual: null, rate: null, total: null, grade: null,
    statedTotal: null, statedGrade: null, gap: null, ...counts(flags), problems: mostSerious(flags, lang),
  };
}

function counts(flags: readonly Flag[]): Pick<ReviewRow, 'errors' | 'warnings' | 'infos'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const flag of flags) {
    if (flag.severity === 'error') errors++;
    else if (flag.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

function mostSerious(flags: readonly Flag[], lang: Language): string[] {
  return flagView(flags, lang, PROBLEMS_NAMED).flatMap((section) => section.lines.map((line) => line.text)).slice(0, PROBLEMS_NAMED);
}

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/**
 * The order a reviewer opens them in: the largest gap between 自评 and computed 总分 first (either way; a row
 * without a stated total after those with one), then the most errors, then by file and sheet.
 */
export function reviewOrder(a: ReviewRow, b: ReviewRow): number {
  const gap = (row: ReviewRow) => (row.gap === null ? -1 : Math.abs(row.gap));
  return gap(b) - gap(a) || b.errors - a.errors || compareText(a.file, b.file) || compareText(a.sheet ?? '', b.sheet ?? '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
