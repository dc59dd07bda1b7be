import type { DateQuantity } from './ParsedValue';

/**
 * Whether an actual date meets a deadline (SCORING.md time targets): "at or before it … compare as dates
 * within the year, by month and, where both give one, by day (an actual in the deadline's own month meets
 * it)". Years count only where both give one (`2024年11月30日前` against `2025年1月` is late).
 */
export function isOnOrBefore(actual: DateQuantity, deadline: DateQuantity): boolean {
  if (actual.year !== null && deadline.year !== null && actual.year !== deadline.year) return actual.year < deadline.year;
  if (actual.month !== deadline.month) return actual.month < deadline.month;
  return actual.day === null || deadline.day === null || actual.day <= deadline.day;
}
