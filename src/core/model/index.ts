export type { AmountCell, BudgetRow, BudgetRowKind, BudgetTableModel } from './BudgetRow';
export type { IndicatorRow, IndicatorTableModel, StatedCell, StatedScoreCells } from './IndicatorRow';
export { readBudgetTable } from './readBudgetTable';
export { readIndicatorTable, categoryOf } from './readIndicatorTable';
export { readScoresTable, scanStatedLabels } from './readStatedScores';
export { mergeStated } from './mergeStated';
