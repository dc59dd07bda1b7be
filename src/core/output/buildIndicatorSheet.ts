import type { Evaluation, IndicatorResult } from '../report';
import type { Language, MessageKey } from '../messages';
import { round2 } from '../evaluate';
import { SheetDraft } from './SheetDraft';
import { FORMATS, type SheetModel } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { putHeader, putNote, putSource, putTitle } from './tableParts';
import { joinList, sayIn, type Say } from './say';

// 一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分（计算） | 得分（填报） | 问题 | 偏差原因 | 原表位置
const WIDTHS = [12, 20, 30, 14, 14, 8, 10, 10, 24, 40, 22];
const LAST_COL = WIDTHS.length - 1;
const HEADER_ROW = 2;
const COLUMNS: readonly MessageKey[] = [
  'indicatorSheet.col.level1', 'indicatorSheet.col.level2', 'indicatorSheet.col.name', 'indicatorSheet.col.target',
  'indicatorSheet.col.actual', 'indicatorSheet.col.weight', 'indicatorSheet.col.score', 'indicatorSheet.col.statedScore',
  'output.col.issues', 'indicatorSheet.col.reason', 'output.col.source',
];

/** 自评_绩效指标: every indicator with its target, actual, 分值, computed and stated 得分, flags and 偏差原因. */
export function buildIndicatorSheet(evaluation: Evaluation, lang: Language): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('indicators', OUTPUT_SHEET_NAMES.indicators, WIDTHS);
  putTitle(draft, 0, say('indicatorSheet.title'), LAST_COL);
  putNote(draft, 1, say('indicatorSheet.note'), LAST_COL);
  putHeader(draft, HEADER_ROW, COLUMNS.map((key) => say(key)));
  let row = HEADER_ROW + 1;
  for (const indicator of evaluation.indicators) putIndicator(draft, row++, indicator, say);
  if (evaluation.indicators.length === 0) {
    draft.put(row, 0, say('indicatorSheet.noIndicators'), 'text');
    draft.merge(row, 0, row, LAST_COL);
  } else {
    putTotal(draft, row, evaluation.indicators, say);
  }
  return draft.toModel({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } }, { rows: HEADER_ROW + 1, cols: 3 });
}

function putIndicator(draft: SheetDraft, row: number, indicator: IndicatorResult, say: Say): void {
  const texts: [number, string, 'text' | 'textCenter'][] = [
    [0, indicator.level1, 'textCenter'],
    [1, indicator.level2, 'textCenter'],
    [2, indicator.name, 'text'],
    [3, indicator.target, 'textCenter'],
    [4, indicator.actual, 'textCenter'],
    [9, indicator.reason, 'text'],
  ];
  for (const [col, text, style] of texts) {
    draft.put(row, col, text === '' ? null : text, style);
    draft.fitText(row, text, WIDTHS[col]);
  }
  draft.number(row, 5, indicator.weight, 'score', 'General');
  draft.number(row, 6, indicator.score, 'score', FORMATS.score);
  draft.number(row, 7, indicator.statedScore, 'score', FORMATS.score);
  const issues = joinList(say, indicator.flags.map((code) => say(`flagLabel.${code}`)), 'item');
  draft.put(row, 8, issues === '' ? null : issues, 'text');
  draft.fitText(row, issues, WIDTHS[8]);
  putSource(draft, row, 10, indicator.cell);
}

/** 合计: the sums of 分值 and of both 得分 columns (the stated one over the rows that state a score). */
function putTotal(draft: SheetDraft, row: number, indicators: readonly IndicatorResult[], say: Say): void {
  const sum = (values: readonly (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null);
    return present.length === 0 ? null : round2(present.reduce((a, b) => a + b, 0));
  };
  draft.put(row, 0, say('indicatorSheet.total'), 'totalLabel');
  draft.merge(row, 0, row, 4);
  draft.number(row, 5, sum(indicators.map((i) => i.weight)), 'totalScore', 'General');
  draft.number(row, 6, sum(indicators.map((i) => i.score)), 'totalScore', FORMATS.score);
  draft.number(row, 7, sum(indicators.map((i) => i.statedScore)), 'totalScore', FORMATS.score);
  draft.frame(row, 0, row, LAST_COL, 'text');
}
