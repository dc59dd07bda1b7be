import {
  formatFlag,
  formatMessage,
  RULE_SETS,
  SCORE_CATEGORIES,
  groupFlags,
  type Evaluation,
  type Language,
  type MessageKey,
  type MessageParams,
  type ScoreCategory,
} from '../core';

const INDENT = '  ';

/**
 * The readable result (without --json): the file, the rule set, the unit, the overall rate, the total and the
 * grade beside what the workbook states, each category against its maximum, then the flags by severity.
 * Every sentence comes from the catalogue; this only arranges them.
 */
export function formatSummary(evaluation: Evaluation, path: string, lang: Language): string {
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(key, params, lang);
  const { scores } = evaluation;
  const lines: string[] = [
    say('summary.file', { path }),
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
  return `${lines.join('\n')}\n`;
}

function categoryLine(
  evaluation: Evaluation,
  category: ScoreCategory,
  say: (key: MessageKey, params?: MessageParams) => string,
): string {
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
