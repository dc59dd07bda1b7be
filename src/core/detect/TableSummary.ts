import type { BudgetField, IndicatorField, ScoresField } from '../rules';

export type TableKind = 'budget' | 'indicators' | 'scores';

export type TableField = BudgetField | IndicatorField | ScoresField;

/** One column of a detected table as the pane's column picker shows it. */
export interface TableColumn {
  /** The column letter (`E`). */
  readonly column: string;
  /** The header text, two-row headers joined (`预算数 全年`); '' for a blank header cell. */
  readonly header: string;
  /** The field the engine reads from this column (guessed, or chosen by the user); null when unused. */
  readonly field: TableField | null;
}

/**
 * A table the engine found, described for people: where it is, what kind it is, which column it reads as
 * what. `key` names the table in a ColumnMapping; it is the sheet and the header's first cell
 * (`预算执行表!A3`), so it survives a recalculation as long as the table does not move.
 */
export interface TableSummary {
  readonly key: string;
  readonly sheet: string;
  readonly kind: TableKind;
  /** From the header's first row to the last body row (`A3:F14`). */
  readonly range: string;
  /** Body rows. */
  readonly rows: number;
  readonly columns: readonly TableColumn[];
  /** Every field a table of this kind may have, in the order the picker offers them. */
  readonly fields: readonly TableField[];
}

/**
 * The user's corrections to the guessed columns, by table key and field: a column letter, or null for
 * "this table has no such column". Fields not named keep the engine's guess. Stored in the workbook.
 */
export type ColumnMapping = Readonly<Record<string, Readonly<Partial<Record<TableField, string | null>>>>>;
