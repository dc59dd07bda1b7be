import type { Evaluation, WorkbookEvaluation } from './Evaluation';

/** What a person calls a form: its 项目名称, else its title, else its sheet. */
export function formName(evaluation: Evaluation): string {
  const { scope } = evaluation;
  return scope.project ?? scope.title ?? scope.sheet;
}

/** Every table read, form by form, for the pane's column picker. */
export function tablesOf(workbook: WorkbookEvaluation): Evaluation['tables'] {
  return workbook.evaluations.flatMap((evaluation) => evaluation.tables);
}
