import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { scanXml } from '../xml/scanXml';
import { BUILT_IN_FORMATS } from './builtInFormats';

/**
 * The number format of each cell style (`s="3"` → cellXfs[3] → its numFmtId → the format text), or null for
 * General. Formats of the workbook's own (`<numFmt>`) come before the built-in ones.
 */
export function readCellFormats(archive: Uint8Array, entry: ZipEntry | undefined, budget: ExpansionBudget): (string | null)[] {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanXml(archive, entry, budget, {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.numFmtId !== undefined) custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => (id === 0 ? null : (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null)));
}
