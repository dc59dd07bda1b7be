import { stat } from 'node:fs/promises';
import type { SheetModel } from '../core';
import { openWorkbook } from './readWorkbook';
import { saveFile } from './saveFile';
import { WorkbookWriteError } from './WorkbookWriteError';
import { NEW_WORKBOOK_MARKER, renderNewPackage } from './writer/renderNewPackage';
import { deflateAside } from './writeOutputWorkbook';
import { writeZip } from './zip/writeZip';

/**
 * A workbook made of our sheet models alone (a reviewer's summary), saved as `path` whole or not at all. An
 * existing file there is replaced only if it is a summary this tool made (its marker name inside) or with
 * `force` (WorkbookWriteError 'not-ours'): a unit's own workbook of that name is never overwritten by mistake.
 */
export async function writeNewWorkbook(models: readonly SheetModel<string>[], path: string, options: { readonly force?: boolean } = {}): Promise<void> {
  if (!options.force && !(await isMissingOrSummary(path))) throw new WorkbookWriteError('not-ours', path);
  // Each part deflated by node:zlib as soon as it is rendered, so that no two sheets' XML are held at once.
  const parts = [];
  for (const part of renderNewPackage(models)) parts.push(await deflateAside(part));
  await saveFile(path, writeZip(new Uint8Array(), parts, new Date()));
}

async function isMissingOrSummary(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return true;
  } catch {
    return true;
  }
  try {
    const existing = await openWorkbook(path, { sheets: () => () => false });
    return existing.pkg.workbook.definedNames.some((name) => name.name === NEW_WORKBOOK_MARKER);
  } catch {
    return false;
  }
}
