import type { CellValue } from '../snapshot';
import type { ParsedRate } from './ParsedValue';
import { decimalsTolerance } from './decimalsTolerance';
import { invalidCell } from './invalidCell';
import { isEmptyText } from './isEmptyText';
import { normalizeText } from './normalizeText';
import { readLeadingNumber } from './readLeadingNumber';
import { readNumberFormat } from './readNumberFormat';
import { shiftDecimal } from './shiftDecimal';

/** `52%`, `94.9%`: digits, an optional fraction and a percent sign, nothing else. */
const PLAIN_PERCENT = /^(\d{1,4})(?:\.(\d{1,6}))?%$/;

/** SCORING.md `rate-mismatch`: a number cell agrees within ±0.05 point. */
const NUMBER_TOLERANCE = decimalsTolerance(3);

/**
 * A stated 执行率 as a fraction, with the tolerance SCORING.md `rate-mismatch` allows: half a unit of its last
 * shown digit (`52%` ±0.005, `94.9%` ±0.0005). `numbersArePoints`: the column holds points (52 means 52%),
 * which the caller infers from the column; a number with a `%` format is a fraction whatever it says.
 */
export function parseRate(value: CellValue, format: string | null | undefined, numbersArePoints: boolean): ParsedRate {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalidCell(value);
    const shown = readNumberFormat(format);
    if (shown.percent) {
      return { kind: 'rate', fraction: value, tolerance: decimalsTolerance((shown.decimals ?? 0) + 2) };
    }
    return { kind: 'rate', fraction: numbersArePoints ? shiftDecimal(value, -2) : value, tolerance: NUMBER_TOLERANCE };
  }
  if (typeof value !== 'string') return invalidCell(value);
  const plain = PLAIN_PERCENT.exec(value);
  if (plain) {
    // Hot path: `52%`, `94.9%` as most tables type them.
    const decimals = plain[2] ? plain[2].length : 0;
    return { kind: 'rate', fraction: Number(`${plain[1]}${plain[2] ? '.' : ''}${plain[2] ?? ''}e-2`), tolerance: decimalsTolerance(decimals + 2) };
  }
  // `52 %` and `- 5%` are typed that way; a space inside the digits is not a rate.
  const normalised = normalizeText(value);
  const text = normalised.includes(' ') ? normalised.replace(/ %$/, '%').replace(/^([+-]) /, '$1') : normalised;
  if (isEmptyText(text)) return { kind: 'empty' };
  const n = readLeadingNumber(text);
  if (!n || (n.rest !== '' && n.rest !== '%')) return { kind: 'invalid', shown: value, excelError: false };
  // A shown `%`, or points by the column's convention, puts the last digit two places further right.
  const points = n.rest === '%' || numbersArePoints;
  const shift = points ? 2 : 0;
  return { kind: 'rate', fraction: Number(`${n.digits}e-${shift}`), tolerance: decimalsTolerance(n.decimals + shift) };
}
