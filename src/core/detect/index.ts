export type { BudgetTable, IndicatorTable, ScoresTable, DetectedTable, SplitValueColumns } from './DetectedTable';
export { findTables } from './findTables';
export { findHeaders, type HeaderHit } from './findHeaders';
export { cleanHeaderText, headerLabels, headerText } from './headerLabels';
export type { ColumnMapping, TableColumn, TableField, TableKind, TableSummary } from './TableSummary';
export { applyColumnMapping, fieldsOf, tableKey } from './applyColumnMapping';
export { describeTable } from './describeTable';
export { splitForms, type FormBand, type FormHead } from './splitForms';
