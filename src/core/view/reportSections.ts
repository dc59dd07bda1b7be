import type { Evaluation } from '../report';
import { sayIn, type Language, type MessageKey, type Say } from '../messages';
import { budgetParagraphs } from '../output/budgetParagraphs';
import { indicatorParagraphs } from '../output/indicatorParagraphs';
import { summaryParagraphs } from '../output/summaryParagraphs';
import { problemParagraphs } from '../output/problemParagraphs';

/** One section of the drafted report: its heading (`一、预算执行情况`) and its paragraphs, each copied whole. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

const SECTIONS: readonly [MessageKey, (evaluation: Evaluation, say: Say) => string[]][] = [
  ['report.section.budget', budgetParagraphs],
  ['report.section.indicators', indicatorParagraphs],
  ['report.section.summary', summaryParagraphs],
  ['report.section.problems', problemParagraphs],
];

/**
 * The report's 预算执行, 绩效情况, 综合评价 and 存在的问题 sections as data, drafted once: 自评_报告 lays them
 * out and the pane offers each paragraph to copy, so the two always say the same.
 */
export function reportSections(evaluation: Evaluation, lang: Language): ReportSection[] {
  const say = sayIn(lang);
  return SECTIONS.map(([heading, paragraphs]) => ({ heading: say(heading), paragraphs: paragraphs(evaluation, say) }));
}
