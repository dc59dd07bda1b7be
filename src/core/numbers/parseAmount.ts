import type { CellValue } from '../snapshot';
import type { ParsedNumber } from './ParsedValue';
import { invalidCell } from './invalidCell';
import { isEmptyText } from './isEmptyText';
import { normalizeText } from './normalizeText';
import { readLeadingNumber } from './readLeadingNumber';
import { readNumberFormat } from './readNumberFormat';
import { shownDecimals } from './shownDecimals';

const EMPTY: ParsedNumber = { kind: 'empty' };

/**
 * A budget or actual amount as the sheet holds it, in the sheet's own unit. Text is read as finance tables
 * write it (`1,526.71`, `１，５２６．７１`, `(1,234.00)` for a negative); anything with words, units or a `%`
 * (`约9.4万`, `12元`, `52%`) is `invalid`, as are booleans and Excel errors: SCORING.md `parse-error`, never 0.
 */
export function parseAmount(value: CellValue, format?: string | null): ParsedNumber {
  if (value === null) return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalidCell(value);
    return { kind: 'number', value, decimals: readNumberFormat(format).decimals ?? shownDecimals(value) };
  }
  if (typeof value !== 'string') return invalidCell(value);
  const text = normalizeText(value);
  if (isEmptyText(text)) return EMPTY;
  return readAmountText(text) ?? { kind: 'invalid', shown: value, excelError: false };
}

/** Normalised text that is exactly one amount, or null. */
function readAmountText(text: string): ParsedNumber | null {
  // Accounting negatives: (1,234.00) is -1234.
  const accounting = /^\((.*)\)$/.exec(text);
  const body = (accounting ? accounting[1].trim() : text)
    .replace(/^([+-]) /, '$1')
    // A space inside the digits is a thousands separator (`1 526.71`); groups of three are still required.
    .replace(/ /g, ',');
  const n = readLeadingNumber(body);
  if (!n || n.rest !== '' || (accounting && /^[+-]/.test(body))) return null;
  const value = accounting ? -n.value : n.value;
  // `-0` and `(0.00)` are plain zero; -0 would print as "-0" in a report.
  return { kind: 'number', value: value === 0 ? 0 : value, decimals: n.decimals };
}
