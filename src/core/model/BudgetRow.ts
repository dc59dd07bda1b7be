import type { Fen, Flag, LineCategory } from '../report';

/** An amount cell read into 分, with how many decimals it showed (for rounding tolerance). */
export interface AmountCell {
  readonly fen: Fen | null;
  /** The last shown digit's place, in 分: a cell showing 1,526.71 万元 is exact to 100 分. */
  readonly halfUnitFen: number;
  readonly cell: string;
  /** The cell held something that is not a number (a parse-error was raised). */
  readonly invalid: boolean;
}

export type BudgetRowKind = 'line' | 'part' | 'categoryTotal' | 'subtotal' | 'overall';

export interface BudgetRow {
  readonly kind: BudgetRowKind;
  readonly name: string;
  readonly nameCell: string;
  readonly category: LineCategory;
  readonly budget: AmountCell;
  readonly actual: AmountCell;
  /** 年初预算数 where the table has the column (the 自评表 shows it beside the 全年 figure). */
  readonly initialBudget: Fen | null;
  /** The budget was taken from 年初预算数 because 全年预算数 is missing. */
  readonly budgetFromInitial: boolean;
  readonly statedRate: { readonly fraction: number; readonly tolerance: number; readonly cell: string } | null;
  /** A 得分 on this row (the 自评表's 资金 block states the budget-execution score there). */
  readonly statedScore: { readonly value: number; readonly cell: string } | null;
  /** Index in the table's rows of the line whose 其中 parts this row is. */
  readonly parentIndex: number | null;
  /** Listed under `其中`: such parts need not add up to their total unless the breakdown is complete. */
  readonly viaParts: boolean;
  /** Problems found while reading the row (parse-error, missing-value). */
  readonly flags: Flag[];
}

export interface BudgetTableModel {
  readonly sheet: string;
  readonly unit: string;
  readonly unitFactor: number;
  /** The category every row of this table belongs to, from its title or sheet name; null when mixed. */
  readonly category: LineCategory | null;
  readonly rows: readonly BudgetRow[];
  /** True when the table has a 全年预算数 (adjusted) column; without one, rates use the 年初预算数. */
  readonly hasFullYearColumn: boolean;
  /** Table-level notes: no unit stated, no 全年预算数 column. */
  readonly flags: readonly Flag[];
}
