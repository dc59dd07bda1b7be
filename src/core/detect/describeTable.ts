import { cellAddress, columnLetter } from '../snapshot';
import type { DetectedTable } from './DetectedTable';
import { fieldsOf, tableKey } from './applyColumnMapping';
import { headerText } from './headerLabels';
import type { TableColumn, TableField, TableSummary } from './TableSummary';
import { maxOf, minOf } from '../collections';

/**
 * A detected table as the pane lists it: every column under its header, with the field the engine reads
 * from it. The columns run over the fields the engine reads and on to either side while the header has
 * text, so a column the guess left out can still be picked, and a table beside it on the sheet is not.
 */
export function describeTable(table: DetectedTable): TableSummary {
  const { grid } = table;
  const fieldAt = new Map<number, TableField>();
  for (const [field, col] of Object.entries(table.columns)) if (col !== undefined) fieldAt.set(col, field as TableField);
  const text = (c: number) => headerText(grid, table.headerTop, table.headerRow, c);
  let left = minOf(fieldAt.keys());
  let right = maxOf(fieldAt.keys());
  while (left > grid.firstCol && text(left - 1)) left--;
  while (right < grid.lastCol && text(right + 1)) right++;
  // The body runs on to the next table's title; a person counts the rows down to the last one filled in.
  let last = Math.max(table.lastRow, table.headerRow);
  while (last > table.headerRow && grid.isBlankRow(last)) last--;
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    columns.push({ column: columnLetter(c), header: text(c), field: fieldAt.get(c) ?? null });
  }
  return {
    key: tableKey(table),
    sheet: grid.name,
    kind: table.kind,
    range: `${cellAddress(table.headerTop, left)}:${cellAddress(last, right)}`,
    rows: last - table.headerRow,
    columns,
    fields: fieldsOf(table.kind),
  };
}
