import {
  appendAll,
  formatFlag,
  formatMessage,
  RULE_SETS,
  SCORE_CATEGORIES,
  groupFlags,
  showPath,
  stripControls,
  formName,
  type Evaluation,
  type WorkbookEvaluation,
  type Language,
  type MessageKey,
  type MessageParams,
  type ScoreCategory,
} from '../core';

const INDENT = '  ';

type Say = (key: MessageKey, params?: MessageParams) => string;

/**
 * The readable result (without --json): the file, then for each form the rule set, the unit, the overall
 * rate, the total and the grade beside what the workbook states, each category against its maximum, then
 * the flags by severity; several forms end with one line each. Every sentence comes from the catalogue;
 * this only arranges them.
 */
export function formatSummary(workbook: WorkbookEvaluation, path: string, lang: Language): string {
  const say: Say = (key, params = {}) => formatMessage(key, params, lang);
  const { evaluations } = workbook;
  const lines: string[] = [say('summary.file', { path: showPath(path) })];
  if (evaluations.length === 0) lines.push(say('forms.none'));
  if (evaluations.length === 1) appendAll(lines, evaluationLines(evaluations[0], say, lang));
  if (evaluations.length > 1) {
    evaluations.forEach((evaluation, i) => {
      lines.push('', say('forms.heading', { n: i + 1, name: formName(evaluation), place: placeOf(evaluation, say) }));
      appendAll(lines, evaluationLines(evaluation, say, lang));
    });
    lines.push('', say('forms.summaryHeading', { count: evaluations.length }));
    evaluations.forEach((evaluation, i) => lines.push(INDENT + formLine(evaluation, i, say)));
  }
  // Cell text quoted in flags and names may hold line breaks or terminal escapes: one line each, nothing raw.
  return `${lines.map(stripControls).join('\n')}\n`;
}

function placeOf(evaluation: Evaluation, say: Say): string {
  return say('forms.place', { sheet: evaluation.scope.sheet, range: evaluation.scope.range });
}

/** One line per form: what a reviewer scans first. */
function formLine(evaluation: Evaluation, index: number, say: Say): string {
  const { scores } = evaluation;
  const count = (severity: string) => evaluation.flags.filter((f) => f.severity === severity).length;
  return say('forms.summaryLine', {
    n: index + 1,
    name: formName(evaluation),
    place: placeOf(evaluation, say),
    total: formatNumber(scores.total),
    stated: scores.stated?.total === undefined ? '—' : formatNumber(scores.stated.total),
    grade: say(`grade.${scores.grade}`),
    statedGrade: scores.stated?.grade ?? '—',
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
}

function evaluationLines(evaluation: Evaluation, say: Say, lang: Language): string[] {
  const { scores } = evaluation;
  const lines: string[] = [
    say('summary.ruleSet', { id: evaluation.ruleSet, name: say(`ruleSet.${evaluation.ruleSet}`) }),
    say('summary.unit', { unit: evaluation.unit }),
  ];

  const overall = evaluation.totals.overall;
  if (overall && overall.rate !== null && overall.budget !== null && overall.actual !== null) {
    const amount = (fen: number) => formatAmount(fen, evaluation.unitFactor);
    lines.push(
      say('summary.execution', {
        rate: formatPercent(overall.rate),
        budget: amount(overall.budget),
        actual: amount(overall.actual),
        unit: evaluation.unit,
      }),
    );
  }

  const stated = scores.stated;
  const total =
    stated?.total !== undefined
      ? say('summary.totalStated', { total: formatNumber(scores.total), stated: formatNumber(stated.total) })
      : say('summary.total', { total: formatNumber(scores.total) });
  const grade = say(`grade.${scores.grade}`);
  const gradeText =
    stated?.grade !== undefined ? say('summary.gradeStated', { grade, stated: stated.grade }) : say('summary.grade', { grade });
  let totalLine = say('summary.totalAndGrade', { total, grade: gradeText });
  if (scores.scaled) totalLine += say('summary.scaled');
  if (scores.cappedAt !== null) totalLine += say('summary.capped', { cap: formatNumber(scores.cappedAt) });
  lines.push(totalLine, say('summary.scores'));

  for (const category of SCORE_CATEGORIES) lines.push(INDENT + categoryLine(evaluation, category, say));

  if (evaluation.flags.length === 0) {
    lines.push(say('summary.noFlags'));
  } else {
    for (const { severity, flags } of groupFlags(evaluation.flags)) {
      lines.push(say(`summary.severity.${severity}`, { count: flags.length }));
      for (const flag of flags) lines.push(INDENT + formatFlag(flag, lang));
    }
  }
  return lines;
}

function categoryLine(evaluation: Evaluation, category: ScoreCategory, say: Say): string {
  const { scores } = evaluation;
  const name = say(`category.${category}`);
  // mof-2020 has no 成本 category: its indicators count toward 产出 (财预〔2020〕10号).
  if (RULE_SETS[evaluation.ruleSet].maxima[category] === null) return say('summary.categoryInOutput', { category: name });
  const score = scores[category];
  if (score === null) return say('summary.categoryNotComputed', { category: name });
  // An indicator category's maximum is the sum of its 分值: 0 means no indicator of that category was found.
  if (category !== 'budgetExecution' && scores.maxima[category] === 0) return say('summary.categoryNoIndicators', { category: name });
  const params = { category: name, score: formatNumber(score), max: formatNumber(scores.maxima[category]) };
  const stated = scores.stated?.[category];
  return stated === undefined
    ? say('summary.category', params)
    : say('summary.categoryStated', { ...params, stated: formatNumber(stated) });
}

// The engine's own conventions (src/core/evaluate/display.ts, not exported from the core's index), so that
// the summary's figures read like the figures inside the flags under them.
const GROUPED = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in the sheet's own unit, as a finance table shows it: `1,526.71`. */
function formatAmount(fen: number, unitFactor: number): string {
  return GROUPED.format(fen / (unitFactor * 100));
}

/** A score without trailing zeros: 96.63, 10; 2.675 rounds to 2.68 as a person rounds it. */
function formatNumber(value: number): string {
  return String(Math.round((value + Math.sign(value) * 1e-9) * 100) / 100);
}

/** A rate as a percentage with one decimal: `52.0%`. */
function formatPercent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
