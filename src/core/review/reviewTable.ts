import { formatMessage, type Language, type MessageKey } from '../messages';
import { FORMATS } from '../output/SheetModel';
import { cellText } from '../view/formatNumbers';
import { reviewOrder, type ReviewRow } from './reviewRows';

export type ReviewColumnKey = 'file' | 'name' | 'budget' | 'actual' | 'rate' | 'total' | 'grade' | 'statedTotal' | 'statedGrade' | 'gap' | 'errors' | 'warnings' | 'problems';

/** A column of the review table a page shows: its header (the summary's), and whether it holds numbers (right-aligned, sorted as numbers). */
export interface ReviewColumn {
  readonly key: ReviewColumnKey;
  readonly header: MessageKey;
  readonly numeric: boolean;
}

export const REVIEW_TABLE_COLUMNS: readonly ReviewColumn[] = [
  { key: 'file', header: 'review.col.file', numeric: false },
  { key: 'name', header: 'review.col.name', numeric: false },
  { key: 'budget', header: 'review.col.budget', numeric: true },
  { key: 'actual', header: 'review.col.actual', numeric: true },
  { key: 'rate', header: 'review.col.rate', numeric: true },
  { key: 'total', header: 'review.col.total', numeric: true },
  { key: 'grade', header: 'review.col.grade', numeric: false },
  { key: 'statedTotal', header: 'review.col.statedTotal', numeric: true },
  { key: 'statedGrade', header: 'review.col.statedGrade', numeric: false },
  { key: 'gap', header: 'review.col.gap', numeric: true },
  { key: 'errors', header: 'review.col.errors', numeric: true },
  { key: 'warnings', header: 'review.col.warnings', numeric: true },
  { key: 'problems', header: 'review.col.problems', numeric: false },
];

/** One cell of the table: as shown (the summary sheet's formats), and the value it sorts by (null sorts last). */
export interface ReviewCellView {
  readonly text: string;
  readonly sort: number | string | null;
}

/** A row of 汇总 for a page's table (`row` for reviewOrder); `gapHigh` when the unit scored itself higher than its figures support. */
export interface ReviewRowView {
  readonly row: ReviewRow;
  readonly cells: Readonly<Record<ReviewColumnKey, ReviewCellView>>;
  readonly gapHigh: boolean;
}

/** 汇总's row as a table row, worded and formatted as the summary sheet shows it. */
export function reviewRowView(row: ReviewRow, lang: Language): ReviewRowView {
  const number = (value: number | null, format: string): ReviewCellView => ({ text: value === null ? '' : cellText({ value, format }), sort: value });
  const text = (value: string | null): ReviewCellView => ({ text: value ?? '', sort: value });
  const name = row.sheet === null ? formatMessage('review.noForm', {}, lang) : row.name;
  return {
    row,
    gapHigh: row.gap !== null && row.gap > 0,
    cells: {
      file: text(row.sheet === null ? row.file : `${row.file} · ${row.sheet}`),
      name: text(name),
      budget: number(row.budget, FORMATS.amount),
      actual: number(row.actual, FORMATS.amount),
      rate: number(row.rate, FORMATS.rate),
      total: number(row.total, FORMATS.score),
      grade: text(row.grade === null ? null : formatMessage(`grade.${row.grade}`, {}, lang)),
      statedTotal: number(row.statedTotal, FORMATS.score),
      statedGrade: text(row.statedGrade),
      gap: number(row.gap, FORMATS.score),
      errors: number(row.errors, '0'),
      warnings: number(row.warnings, '0'),
      problems: text(row.problems.join('；')),
    },
  };
}

/**
 * Two rows by one column, nulls last whichever way, ties in the summary's order; without a column, the
 * summary's order itself (reviewOrder: the largest gap first, then the most errors).
 */
export function compareReviewRows(sort: { readonly key: ReviewColumnKey; readonly descending: boolean } | null): (a: ReviewRowView, b: ReviewRowView) => number {
  return (a, b) => {
    if (sort === null) return reviewOrder(a.row, b.row);
    const x = a.cells[sort.key].sort;
    const y = b.cells[sort.key].sort;
    if (x === null || y === null) return x === y ? reviewOrder(a.row, b.row) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return (sort.descending ? -order : order) || reviewOrder(a.row, b.row);
  };
}
