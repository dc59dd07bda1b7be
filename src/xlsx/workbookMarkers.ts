import type { Workbook } from 'exceljs';
import { isOwnMarker, quoteSheetName, splitQualifiedAddress, type OutputMarker } from '../core';

/**
 * Our markers among the workbook's defined names (src/core/output/outputSheets.ts says why a defined name):
 * each with the sheet its range is on. ExcelJS keeps defined names as sets of cells per name.
 */
export function markersOf(workbook: Workbook): OutputMarker[] {
  const markers: OutputMarker[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!isOwnMarker(name)) continue;
    for (const range of ranges) {
      const place = splitQualifiedAddress(range);
      if (place) markers.push({ marker: name, sheet: place.sheet });
    }
  }
  return markers;
}

/** Points `marker` at A1 of `sheet` only. */
export function setMarker(workbook: Workbook, marker: string, sheet: string): void {
  removeMarker(workbook, marker);
  workbook.definedNames.add(`${quoteSheetName(sheet)}!$A$1`, marker);
}

export function removeMarker(workbook: Workbook, marker: string): void {
  for (const { name, ranges } of workbook.definedNames.model) {
    if (name === marker) for (const range of ranges) workbook.definedNames.remove(range, name);
  }
}

/** The markers pointing at `sheet`. */
export function markersOn(workbook: Workbook, sheet: string): string[] {
  return markersOf(workbook).filter((m) => m.sheet === sheet).map((m) => m.marker);
}
