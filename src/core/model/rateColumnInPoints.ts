import type { BudgetTable } from '../detect';

/**
 * Whether plain numbers in the 执行率 column are percentage points (52) rather than fractions (0.52):
 * a column is in points when any plain number in it is above 2 (no real rate is 200% as a fraction).
 */
export function rateColumnInPoints(table: BudgetTable): boolean {
  const col = table.columns.rate;
  if (col === undefined) return false;
  const { grid } = table;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const v = grid.raw(r, col);
    if (typeof v === 'number' && v > 2 && !(grid.format(r, col) ?? '').includes('%')) return true;
  }
  return false;
}
