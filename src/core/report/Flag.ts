import type { MessageKey, MessageParams } from '../messages';

/** The fixed vocabulary of DESIGN.md's JSON contract. */
export type FlagCode =
  | 'zero-execution'
  | 'low-execution'
  | 'over-execution'
  | 'rate-mismatch'
  | 'sum-mismatch'
  | 'score-mismatch'
  | 'grade-mismatch'
  | 'weight-mismatch'
  | 'target-too-low'
  | 'indicator-unmet'
  | 'missing-deviation-reason'
  | 'missing-value'
  | 'parse-error'
  | 'table-not-found';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * A problem in the user's data, as a value (never an exception). `cell` is the cell the reviewer must
 * look at, qualified with its sheet (`项目支出表!D9`); null only for a table that was not found at all.
 */
export interface Flag {
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly cell: string | null;
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** sum-mismatch only: the sum of the parts, in 分. */
  readonly sumFen?: number;
}
