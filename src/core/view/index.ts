/**
 * What a person sees, decided once for every shell: the score card (each category's state) and the
 * formatting of every number, percentage and sheet cell.
 */
export { scoreView, type ScoreView, type CategoryLine, type CategoryState } from './scoreView';
export { cellPlace, type CellPlace } from './cellPlace';
export { cellText, fixedDecimals, formatAmount, formatPercent, percentPoints } from './formatNumbers';
export { reportSections, type ReportSection } from './reportSections';
export { flagView, flagLine, SUMMARY_FLAG_LIMIT, type FlagLine, type FlagSection } from './flagView';
export { sheetTsv, type TsvOptions } from './sheetTsv';
export { cellContext, type CellContext, type ContextValue } from './cellContext';
export { paneCopies, type PaneCopies } from './paneCopies';
