import type { SheetGrid } from '../snapshot';
import type { AmountUnit, BudgetField, IndicatorField, ScoresField } from '../rules';

interface TableBase<K extends string, F extends string> {
  readonly kind: K;
  readonly grid: SheetGrid;
  /** The header's top row (a two-row header starts one row above `headerRow`). */
  readonly headerTop: number;
  /** The header's last row; the body starts below it. */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<F, number>>>;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The title and notes above the header, joined (`2024年项目支出预算执行情况表 单位：万元`). */
  readonly preamble: string;
}

export interface BudgetTable extends TableBase<'budget', BudgetField> {
  /** null when neither the notes above nor the headers state a unit. */
  readonly unit: AmountUnit | null;
}

/**
 * 年度指标值 (or 实际完成值) split over sub-columns under one merged header: 指标性质 (`≥`, `定性`), 指标值
 * (`95`), 度量单位 (`%`). The field's column is then the 指标值 one.
 */
export interface SplitValueColumns {
  readonly operator?: number;
  readonly value: number;
  readonly unit?: number;
}

export interface IndicatorTable extends TableBase<'indicators', IndicatorField> {
  readonly splits: Readonly<Partial<Record<'target' | 'actual', SplitValueColumns>>>;
}

export type ScoresTable = TableBase<'scores', ScoresField>;

export type DetectedTable = BudgetTable | IndicatorTable | ScoresTable;
