import type { Evaluation, LineResult, TotalResult } from '../report';
import type { Language, MessageKey } from '../messages';
import { SheetDraft } from './SheetDraft';
import { FORMATS, type SheetModel } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { rowKey } from './cellLink';
import { putHeader, putNote, putSource, putTitle } from './tableParts';
import { amountIn, joinList, sayIn, type Say } from './say';

// 序号 | 项目名称 | 类别 | 全年预算数 | 全年执行数 | 执行率（计算） | 执行率（填报） | 问题 | 原表位置
const WIDTHS = [6, 34, 16, 16, 16, 16, 12, 26, 22];
const LAST_COL = WIDTHS.length - 1;
const HEADER_ROW = 2;

/** 自评_预算执行: every budget line with its computed 执行率 and flags, then each total beside the sum of its parts. */
export function buildBudgetSheet(evaluation: Evaluation, lang: Language): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('budget', OUTPUT_SHEET_NAMES.budget, WIDTHS);
  putTitle(draft, 0, say('budgetSheet.title'), LAST_COL);
  putNote(draft, 1, say('budgetSheet.note', { unit: evaluation.unit }), LAST_COL);
  const withUnit = (key: MessageKey) => say('output.withUnit', { label: say(key), unit: evaluation.unit });
  putHeader(draft, HEADER_ROW, [
    say('budgetSheet.col.seq'), say('budgetSheet.col.name'), say('budgetSheet.col.category'),
    withUnit('budgetSheet.col.budget'), withUnit('budgetSheet.col.actual'), say('budgetSheet.col.rate'),
    say('budgetSheet.col.statedRate'), say('output.col.issues'), say('output.col.source'),
  ]);
  let row = HEADER_ROW + 1;
  evaluation.lines.forEach((line, i) => putLine(draft, row++, i + 1, line, evaluation.unitFactor, say));
  if (evaluation.lines.length === 0) {
    draft.put(row, 0, say('budgetSheet.noLines'), 'text');
    draft.merge(row, 0, row, LAST_COL);
    row++;
  }
  putTotals(draft, row + 1, evaluation, say, withUnit);
  return draft.toModel({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } }, { rows: HEADER_ROW + 1, cols: 2 });
}

function putLine(draft: SheetDraft, row: number, seq: number, line: LineResult, unitFactor: number, say: Say): void {
  draft.put(row, 0, seq, 'score');
  draft.put(row, 1, line.name, line.isPart ? 'textIndent' : 'text');
  draft.fitText(row, line.name, WIDTHS[1] - (line.isPart ? 2 : 0));
  draft.put(row, 2, say(`lineCategory.${line.category}`), 'textCenter');
  draft.number(row, 3, amountIn(line.budget, unitFactor), 'amount', FORMATS.amount);
  draft.number(row, 4, amountIn(line.actual, unitFactor), 'amount', FORMATS.amount);
  draft.number(row, 5, line.rate, 'percent', FORMATS.rate);
  draft.number(row, 6, line.statedRate, 'percent', FORMATS.rate);
  putIssues(draft, row, 7, line.flags.map((code) => say(`flagLabel.${code}`)), say);
  putSource(draft, row, 8, line.cell);
}

/** 基本支出, 项目支出 and 合计: what the workbook states beside what its lines add up to. */
function putTotals(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say, withUnit: (key: MessageKey) => string): void {
  draft.put(top, 1, say('budgetSheet.totals'), 'heading');
  putHeader(draft, top + 1, [
    say('budgetSheet.col.total'), withUnit('budgetSheet.col.statedBudget'), withUnit('budgetSheet.col.partsBudget'),
    withUnit('budgetSheet.col.statedActual'), withUnit('budgetSheet.col.partsActual'), say('budgetSheet.col.totalRate'),
    say('output.col.issues'), say('output.col.source'),
  ], 1);
  const totals: [MessageKey, TotalResult | null][] = [
    ['budgetSheet.total.basic', evaluation.totals.basic],
    ['budgetSheet.total.project', evaluation.totals.project],
    ['budgetSheet.total.overall', evaluation.totals.overall],
  ];
  const flagsByRow = new Map<string, MessageKey[]>();
  for (const flag of evaluation.flags) {
    const key = rowKey(flag.cell);
    if (key === null) continue;
    const labels = flagsByRow.get(key);
    if (labels) labels.push(`flagLabel.${flag.code}`);
    else flagsByRow.set(key, [`flagLabel.${flag.code}`]);
  }
  let row = top + 2;
  for (const [label, total] of totals) {
    if (!total) continue;
    const stated = total.cell !== null;
    const amount = (fen: number | null) => amountIn(fen, evaluation.unitFactor);
    // The 合计 row in bold, as a finance table sets its grand total.
    const bold = label === 'budgetSheet.total.overall';
    const money = bold ? 'totalAmount' : 'amount';
    draft.put(row, 1, say(label), bold ? 'totalLabel' : 'label');
    draft.number(row, 2, stated ? amount(total.budget) : null, money, FORMATS.amount);
    draft.number(row, 3, amount(total.partsBudget), money, FORMATS.amount);
    draft.number(row, 4, stated ? amount(total.actual) : null, money, FORMATS.amount);
    draft.number(row, 5, amount(total.partsActual), money, FORMATS.amount);
    draft.number(row, 6, total.rate, bold ? 'totalPercent' : 'percent', FORMATS.rate);
    const key = rowKey(total.cell);
    const issues = [...new Set((key === null ? [] : (flagsByRow.get(key) ?? [])).map((label) => say(label)))];
    putIssues(draft, row, 7, stated ? issues : [say('budgetSheet.notStated')], say);
    if (total.cell) putSource(draft, row, 8, total.cell);
    row++;
  }
  draft.frame(top + 2, 1, row - 1, LAST_COL, 'text');
}

function putIssues(draft: SheetDraft, row: number, col: number, labels: readonly string[], say: Say): void {
  if (labels.length === 0) {
    draft.put(row, col, null, 'text');
    return;
  }
  const text = joinList(say, labels, 'item');
  draft.put(row, col, text, 'text');
  draft.fitText(row, text, WIDTHS[col]);
}
