import { cellAddress, type CellRange, type WorkbookSnapshot } from '../../../src/core';
import type { FakeSheet } from './FakeBook';

const address = (r: CellRange) => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;

/** The fake workbook of a snapshot built by the test grids (test/core/grids.ts), the sample's among them. */
export function fakeSheetsOf(snapshot: WorkbookSnapshot): FakeSheet[] {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    origin: sheet.origin,
    rows: sheet.rows,
    formats: sheet.formats,
    merges: sheet.merges.map(address),
    tables: sheet.tables.map((t) => ({ name: t.name, ref: address(t.range), showHeaders: t.hasHeaderRow })),
  }));
}
