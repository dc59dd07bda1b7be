import type { AmountCell } from '../model';
import type { Flag } from '../report';
import { showAmount } from './display';

/** A row with a budget and an actual: a line, a 其中 part, a stated total. */
export interface AmountRow {
  readonly budget: AmountCell;
  readonly actual: AmountCell;
}

export interface SumCheckContext {
  readonly unit: string;
  readonly unitFactor: number;
}

/**
 * 勾稽关系: a stated total against the sum of its parts (SCORING.md `sum-mismatch`). Within rounding — at
 * most half a unit of each part's last shown digit — it is `info` (the seed's 1270.47 + 256.25 vs
 * 1526.71); beyond it `error` (the seed's project lines 124.51 vs the stated 437.20). Sums are in 分, exact.
 */
export function sumCheck(
  name: string,
  column: 'budget' | 'actual',
  stated: AmountCell,
  parts: readonly AmountCell[],
  ctx: SumCheckContext,
): Flag | null {
  return compare(name, column, stated, addUp(parts, (cell) => cell), ctx);
}

/**
 * Both columns of a total row against the same parts, read in place (a project total may have 100 000).
 * `partial`: the parts are a 其中 that need not list everything, so only parts adding up to MORE are wrong.
 */
export function sumChecks(name: string, stated: AmountRow, parts: readonly AmountRow[], ctx: SumCheckContext, partial = false): Flag[] {
  const flags: Flag[] = [];
  const budget = compare(name, 'budget', stated.budget, addUp(parts, (row) => row.budget), ctx, partial);
  const actual = compare(name, 'actual', stated.actual, addUp(parts, (row) => row.actual), ctx, partial);
  if (budget) flags.push(budget);
  if (actual) flags.push(actual);
  return flags;
}

interface PartsSum {
  readonly sum: number;
  readonly tolerance: number;
  /** False when no part has a figure, or one could not be read: then there is nothing to compare. */
  readonly comparable: boolean;
}

function addUp<T>(parts: readonly T[], cellOf: (part: T) => AmountCell): PartsSum {
  let sum = 0;
  let tolerance = 0;
  let known = 0;
  for (const part of parts) {
    const cell = cellOf(part);
    if (cell.invalid) return { sum, tolerance, comparable: false };
    if (cell.fen === null) continue;
    sum += cell.fen;
    tolerance += cell.halfUnitFen;
    known++;
  }
  return { sum, tolerance, comparable: known > 0 };
}

function compare(
  name: string,
  column: 'budget' | 'actual',
  stated: AmountCell,
  parts: PartsSum,
  ctx: SumCheckContext,
  partial = false,
): Flag | null {
  if (stated.fen === null || !parts.comparable || (partial && parts.sum <= stated.fen)) return null;
  const diff = Math.abs(stated.fen - parts.sum);
  if (diff === 0) return null;
  const severity = diff <= parts.tolerance + 1e-6 ? 'info' : 'error';
  return {
    code: 'sum-mismatch',
    severity,
    cell: stated.cell,
    key: `sum-mismatch.${column}.${severity}`,
    params: {
      name,
      stated: showAmount(stated.fen, ctx.unitFactor),
      sum: showAmount(parts.sum, ctx.unitFactor),
      diff: showAmount(diff, ctx.unitFactor),
      unit: ctx.unit,
    },
    sumFen: parts.sum,
  };
}
