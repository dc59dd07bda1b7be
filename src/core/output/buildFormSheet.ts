import { RULE_SETS } from '../rules';
import type { Evaluation, TotalResult } from '../report';
import type { Language, MessageKey } from '../messages';
import { round2 } from '../evaluate';
import { SheetDraft } from './SheetDraft';
import { FORMATS, type SheetModel } from './SheetModel';
import { OUTPUT_SHEET_NAMES } from './outputSheets';
import { putTitle } from './tableParts';
import { amountIn, sayIn, type Say } from './say';
import { formIndicatorRows, runsOf, type FormIndicatorRow } from './formIndicatorRows';

/**
 * The grid of the official 部门整体支出绩效自评表 (项目支出绩效自评表 under mof-2020, 财预〔2020〕10号), nine
 * columns A–I: a 资金 block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), the 年度总体目标 block
 * left blank for the unit's own words, the indicator block under 绩效指标 merged down column A, then 总分
 * and 评价等次. Merged and bordered as the template is, so that a select-all and paste lands in it.
 */
const WIDTHS = [18, 12, 20, 30, 14, 14, 8, 8, 36];
// A form row is never lower than this, so that the printed grid breathes as the official one does.
const ROW_HEIGHT = 20;
const LAST_COL = WIDTHS.length - 1;

export function buildFormSheet(evaluation: Evaluation, lang: Language): SheetModel {
  const say = sayIn(lang);
  const draft = new SheetDraft('form', OUTPUT_SHEET_NAMES.form, WIDTHS);
  putTitle(draft, 0, say(`form.title.${evaluation.ruleSet}`), LAST_COL);
  draft.put(1, 0, say('form.year'), 'subtitle');
  draft.merge(1, 0, 1, LAST_COL);
  let row = putUnitRows(draft, 2, evaluation, say);
  row = putFunds(draft, row, evaluation, say);
  row = putGoals(draft, row, say);
  row = putIndicators(draft, row, evaluation, say);
  putTotal(draft, row, evaluation, say);
  for (let r = 2; r <= row + 1; r++) draft.atLeast(r, ROW_HEIGHT);
  const area = { top: 0, left: 0, bottom: row + 1, right: LAST_COL };
  return draft.toModel({ orientation: 'landscape', fitToWidth: true, area });
}

/**
 * 部门（单位）名称, or 项目名称 / 主管部门 / 实施单位 on the project form: the name the form itself gives, the
 * rest left blank for the unit to fill.
 */
function putUnitRows(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say): number {
  const name = evaluation.scope.project;
  if (name !== null) draft.put(top, 1, name, 'text');
  if (evaluation.ruleSet !== 'mof-2020') {
    draft.put(top, 0, say('form.deptName'), 'formHeader');
    draft.merge(top, 1, top, LAST_COL);
    draft.frame(top, 1, top, 1, 'text');
    return top + 1;
  }
  draft.put(top, 0, say('form.projectName'), 'formHeader');
  draft.merge(top, 1, top, LAST_COL);
  draft.put(top + 1, 0, say('form.department'), 'formHeader');
  draft.merge(top + 1, 1, top + 1, 3);
  draft.put(top + 1, 4, say('form.implementer'), 'formHeader');
  draft.merge(top + 1, 5, top + 1, LAST_COL);
  draft.frame(top, 1, top + 1, LAST_COL, 'text');
  return top + 2;
}

/** The 资金 block; its 得分 spans G:I so that the block closes on the form's right edge. */
function putFunds(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say): number {
  const headers: MessageKey[] = ['form.initialBudget', 'form.budget', 'form.actual', 'form.weight', 'form.rate', 'form.score'];
  draft.put(top, 0, say('form.funds', { unit: evaluation.unit }), 'formHeader');
  headers.forEach((key, i) => draft.put(top, 1 + i, say(key), 'formHeader'));
  draft.merge(top, 6, top, LAST_COL);
  const { totals, scores } = evaluation;
  const rows: [MessageKey, TotalResult | null][] =
    evaluation.ruleSet === 'mof-2020'
      ? [['form.fundsTotal', totals.overall], ['form.fundsCurrent', null], ['form.fundsCarried', null], ['form.fundsOther', null]]
      : [['form.fundsTotal', totals.overall], ['form.fundsBasic', totals.basic], ['form.fundsProject', totals.project]];
  rows.forEach(([label, total], i) => {
    const row = top + 1 + i;
    const isTotal = i === 0;
    draft.put(row, 0, say(label), 'label');
    draft.number(row, 1, amountIn(total?.initialBudget ?? null, evaluation.unitFactor), 'amount', FORMATS.amount);
    draft.number(row, 2, amountIn(total?.budget ?? null, evaluation.unitFactor), 'amount', FORMATS.amount);
    draft.number(row, 3, amountIn(total?.actual ?? null, evaluation.unitFactor), 'amount', FORMATS.amount);
    if (isTotal) draft.number(row, 4, RULE_SETS[evaluation.ruleSet].maxima.budgetExecution, 'score', 'General');
    else draft.put(row, 4, say('form.notApplicable'), 'textCenter');
    draft.number(row, 5, total?.rate ?? null, 'percent', FORMATS.rate);
    if (isTotal) draft.number(row, 6, scores.budgetExecution, 'score', FORMATS.score);
    else draft.put(row, 6, say('form.notApplicable'), 'textCenter');
    draft.merge(row, 6, row, LAST_COL);
  });
  return top + 1 + rows.length;
}

