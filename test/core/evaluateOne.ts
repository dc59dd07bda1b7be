/** Tests of one form's figures: the engine on a workbook that holds exactly one, and settings as one form has them. */
import { evaluateWorkbook, toJsonReport, withDefaults, type ColumnMapping, type Evaluation, type JsonEvaluation, type Language, type Settings, type WorkbookEvaluation, type WorkbookSnapshot } from '../../src/core';
import { type FormSettings } from '../../src/core/rules';

export function evaluateOne(snapshot: WorkbookSnapshot, settings: Partial<Settings> = {}, columns: ColumnMapping = {}): Evaluation {
  const { evaluations } = evaluateWorkbook(snapshot, settings, columns);
  if (evaluations.length !== 1) throw new Error(`expected one evaluation, found ${evaluations.length}`);
  return evaluations[0];
}

/** The JSON of the only evaluation of `snapshot`. */
export function reportOne(snapshot: WorkbookSnapshot, lang: Language = 'zh-CN', settings: Partial<Settings> = {}): JsonEvaluation {
  const report = toJsonReport(evaluateWorkbook(snapshot, settings), lang);
  if (report.evaluations.length !== 1) throw new Error(`expected one evaluation, found ${report.evaluations.length}`);
  return report.evaluations[0];
}

/** Defaults with a rule set chosen, as every form is scored. */
export function formSettings(partial: Partial<Settings> = {}): FormSettings {
  return { ...withDefaults(partial), ruleSet: partial.ruleSet ?? 'dept-2024' };
}

/** One evaluation as the workbook result it would be alone (for the sheet builders and the CLI summary). */
export function asWorkbook(evaluation: Evaluation): WorkbookEvaluation {
  return { evaluations: [evaluation], settings: { ...evaluation.settings }, flags: [], resultSheets: [] };
}
