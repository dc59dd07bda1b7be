import type { MeasuredQuantity } from './ParsedValue';
import { sameUnit } from './sameUnit';

/**
 * The quantity expressed in `toUnit`, or null when the units do not agree. Multipliers are already applied by
 * the parser, so agreeing units need no arithmetic; a bare number takes the other side's unit.
 */
export function convertUnit(q: MeasuredQuantity, toUnit: string): MeasuredQuantity | null {
  if (!sameUnit(q.unit, toUnit)) return null;
  return toUnit === '' || toUnit === q.unit ? q : { ...q, unit: toUnit };
}
