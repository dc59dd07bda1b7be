import { parseRangeAddress, type TableSnapshot } from '../../core';
import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { scanXml } from '../xml/scanXml';

/**
 * An Excel table (ListObject). `headerRowCount` defaults to 1 and Excel leaves it out (ECMA-376 Part 1,
 * §18.5.1.2), so only an explicit 0 means a table without a header row.
 */
export function readTablePart(archive: Uint8Array, entry: ZipEntry, budget: ExpansionBudget): TableSnapshot | null {
  let table: TableSnapshot | null = null;
  scanXml(archive, entry, budget, {
    open(name, attributes) {
      if (name !== 'table' || table) return;
      const range = attributes.ref === undefined ? null : parseRangeAddress(attributes.ref);
      if (!range) return;
      table = { name: attributes.name ?? attributes.displayName ?? '', range, hasHeaderRow: attributes.headerRowCount !== '0' };
    },
  });
  return table;
}
