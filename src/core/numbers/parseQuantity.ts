import type { CellValue } from '../snapshot';
import type { Quantity } from './ParsedValue';
import { invalidCell } from './invalidCell';
import { isEmptyText } from './isEmptyText';
import { normalizeText } from './normalizeText';
import { readNumberFormat } from './readNumberFormat';
import { readDateText } from './readDateText';
import { readQuantityText } from './readQuantityText';
import { shiftDecimal } from './shiftDecimal';
import { splitUnit } from './splitUnit';

/** A bare number with at most a percent sign and nothing else around it. */
const PLAIN_QUANTITY = /^(\d{1,12}(?:\.\d{1,6})?)(%?)$/;

/**
 * An indicator's 年度指标值 or 实际完成值 (SCORING.md "Indicators"): a date within the year (`10月底前`,
 * `已于9月完成`), operator + number + unit, or qualitative words. A number cell has no operator; a `%` format
 * makes it points (0.95 → 95 `%`), and a unit in the format (`0"家"`, `0.0"万人"`) is its unit. Booleans and
 * Excel errors come back as qualitative text (`TRUE`, `#DIV/0!`): a caller that needs a number checks the raw
 * cell with `isCellError`.
 */
export function parseQuantity(value: CellValue, format?: string | null): Quantity {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return numberQuantity(value, format);
  if (typeof value !== 'string') return { kind: 'qualitative', text: invalidCell(value).shown };
  const plain = PLAIN_QUANTITY.exec(value);
  // Hot path: `95.3%`, `2337` as most actuals are typed.
  if (plain) return { kind: 'quantity', direction: null, value: Number(plain[1]), unit: plain[2], text: value };
  const text = normalizeText(value);
  if (isEmptyText(text)) return { kind: 'empty' };
  // A date first: `5月` is a calendar month, not 5 of a unit 月 (a count of months is `5个月`).
  return readDateText(text) ?? readQuantityText(text) ?? { kind: 'qualitative', text };
}

function numberQuantity(value: number, format: string | null | undefined): Quantity {
  if (!Number.isFinite(value)) return { kind: 'qualitative', text: String(value) };
  const shown = readNumberFormat(format);
  if (shown.percent) {
    const points = shiftDecimal(value, 2);
    return { kind: 'quantity', direction: null, value: points, unit: '%', text: `${points}%` };
  }
  const unit = splitUnit(shown.suffix) ?? { power: 0, unit: '' };
  const text = `${value}${shown.suffix}`;
  return { kind: 'quantity', direction: null, value: shiftDecimal(value, unit.power), unit: unit.unit, text };
}
