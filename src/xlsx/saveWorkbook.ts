import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Workbook } from 'exceljs';
import { WorkbookWriteError } from './WorkbookWriteError';

/**
 * Writes the workbook to `path` whole or not at all: to a temporary file in the same folder first, then
 * renamed over `path` (a rename within one folder is atomic), so a crash or a full disk never leaves a
 * half-written .xlsx where the user expects one. Throws WorkbookWriteError; no temporary file is left.
 */
export async function saveWorkbook(workbook: Workbook, path: string): Promise<void> {
  const target = resolve(path);
  if (await isDirectory(target)) throw new WorkbookWriteError('is-directory', path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const bytes = await workbook.xlsx.writeBuffer();
    await writeFile(temp, new Uint8Array(bytes), { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error instanceof WorkbookWriteError ? error : WorkbookWriteError.from(error, path);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // nothing there yet: the usual case
  }
}
