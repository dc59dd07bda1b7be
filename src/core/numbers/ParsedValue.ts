import type { IndicatorDirection } from '../rules';

/**
 * What a number cell reads as. A cell that is not a number where one is needed is `invalid`, carrying what
 * the user sees, so the caller can raise `parse-error` naming it; it is never read as 0 (SCORING.md).
 */
export type ParsedNumber =
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number }
  | { readonly kind: 'empty' }
  | ParsedInvalid;

export interface ParsedInvalid {
  readonly kind: 'invalid';
  /** The cell as the user sees it (`约9.4万`, `TRUE`, `#DIV/0!`). */
  readonly shown: string;
  /** True for an Excel error value such as `#DIV/0!`. */
  readonly excelError: boolean;
  /** Why the cell is unusable when it is not its text: a formula without a result, or a number too large to be real. */
  readonly problem?: 'uncalculated' | 'too-large';
}

/** A stated 执行率: a fraction (0.52 for 52%) and how far off it may be and still agree (`rate-mismatch`). */
export type ParsedRate =
  | { readonly kind: 'rate'; readonly fraction: number; readonly tolerance: number }
  | { readonly kind: 'empty' }
  | ParsedInvalid;

/** An indicator's 年度指标值 or 实际完成值 read as operator + number + unit, or as words. */
export type Quantity =
  | MeasuredQuantity
  | DateQuantity
  | { readonly kind: 'qualitative'; readonly text: string }
  | { readonly kind: 'empty' };

export interface MeasuredQuantity {
  readonly kind: 'quantity';
  /** From the operator; null when the cell has none (the caller decides: forward, or reverse under 成本). */
  readonly direction: IndicatorDirection | null;
  /** With 万/亿/千 applied (`546.6万人` is 5 466 000); a percentage in points (`95%` is 95). */
  readonly value: number;
  /** What is left after the multiplier (`人`, `元`, `%`); '' for a bare number. */
  readonly unit: string;
  /** The normalised original, for display. */
  readonly text: string;
}

/**
 * A date within the year (SCORING.md time targets): on a target the deadline (`10月底前`, `第三季度前` → 9,
 * `年底前` → 12), on an actual when the work was done (`已于9月完成`). The deadline's own month or day counts
 * as on time, so `前` needs no field of its own.
 */
export interface DateQuantity {
  readonly kind: 'date';
  /** Null when the text names none (`6月前`): the comparison is then within the year. */
  readonly year: number | null;
  /** 1–12; a quarter is its last month, `年底` is 12. */
  readonly month: number;
  /** Null when the text names the month as a whole (`9月`, `10月底`, a quarter): only months are compared. */
  readonly day: number | null;
  /** The normalised original, for display. */
  readonly text: string;
}
