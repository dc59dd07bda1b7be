import {
  appendAll,
  flagView,
  formatAmount,
  SUMMARY_FLAG_LIMIT,
  showPath,
  stripControls,
  formName,
  sayIn,
  scoreView,
  showRate,
  showScore,
  type CategoryLine,
  type Evaluation,
  type WorkbookEvaluation,
  type Language,
  type Say,
} from '../core';

const INDENT = '  ';

/**
 * The readable result (without --json): the file, then for each form the rule set, the unit, the overall
 * rate, the total and the grade beside what the workbook states, each category against its maximum, then
 * the flags by severity (50 of each at most, the rest counted); several forms end with one line each. Every
 * sentence comes from the catalogue; this only arranges them.
 */
export function formatSummary(workbook: WorkbookEvaluation, path: string, lang: Language): string {
  const say = sayIn(lang);
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
    total: showScore(scores.total),
    stated: scores.stated?.total === undefined ? '—' : showScore(scores.stated.total),
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
        rate: showRate(overall.rate),
        budget: amount(overall.budget),
        actual: amount(overall.actual),
        unit: evaluation.unit,
      }),
    );
  }

  const stated = scores.stated;
  const total =
    stated?.total !== undefined
      ? say('summary.totalStated', { total: showScore(scores.total), stated: showScore(stated.total) })
      : say('summary.total', { total: showScore(scores.total) });
  const grade = say(`grade.${scores.grade}`);
  const gradeText =
    stated?.grade !== undefined ? say('summary.gradeStated', { grade, stated: stated.grade }) : say('summary.grade', { grade });
  let totalLine = say('summary.totalAndGrade', { total, grade: gradeText });
  if (scores.scaled) totalLine += say('summary.scaled');
  if (scores.cappedAt !== null) totalLine += say('summary.capped', { cap: showScore(scores.cappedAt) });
  lines.push(totalLine, say('summary.scores'));

  for (const line of scoreView(evaluation).categories) lines.push(INDENT + categoryLine(line, say));

  if (evaluation.flags.length === 0) {
    lines.push(say('summary.noFlags'));
  } else {
    for (const { severity, count, lines: flags, more } of flagView(evaluation.flags, lang, SUMMARY_FLAG_LIMIT)) {
      lines.push(say(`summary.severity.${severity}`, { count }));
      for (const flag of flags) lines.push(INDENT + flag.text);
      if (more > 0) lines.push(INDENT + say('summary.moreFlags', { count: more }));
    }
  }
  return lines;
}

/** One category's line, from the score card's own decision about its state (core/view). */
function categoryLine({ category, state }: CategoryLine, say: Say): string {
  const name = say(`category.${category}`);
  switch (state.kind) {
    case 'inOutput':
      return say('summary.categoryInOutput', { category: name });
    case 'notComputed':
      return say('summary.categoryNotComputed', { category: name });
    case 'noIndicators':
      return say('summary.categoryNoIndicators', { category: name });
    case 'score': {
      const params = { category: name, score: showScore(state.score), max: showScore(state.max) };
      return state.stated === null ? say('summary.category', params) : say('summary.categoryStated', { ...params, stated: showScore(state.stated) });
    }
  }
}
