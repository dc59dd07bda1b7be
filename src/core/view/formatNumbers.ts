/**
 * Every number a person sees, formatted here once: in the pane, the CLI's summary, the copied 自评表 grid and
 * the sheets' own text. Rounding is half away from zero, the way a person rounds (2.675 → 2.68), not the way
 * binary floats do. No shell formats a number of its own (test/core/view/formatNumbers.test.ts checks that).
 */
import { FORMATS, type SheetCell } from '../output/SheetModel';

/** `value` to `decimals` places, optionally with thousands separators: `1,526.71`. */
export function fixedDecimals(value: number, decimals: number, grouped = false): string {
  const scale = 10 ** decimals;
  // toPrecision(12) first: 99.135 is stored as 99.13499999…, which a person rounds up.
  const units = Math.round(Number((Math.abs(value) * scale).toPrecision(12)));
  let whole = String(Math.floor(units / scale));
  const fraction = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 && units > 0 ? '-' : '';
  return `${sign}${whole}${fraction}`;
}

/** An amount in 分 as the workbook's own unit shows it, to the 分: `1,526.71`. */
export function formatAmount(fen: number, unitFactor: number): string {
  return fixedDecimals(fen / (unitFactor * 100), 2, true);
}

/** A fraction as the percent points a person types and reads: 0.9 → `90`, 0.925 → `92.5`, 1.3 → `130`. */
export function percentPoints(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** A fraction as a percentage without a fixed number of decimals: 0.7 → `70%`. */
export function formatPercent(fraction: number): string {
  return `${percentPoints(fraction)}%`;
}

/** A cell of a result sheet as the sheet shows it, through the few number formats the sheets use. */
export function cellText(cell: Pick<SheetCell, 'value' | 'format'>): string {
  const { value, format } = cell;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case FORMATS.amount:
      return fixedDecimals(value, 2, true);
    case FORMATS.rate:
      return `${fixedDecimals(value * 100, 2)}%`;
    case FORMATS.wholePercent:
      return `${fixedDecimals(value * 100, 0)}%`;
    case FORMATS.score:
      return fixedDecimals(value, 2);
    default:
      // General: the number without float noise (0.1 + 0.2 shows as 0.3, as in Excel).
      return String(Number(value.toPrecision(15)));
  }
}
