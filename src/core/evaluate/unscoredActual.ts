import type { IndicatorRow } from '../model';
import type { Flag } from '../report';
import { flag } from './flag';
import type { Outcome } from './scoreIndicator';

/** A cell already flagged while reading (a parse-error) needs no second flag saying it is empty. */
export function flaggedAt(row: IndicatorRow, cell: string): boolean {
  return row.flags.some((f) => f.cell === cell);
}

/** No actual: `missing-value`, unless reading it already raised a parse-error there. */
export function missingActual(row: IndicatorRow): Outcome {
  if (flaggedAt(row, row.actualCell)) return { score: null, met: null, flags: [] };
  return { score: null, met: null, flags: [flag('missing-value', 'warning', row.actualCell, 'missing-value.indicatorActual', { name: row.name })] };
}

/**
 * An actual that cannot be held against its target (`95%` against `≤10天`, `2天` against `≤3个工作日`; with
 * `parse-error.dateMismatch`, a quantity against `10月底前` or a date against `≤3个月`): SCORING.md
 * "`parse-error` on the actual, naming both cells".
 */
export function unitMismatch(row: IndicatorRow, key: Flag['key'] = 'parse-error.unitMismatch'): Outcome {
  const params = { name: row.name, actual: row.actualText, target: row.targetText, targetCell: row.targetCell };
  return { score: null, met: null, flags: [flag('parse-error', 'error', row.actualCell, key, params)] };
}
