import { officeError } from './Loadable';

/**
 * The ExcelApi requirement set of each member the shell uses, as Microsoft's reference gives them. office.js
 * defines every member in every host; an older Excel only fails the sync that carries one it lacks, with
 * ApiNotFound, and applies nothing of that request.
 */
export const REQUIREMENTS = {
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.hyperlink': '1.7',
  'Range.columnHidden': '1.2',
  'Range.merge': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.indentLevel': '1.9',
  'Table.worksheet': '1.2',
  'NamedItem.formula': '1.7',
  'NamedItem.delete': '1.4',
  'NamedItemCollection.add': '1.4',
  'Workbook.settings': '1.4',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
} as const;

export type Member = keyof typeof REQUIREMENTS;

/** `a` compared with `b` as requirement-set versions (1.13 is above 1.9). */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split('.').map(Number);
  const [bMajor, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** What a sync rejects with when its request uses a member above the host's requirement set. */
export function apiNotFound(member: Member): Error {
  return officeError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member}, ExcelApi ${REQUIREMENTS[member]})`);
}
