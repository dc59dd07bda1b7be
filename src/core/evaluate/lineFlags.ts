import type { BudgetRow } from '../model';
import type { Flag } from '../report';
import type { Settings } from '../rules';
import { showAmount } from './display';
import { executionRate } from './executionRate';
import { flag } from './flag';
import { showBound, showRateApart, showRateBeyond } from './showRateApart';

export interface LineContext {
  readonly unit: string;
  readonly unitFactor: number;
  readonly settings: Settings;
  /** The table has a 全年预算数 column: a line that falls back to 年初 is noted on its own. */
  readonly hasFullYearColumn: boolean;
}

/** SCORING.md "Budget-line flags": what a reviewer flags on one line, in the order a reviewer reads them. */
export function lineFlags(row: BudgetRow, ctx: LineContext): Flag[] {
  const flags: Flag[] = [];
  const name = row.name;
  const budget = row.budget.fen;
  const actual = row.actual.fen;
  const amount = (fen: number) => showAmount(fen, ctx.unitFactor);
  if (row.budgetFromInitial && ctx.hasFullYearColumn && budget !== null) {
    flags.push(flag('missing-value', 'info', row.budget.cell, 'missing-value.initialBudget', { name, budget: amount(budget), unit: ctx.unit }));
  }
  if (budget === null || budget <= 0) {
    if (actual !== null && actual > 0 && !row.budget.invalid) {
      flags.push(flag('missing-value', 'warning', row.budget.cell, 'missing-value.noBudget', { name, actual: amount(actual), unit: ctx.unit }));
    }
    return flags;
  }
  if (actual === null) {
    if (!row.actual.invalid) flags.push(flag('missing-value', 'warning', row.actual.cell, 'missing-value.actual', { name }));
    return flags;
  }
  const rate = executionRate(budget, actual) as number;
  if (actual === 0) {
    flags.push(flag('zero-execution', 'warning', row.actual.cell, 'zero-execution', { name, budget: amount(budget), unit: ctx.unit }));
  } else if (rate < ctx.settings.lowExecutionThreshold) {
    flags.push(lowExecution(name, rate, row.actual.cell, ctx.settings));
  } else if (rate > 1) {
    flags.push(flag('over-execution', 'warning', row.actual.cell, 'over-execution', { name, rate: showRateBeyond(rate, 1, 'above') }));
  }
  const mismatch = rateMismatch(row, rate);
  if (mismatch) flags.push(mismatch);
  return flags;
}

/** SCORING.md `low-execution`: 0 < 执行率 below the threshold (a Sichuan rule asks for a reason below 90%). */
export function lowExecution(name: string, rate: number, cell: string, settings: Settings): Flag {
  const threshold = settings.lowExecutionThreshold;
  const shown = showRateBeyond(rate, threshold, 'below');
  return flag('low-execution', 'warning', cell, 'low-execution', { name, rate: shown, threshold: showBound(threshold) });
}

/** A stated 执行率 further from the computed one than half a unit of its last shown digit. */
export function rateMismatch(row: BudgetRow, rate: number | null): Flag | null {
  const stated = row.statedRate;
  if (!stated || rate === null || Math.abs(stated.fraction - rate) <= stated.tolerance + 1e-12) return null;
  const [shownStated, shownComputed] = showRateApart(stated.fraction, rate);
  return flag('rate-mismatch', 'warning', stated.cell, 'rate-mismatch', { name: row.name, stated: shownStated, computed: shownComputed });
}
