import type { Flag } from '../report';
import type { IndicatorCategory, ScoreCategory } from '../rules';
import type { Quantity } from '../numbers';

export interface IndicatorRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly nameCell: string;
  readonly category: IndicatorCategory | null;
  readonly target: Quantity;
  readonly targetText: string;
  readonly targetCell: string;
  readonly actual: Quantity;
  readonly actualText: string;
  readonly actualCell: string;
  readonly weight: number | null;
  readonly weightCell: string;
  readonly statedScore: number | null;
  readonly scoreCell: string;
  readonly reason: string;
  /** The 偏差原因 cell, or the actual's cell where the table has no such column. */
  readonly reasonCell: string;
  readonly flags: Flag[];
}

/** A score the workbook states, and where. */
export interface StatedCell<T = number> {
  readonly value: T;
  readonly cell: string;
}

/** Everything the workbook states about its own scores, wherever it says it. */
export interface StatedScoreCells {
  readonly scores: Partial<Record<ScoreCategory | 'total', StatedCell>>;
  readonly grade: StatedCell<string> | null;
}

export interface IndicatorTableModel {
  readonly rows: readonly IndicatorRow[];
  readonly stated: StatedScoreCells;
  /** The 分值 header, where a weight-mismatch points. */
  readonly weightHeaderCell: string;
}
