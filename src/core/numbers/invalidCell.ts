import type { CellValue } from '../snapshot';
import type { ParsedInvalid } from './ParsedValue';

/** A cell that must be a number and is not, as the user sees it: booleans as Excel shows them, errors as text. */
export function invalidCell(value: CellValue): ParsedInvalid {
  if (value !== null && typeof value === 'object' && value.uncalculated) return { kind: 'invalid', shown: '', excelError: false, problem: 'uncalculated' };
  if (value !== null && typeof value === 'object') return { kind: 'invalid', shown: value.error, excelError: true };
  if (typeof value === 'boolean') return { kind: 'invalid', shown: value ? 'TRUE' : 'FALSE', excelError: false };
  return { kind: 'invalid', shown: String(value), excelError: false };
}
