import { RULE_SETS, type IndicatorCategory } from '../rules';
import type { Evaluation, IndicatorResult } from '../report';
import { showScore } from '../evaluate';
import { joinList, type Say } from './say';

const CATEGORIES: readonly IndicatorCategory[] = ['output', 'effect', 'satisfaction', 'cost'];

/** The report's 绩效情况 section: how many indicators were met, the category scores, each unmet one with its reason. */
export function indicatorParagraphs(evaluation: Evaluation, say: Say): string[] {
  const { indicators } = evaluation;
  if (indicators.length === 0) return [say('report.indicators.none')];
  const unmet = unmetIndicators(evaluation);
  const unscored = indicators.filter((i) => i.score === null && !i.flags.includes('indicator-unmet')).length;
  const counts = CATEGORIES.map((category) => ({ category, count: indicators.filter((i) => i.category === category).length }))
    .filter(({ count }) => count > 0)
    .map(({ category, count }) => say('report.indicators.categoryCount', { category: say(`category.${category}`), count }));
  let first = say('report.indicators.count', {
    count: indicators.length,
    list: joinList(say, counts, 'item'),
    met: indicators.length - unmet.length - unscored,
    unmet: unmet.length,
  });
  if (unscored > 0) first += say('report.indicators.unscored', { count: unscored });
  const paragraphs = [first, scoresParagraph(evaluation, say)];
  for (const indicator of unmet) paragraphs.push(unmetParagraph(indicator, say));
  if (unmet.length === 0) paragraphs.push(say('report.indicators.allMet'));
  return paragraphs;
}

export function unmetIndicators(evaluation: Evaluation): IndicatorResult[] {
  return evaluation.indicators.filter((i) => i.flags.includes('indicator-unmet'));
}

/** 产出指标 38 分（满分 40 分）… for each category the rule set has and the workbook fills. */
function scoresParagraph(evaluation: Evaluation, say: Say): string {
  const { scores } = evaluation;
  const list = CATEGORIES.filter((c) => RULE_SETS[evaluation.ruleSet].maxima[c] !== null && scores.maxima[c] > 0).map((category) =>
    say('report.indicators.categoryScore', {
      category: say(`category.${category}`),
      score: showScore(scores[category]),
      max: showScore(scores.maxima[category]),
    }),
  );
  return say('report.indicators.scores', { list: joinList(say, list) });
}

function unmetParagraph(indicator: IndicatorResult, say: Say): string {
  const params = { name: indicator.name, target: indicator.target, actual: indicator.actual };
  return indicator.reason.trim() === ''
    ? say('report.indicators.unmetNoReason', params)
    : say('report.indicators.unmetWithReason', { ...params, reason: indicator.reason.trim() });
}
