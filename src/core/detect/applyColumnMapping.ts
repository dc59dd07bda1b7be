import { BUDGET_HEADER, INDICATOR_HEADER, SCORES_HEADER, type HeaderSchema } from '../rules';
import { cellAddress, parseCellAddress } from '../snapshot';
import type { DetectedTable } from './DetectedTable';
import type { ColumnMapping, TableField, TableKind } from './TableSummary';
import { minOf } from '../collections';

const SCHEMAS: Readonly<Record<TableKind, HeaderSchema<string>>> = {
  budget: BUDGET_HEADER,
  indicators: INDICATOR_HEADER,
  scores: SCORES_HEADER,
};

/** Every field a table of this kind may have, in the schema's order. */
export function fieldsOf(kind: TableKind): readonly TableField[] {
  return SCHEMAS[kind].fields.map((f) => f.field as TableField);
}

/** `预算执行表!A3`: the sheet and the header's first cell, which is how a ColumnMapping names a table. */
export function tableKey(table: DetectedTable): string {
  const left = minOf(Object.values(table.columns).filter((c): c is number => c !== undefined));
  return `${table.grid.name}!${cellAddress(table.headerTop, left)}`;
}

/**
 * The tables with the user's column corrections applied. A correction that names no column (`E`, `AB`) is
 * ignored, and so is a table's whole set of corrections when it would leave the table without a column the
 * engine cannot read it without (a budget table with neither 预算数 nor 执行数): the guess stays.
 */
export function applyColumnMapping(tables: readonly DetectedTable[], mapping: ColumnMapping): DetectedTable[] {
  return tables.map((table) => {
    const corrections = mapping[tableKey(table)];
    if (!corrections) return table;
    const columns: Partial<Record<string, number>> = { ...table.columns };
    for (const [field, letter] of Object.entries(corrections)) {
      if (!fieldsOf(table.kind).includes(field as TableField)) continue;
      if (letter === null) {
        delete columns[field];
        continue;
      }
      const col = typeof letter === 'string' ? parseCellAddress(`${letter}1`)?.col : undefined;
      if (col === undefined) continue;
      // One column is read as one field: the field that had it before gives it up.
      for (const [other, c] of Object.entries(columns)) if (c === col && other !== field) delete columns[other];
      columns[field] = col;
    }
    const readable = SCHEMAS[table.kind].required.some((set) => set.every((f) => columns[f] !== undefined));
    if (!readable) return table;
    if (table.kind !== 'indicators') return { ...table, columns } as DetectedTable;
    // A value the user points at one column is read from that column alone, not from the sub-columns guessed.
    const splits = Object.fromEntries(Object.entries(table.splits).filter(([field]) => !(field in corrections)));
    return { ...table, columns, splits } as DetectedTable;
  });
}
