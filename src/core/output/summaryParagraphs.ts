import { RULE_SETS, SCORE_CATEGORIES } from '../rules';
import type { Evaluation } from '../report';
import { showScore } from '../evaluate';
import { joinList, type Say } from './say';

/**
 * The report's 综合评价 section, in the words the seed's report uses ("预算执行情况得分 10分，产出情况得分38分…
 * 总绩效为96分。评价结果等次为“优”"), with the computed scores; and a note where the unit stated others.
 */
export function summaryParagraphs(evaluation: Evaluation, say: Say): string[] {
  const { scores } = evaluation;
  const list: string[] = [];
  for (const category of SCORE_CATEGORIES) {
    if (RULE_SETS[evaluation.ruleSet].maxima[category] === null) continue;
    if (category === 'budgetExecution') {
      list.push(
        scores.budgetExecution === null
          ? say('report.summary.budgetExecutionNone')
          : say('report.summary.budgetExecution', { score: showScore(scores.budgetExecution) }),
      );
    } else if (scores.maxima[category] > 0) {
      list.push(say(`report.summary.${category}`, { score: showScore(scores[category]) }));
    }
  }
  const notes = [
    scores.scaled ? say('report.summary.scaled') : '',
    scores.cappedAt !== null ? say('report.summary.capped', { cap: showScore(scores.cappedAt) }) : '',
  ].join('');
  const paragraphs = [
    say('report.summary.text', {
      form: say(`form.title.${evaluation.ruleSet}`),
      list: joinList(say, list, 'comma'),
      total: showScore(scores.total),
      scaled: notes,
      grade: say(`grade.${scores.grade}`),
    }),
  ];
  const stated = scores.stated;
  const differences: string[] = [];
  if (stated?.total !== undefined && Math.abs(stated.total - scores.total) > evaluation.settings.scoreTolerance) {
    differences.push(say('report.summary.statedTotal', { stated: showScore(stated.total), total: showScore(scores.total) }));
  }
  if (stated?.grade !== undefined && stated.grade !== scores.grade) {
    differences.push(say('report.summary.statedGrade', { stated: stated.grade, grade: say(`grade.${scores.grade}`) }));
  }
  if (differences.length > 0) paragraphs.push(say('report.summary.stated', { list: joinList(say, differences, 'comma') }));
  return paragraphs;
}
