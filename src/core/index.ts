/**
 * The engine's public surface: a WorkbookSnapshot in, an Evaluation (and its JSON report) out.
 * Pure: no Office, React, ExcelJS or Node import anywhere below this folder.
 */
export * from './snapshot';
export * from './collections';
export * from './messages';
export * from './rules';
export * from './report';
export { evaluateWorkbook, showRate, showScore } from './evaluate';
export type { ColumnMapping, TableColumn, TableField, TableKind, TableSummary } from './detect';
export * from './output';
export * from './settings';
export * from './view';
