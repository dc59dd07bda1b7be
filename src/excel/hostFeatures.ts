/**
 * What this Excel can do, by ExcelApi requirement set, checked once before any call that needs it. office.js
 * defines every member on every Excel; an older one only fails the sync that uses a member it lacks
 * (ApiNotFound), so each use below is guarded by its own set, and the pane says what is missing.
 */
export interface HostFeatures {
  /** ExcelApi 1.2: Worksheet.getUsedRange(valuesOnly), Table.worksheet, Range.merge, row and column sizes. */
  readonly basics: boolean;
  /** ExcelApi 1.4: workbook.settings (the settings stored in the workbook), getUsedRangeOrNullObject, names.add. */
  readonly settings: boolean;
  /** ExcelApi 1.7: NamedItem.formula, which says what sheet our defined-name markers point to. */
  readonly markers: boolean;
  /** ExcelApi 1.9: everything the writer uses (page layout, indent, suspended screen updating). */
  readonly write: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  readonly merges: boolean;
}

export function hostFeatures(supportsExcelApi: (version: string) => boolean): HostFeatures {
  return {
    basics: supportsExcelApi('1.2'),
    settings: supportsExcelApi('1.4'),
    markers: supportsExcelApi('1.7'),
    write: supportsExcelApi('1.9'),
    merges: supportsExcelApi('1.13'),
  };
}

/** Every feature there: what tests and the .xlsx-like hosts assume. */
export const ALL_FEATURES: HostFeatures = { basics: true, settings: true, markers: true, write: true, merges: true };
