import type { Evaluation, LineResult, TotalResult } from '../report';
import type { MessageKey } from '../messages';
import { showAmount, showRate, showScore } from '../evaluate';
import { joinList, joinSome, type Say } from './say';

/** The report's 预算执行 section: the overall figures, each project line as the seed's report lists them, the low lines. */
export function budgetParagraphs(evaluation: Evaluation, say: Say): string[] {
  const paragraphs = [overallParagraph(evaluation, say)];
  const projects = evaluation.lines.filter((line) => line.category === '项目支出' && !line.isPart && line.actual !== null);
  if (projects.length > 0) {
    const list = joinSome(say, projects, (line) =>
      say('report.budget.projectLine', { name: line.name, actual: amount(evaluation, line.actual), unit: evaluation.unit, rate: rateText(line.rate) }),
    );
    paragraphs.push(say('report.budget.projectLines', { count: projects.length, list }));
  }
  const low = lowLines(evaluation);
  const threshold = `${showScore(evaluation.settings.lowExecutionThreshold * 100)}%`;
  if (low.length > 0) {
    const list = joinSome(say, low, (line) =>
      say('report.budget.lowLine', {
        name: line.name,
        budget: amount(evaluation, line.budget),
        actual: amount(evaluation, line.actual),
        unit: evaluation.unit,
        rate: rateText(line.rate),
      }),
    );
    paragraphs.push(say('report.budget.low', { threshold, count: low.length, list }));
  } else if (evaluation.lines.some((line) => line.rate !== null)) {
    paragraphs.push(say('report.budget.noLow', { threshold }));
  }
  return paragraphs;
}

/** Lines at 0% or below the low-execution threshold, lowest rate first. */
export function lowLines(evaluation: Evaluation): LineResult[] {
  return evaluation.lines
    .filter((line) => line.flags.includes('zero-execution') || line.flags.includes('low-execution'))
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0));
}

function overallParagraph(evaluation: Evaluation, say: Say): string {
  const { overall, basic, project } = evaluation.totals;
  const score = evaluation.scores.budgetExecution;
  if (!overall || overall.rate === null || score === null) return say('report.budget.none');
  let text = say('report.budget.overall', {
    budget: amount(evaluation, overall.budget),
    actual: amount(evaluation, overall.actual),
    unit: evaluation.unit,
    rate: showRate(overall.rate),
    score: showScore(score),
    max: showScore(evaluation.scores.maxima.budgetExecution),
  });
  const parts: [MessageKey, TotalResult | null][] = [['lineCategory.基本支出', basic], ['lineCategory.项目支出', project]];
  const list = parts
    .filter((part): part is [MessageKey, TotalResult] => part[1] !== null && part[1].rate !== null)
    .map(([label, total]) =>
      say('report.budget.category', {
        category: say(label),
        budget: amount(evaluation, total.budget),
        actual: amount(evaluation, total.actual),
        unit: evaluation.unit,
        rate: rateText(total.rate),
      }),
    );
  if (list.length > 0) text += say('report.budget.categories', { list: joinList(say, list) });
  return text;
}

function amount(evaluation: Evaluation, fen: number | null): string {
  return fen === null ? '—' : showAmount(fen, evaluation.unitFactor);
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : showRate(rate);
}
