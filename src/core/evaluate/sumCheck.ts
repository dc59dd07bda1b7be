import type { AmountCell } from '../model';
import type { Flag } from '../report';
import { showAmount } from './display';

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
  if (stated.fen === null || parts.length === 0 || parts.some((p) => p.invalid)) return null;
  if (parts.every((p) => p.fen === null)) return null;
  let sum = 0;
  let tolerance = 0;
  for (const part of parts) {
    sum += part.fen ?? 0;
    tolerance += part.halfUnitFen;
  }
  const diff = Math.abs(stated.fen - sum);
  if (diff === 0) return null;
  const severity = diff <= tolerance + 1e-6 ? 'info' : 'error';
  return {
    code: 'sum-mismatch',
    severity,
    cell: stated.cell,
    key: `sum-mismatch.${column}.${severity}`,
    params: {
      name,
      stated: showAmount(stated.fen, ctx.unitFactor),
      sum: showAmount(sum, ctx.unitFactor),
      diff: showAmount(diff, ctx.unitFactor),
      unit: ctx.unit,
    },
    sumFen: sum,
  };
}

/** Both columns of a total row against the same parts. */
export function sumChecks(
  name: string,
  stated: { budget: AmountCell; actual: AmountCell },
  parts: readonly { budget: AmountCell; actual: AmountCell }[],
  ctx: SumCheckContext,
): Flag[] {
  const flags: Flag[] = [];
  const budget = sumCheck(name, 'budget', stated.budget, parts.map((p) => p.budget), ctx);
  const actual = sumCheck(name, 'actual', stated.actual, parts.map((p) => p.actual), ctx);
  if (budget) flags.push(budget);
  if (actual) flags.push(actual);
  return flags;
}
