/** The 财政局 reviewer's summary of many units' workbooks: a row per evaluation, in the order to open them. */
export { reviewRows, reviewOrder, type ReviewRow } from './reviewRows';
export { buildReviewSheets, REVIEW_SHEET_NAMES, type ReviewFlag, type ReviewResult, type ReviewSheetId } from './buildReviewSheets';
export { reviewWorkbook, type ReviewedWorkbook, type ReviewScoring } from './reviewWorkbook';
export { compareReviewRows, REVIEW_TABLE_COLUMNS, reviewRowView, type ReviewCellView, type ReviewColumn, type ReviewColumnKey, type ReviewRowView } from './reviewTable';
