import type { ColumnMapping, TableField, TableKind, TableSummary } from '../core';

/** The order a person reads a table's fields in (the engine keeps its own order, the order it matches headers in). */
const READING_ORDER: Readonly<Record<TableKind, readonly TableField[]>> = {
  budget: ['seq', 'name', 'category', 'initialBudget', 'budget', 'actual', 'rate', 'weight', 'score', 'note'],
  indicators: ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'reason'],
  scores: ['label', 'weight', 'score'],
};

/** The table's fields as the picker lists them: left to right as such a table's columns usually run. */
export function pickerFields(table: TableSummary): TableField[] {
  const order = READING_ORDER[table.kind];
  const rank = (field: TableField) => {
    const i = order.indexOf(field);
    return i === -1 ? order.length : i;
  };
  return [...table.fields].sort((a, b) => rank(a) - rank(b));
}

/** The column the engine reads as `field` in this table (`E`), or null when it reads none. */
export function columnOf(table: TableSummary, field: TableField): string | null {
  return table.columns.find((c) => c.field === field)?.column ?? null;
}

/**
 * The mapping with one correction made: `field` of table `tableKey` is read from `column`, or from no column
 * (null). One column is read as one field (as the engine applies a mapping), so an earlier correction of
 * the same table that gave this column to another field is dropped: that field goes back to the guess.
 * The mapping passed in is not changed.
 */
export function applyColumnChoice(mapping: ColumnMapping, tableKey: string, field: TableField, column: string | null): ColumnMapping {
  const corrections: Partial<Record<TableField, string | null>> = {};
  for (const [other, letter] of Object.entries(mapping[tableKey] ?? {}) as [TableField, string | null | undefined][]) {
    if (other === field || letter === undefined) continue;
    if (column !== null && letter === column) continue;
    corrections[other] = letter;
  }
  corrections[field] = column;
  return { ...mapping, [tableKey]: corrections };
}
