import { cellAddress, splitSheetReference, type CellRange } from '../core';

/** Splits a RangeAreas address at the commas outside quoted sheet names (a sheet may be called `a, b`). */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

/** The cell part of a sheet-qualified address, without `$`: `'Budget 2024'!$B$3:$D$5` → `B3:D5`. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

export function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** The sheet a defined name's formula points to (`='自评_总览'!$A$1` → 自评_总览); null for `=#REF!$A$1`. */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== 'string' || formula.startsWith('=#REF!')) return null;
  return splitSheetReference(formula)?.sheet ?? null;
}