/** 年度总体目标: 预期目标 and 实际完成情况, headed and left blank, a tall row to write in. */
function putGoals(draft: SheetDraft, top: number, say: Say): number {
  draft.put(top, 0, say('form.goals'), 'formHeader');
  draft.merge(top, 0, top + 1, 0);
  draft.put(top, 1, say('form.expected'), 'formHeader');
  draft.merge(top, 1, top, 4);
  draft.put(top, 5, say('form.achieved'), 'formHeader');
  draft.merge(top, 5, top, LAST_COL);
  draft.put(top + 1, 1, null, 'text');
  draft.merge(top + 1, 1, top + 1, 4);
  draft.put(top + 1, 5, null, 'text');
  draft.merge(top + 1, 5, top + 1, LAST_COL);
  draft.atLeast(top + 1, 60);
  return top + 2;
}

function putIndicators(draft: SheetDraft, top: number, evaluation: Evaluation, say: Say): number {
  const headers: MessageKey[] = ['form.level1', 'form.level2', 'form.level3', 'form.target', 'form.actualValue', 'form.weight', 'form.score', 'form.reason'];
  draft.put(top, 0, say('form.indicators'), 'formHeader');
  headers.forEach((key, i) => draft.put(top, 1 + i, say(key), 'formHeader'));
  draft.fitText(top, say('form.reason'), WIDTHS[8]);
  const rows = formIndicatorRows(evaluation.indicators, evaluation.ruleSet, say);
  const first = top + 1;
  rows.forEach(({ indicator }, i) => {
    const row = first + i;
    const texts: [number, string, 'text' | 'textCenter'][] = [
      [3, indicator.name, 'text'], [4, indicator.target, 'textCenter'], [5, indicator.actual, 'textCenter'], [8, indicator.reason, 'text'],
    ];
    for (const [col, text, style] of texts) {
      draft.put(row, col, text === '' ? null : text, style);
      draft.fitText(row, text, WIDTHS[col]);
    }
    draft.number(row, 6, indicator.weight, 'score', 'General');
    draft.number(row, 7, indicator.score, 'score', FORMATS.score);
  });
  mergeDown(draft, first, 1, rows, (r) => r.level1, (r) => r.level1);
  mergeDown(draft, first, 2, rows, (r) => `${r.level1}\u0000${r.level2}`, (r) => r.level2);
  const last = first + Math.max(rows.length, 1) - 1;
  draft.merge(top, 0, last, 0);
  draft.frame(first, 1, last, LAST_COL, 'text');
  return last + 1;
}

/** 一级 or 二级指标: each run of rows sharing `key` is one merged cell holding `text`. */
function mergeDown(
  draft: SheetDraft,
  first: number,
  col: number,
  rows: readonly FormIndicatorRow[],
  key: (row: FormIndicatorRow) => string,
  text: (row: FormIndicatorRow) => string,
): void {
  for (const [from, to] of runsOf(rows, key)) {
    draft.put(first + from, col, text(rows[from]), 'labelCenter');
    draft.merge(first + from, col, first + to, col);
    if (from === to) draft.fitText(first + from, text(rows[from]), WIDTHS[col]);
  }
}

/** 总分: the 分值 of 资金 and indicators, and the total; 评价等次 beside it. */
function putTotal(draft: SheetDraft, row: number, evaluation: Evaluation, say: Say): void {
  const { scores } = evaluation;
  const weights = evaluation.indicators.reduce((sum, i) => sum + (i.weight ?? 0), RULE_SETS[evaluation.ruleSet].maxima.budgetExecution ?? 0);
  draft.put(row, 0, say('form.total'), 'totalLabel');
  draft.merge(row, 0, row, 5);
  draft.put(row, 6, round2(weights), 'totalScore', 'General');
  draft.put(row, 7, scores.total, 'totalScore', FORMATS.score);
  draft.put(row, 8, scores.scaled ? say('form.scaledNote') : null, 'text');
  draft.put(row + 1, 0, say('form.grade'), 'totalLabel');
  draft.merge(row + 1, 0, row + 1, 5);
  draft.put(row + 1, 6, say(`grade.${scores.grade}`), 'totalScore');
  draft.merge(row + 1, 6, row + 1, LAST_COL);
}
