import type { CellValue, WorkbookSnapshot } from '../../../src/core';
import { FakeEtBook, FakeSheetData, GENERAL } from './FakeEtBook';

/** The CVErr integers WPS gives for error values (Microsoft's "Cell Error Values"), written out here as the test's own oracle. */
export const CV_ERR: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288, '#DIV/0!': -2146826281, '#VALUE!': -2146826273, '#REF!': -2146826265, '#NAME?': -2146826259, '#NUM!': -2146826252, '#N/A': -2146826246,
};

/** A snapshot's cell as WPS's Value2 holds it: an error as its integer, an empty cell as undefined. */
function value2Of(value: CellValue): unknown {
  if (value === null) return undefined;
  if (typeof value === 'object') return CV_ERR[value.error] ?? value.error;
  return value;
}

/** The fake holding a snapshot's sheets (the sample read by src/xlsx, in the tests): values, formats, merges and tables. */
export function fakeBookOf(snapshot: WorkbookSnapshot): FakeEtBook {
  return new FakeEtBook(
    snapshot.sheets.map((sheet) => {
      const data = new FakeSheetData(sheet.name);
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = sheet.formats?.[r]?.[c] ?? null;
          if (value === null && format === null) return;
          const cell = data.cell(sheet.origin.row + r, sheet.origin.col + c);
          cell.value = value2Of(value);
          cell.format = format ?? GENERAL;
        }),
      );
      data.merges.push(...sheet.merges);
      data.tables.push(...sheet.tables.map((t) => ({ name: t.name, range: t.range, showHeaders: t.hasHeaderRow })));
      return data;
    }),
  );
}
