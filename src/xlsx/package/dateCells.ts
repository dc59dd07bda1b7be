/**
 * Dates as the core reads them: `YYYY-MM-DD` text. A number shows as a date when its format has date or time
 * codes outside quotes and brackets (the test ExcelJS applies, so both readers agree); its serial counts days
 * from 1899-12-30, or from 1904-01-01 in a 1904 workbook (ECMA-376 Part 1, §18.17.4.1).
 */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const DAYS_1900_TO_1904 = 1462;
const DAY_MS = 86_400_000;

/** The calendar date of a serial, or null when it is no date at all (beyond what a Date can hold). */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const time = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** A `t="d"` cell's ISO 8601 text (`2024-03-15T00:00:00`) as its date; null when it has none. */
export function isoCellDate(text: string): string | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? match[1] : null;
}
