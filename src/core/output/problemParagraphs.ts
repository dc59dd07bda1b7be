import type { Evaluation, Flag, FlagCode } from '../report';
import { joinSome, type Say } from './say';
import { lowLines, rateText } from './budgetParagraphs';
import { unmetIndicators } from './indicatorParagraphs';

/**
 * The report's 存在的问题 section: one numbered paragraph per kind of problem the figures show, each naming
 * the lines, totals or indicators concerned, in the order a reviewer would raise them.
 */
export function problemParagraphs(evaluation: Evaluation, say: Say): string[] {
  const problems = [
    lowExecution(evaluation, say),
    overExecution(evaluation, say),
    flagsProblem(evaluation, say, ['sum-mismatch'], 'error', (list) => say('report.problem.sums', { list })),
    flagsProblem(evaluation, say, ['rate-mismatch'], null, (list) => say('report.problem.rates', { list })),
    unmet(evaluation, say),
    flagsProblem(evaluation, say, ['score-mismatch', 'grade-mismatch'], null, (list) => say('report.problem.scores', { list })),
    targetsTooLow(evaluation, say),
    flagsProblem(evaluation, say, ['weight-mismatch'], null, (message) => say('report.problem.weights', { message })),
    missingValues(evaluation, say),
  ].filter((text): text is string => text !== null);
  if (problems.length === 0) return [say('report.problem.none')];
  return problems.map((text, i) => say('report.problem.numbered', { n: i + 1, text }));
}

function lowExecution(evaluation: Evaluation, say: Say): string | null {
  const lines = lowLines(evaluation);
  if (lines.length === 0) return null;
  const list = joinSome(say, lines, (line) => say('report.problem.lineRate', { name: line.name, rate: rateText(line.rate) }), 'item');
  return say('report.problem.lowExecution', { list });
}

function overExecution(evaluation: Evaluation, say: Say): string | null {
  const lines = evaluation.lines.filter((line) => line.flags.includes('over-execution'));
  if (lines.length === 0) return null;
  const list = joinSome(say, lines, (line) => say('report.problem.lineRate', { name: line.name, rate: rateText(line.rate) }), 'item');
  return say('report.problem.overExecution', { list });
}

/** A paragraph quoting the flags of `codes` (at `severity`, or any), or null when there are none. */
function flagsProblem(
  evaluation: Evaluation,
  say: Say,
  codes: readonly FlagCode[],
  severity: Flag['severity'] | null,
  sentence: (list: string) => string,
): string | null {
  const flags = evaluation.flags.filter((flag) => codes.includes(flag.code) && (severity === null || flag.severity === severity));
  return flags.length === 0 ? null : sentence(joinSome(say, flags, (flag) => say(flag.key, flag.params)));
}

function unmet(evaluation: Evaluation, say: Say): string | null {
  const indicators = unmetIndicators(evaluation);
  if (indicators.length === 0) return null;
  const list = joinSome(say, indicators, (i) => say('report.problem.unmetItem', { name: i.name, target: i.target, actual: i.actual }));
  let text = say('report.problem.unmet', { list });
  const withoutReason = indicators.filter((i) => i.reason.trim() === '');
  if (withoutReason.length > 0) {
    text += say('report.problem.noReasons', { list: joinSome(say, withoutReason, (i) => say('report.problem.noReasonItem', { name: i.name }), 'item') });
  }
  return text;
}

function targetsTooLow(evaluation: Evaluation, say: Say): string | null {
  const indicators = evaluation.indicators.filter((i) => i.flags.includes('target-too-low'));
  if (indicators.length === 0) return null;
  const list = joinSome(say, indicators, (i) => say('report.problem.targetItem', { name: i.name, target: i.target, actual: i.actual }));
  return say('report.problem.targets', { list });
}

/** Cells that should hold a number and do not (warnings and errors; an `info` is a remark, not a problem). */
function missingValues(evaluation: Evaluation, say: Say): string | null {
  const flags = evaluation.flags.filter(
    (flag) => (flag.code === 'parse-error' || flag.code === 'missing-value') && flag.severity !== 'info' && flag.cell !== null,
  );
  if (flags.length === 0) return null;
  const cells = [...new Set(flags.map((flag) => flag.cell ?? ''))];
  return say('report.problem.values', { count: cells.length, list: joinSome(say, cells, (cell) => cell, 'item') });
}
