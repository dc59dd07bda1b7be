import type { CellValue } from '../../../src/core';

/**
 * One ExcelJS cell value as the core's plain CellValue. ExcelJS hands over numbers, strings, booleans and
 * Dates as they are and wraps everything else in an object: `{ richText: [...] }`, `{ text, hyperlink }`,
 * `{ formula | sharedFormula, result }` and `{ error }`. A formula counts as its cached result, the value
 * Excel last showed; a formula never calculated has none and reads as empty.
 */
export function convertCellValue(value: unknown): CellValue {
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return isoDate(value);
      if ('formula' in value || 'sharedFormula' in value) {
        return 'result' in value ? convertResult(value.result) : null;
      }
      return convertWrapped(value);
    default:
      return null;
  }
}

/** A formula's cached result: any plain value, a Date, or an error; never another formula. */
function convertResult(result: unknown): CellValue {
  if (result === null || result === undefined) return null;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return isoDate(result);
  return typeof result === 'object' ? convertWrapped(result) : null;
}

function convertWrapped(value: object): CellValue {
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richTextOf(value.richText);
  // A hyperlink's text may itself be rich text.
  if ('text' in value) return typeof value.text === 'object' && value.text !== null ? convertWrapped(value.text) : String(value.text ?? '');
  return null;
}

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  let text = '';
  for (const run of runs) {
    if (run && typeof run === 'object' && 'text' in run) text += String(run.text ?? '');
  }
  return text;
}

/**
 * ExcelJS turns a date serial into a Date at UTC midnight (1904 dates included), so the UTC fields are the
 * calendar date the cell shows. Only the date is kept: the core reads years and periods, never times.
 */
function isoDate(date: Date): CellValue {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return date.toISOString().slice(0, 10);
}
