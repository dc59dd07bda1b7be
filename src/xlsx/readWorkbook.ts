import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Language, WorkbookSnapshot } from '../core';
import { openWorkbookBytes, showBytes, type OpenBytesOptions, type OpenedWorkbook } from './openWorkbookBytes';
import { fileProblem, systemReason, type FileProblem } from './systemErrors';
import { WorkbookReadError, type WorkbookReadErrorCode } from './WorkbookReadError';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './zip/ExpansionBudget';
import { NODE_INFLATER } from './nodeInflater';

export type ReadWorkbookOptions = Omit<OpenBytesOptions, 'inflater'>;
export type { OpenedWorkbook } from './openWorkbookBytes';

const READ_PROBLEMS: Readonly<Record<FileProblem, WorkbookReadErrorCode>> = {
  'not-found': 'not-found',
  'is-directory': 'is-directory',
  'not-regular': 'not-regular',
  denied: 'unreadable',
  loop: 'loop',
  'name-too-long': 'name-too-long',
  io: 'io',
  busy: 'busy',
  'no-space': 'system',
  system: 'system',
};

/**
 * An .xlsx file as a WorkbookSnapshot: every worksheet's values (formulas as their cached results), number
 * formats, merges and Excel tables. Throws WorkbookReadError, with a sentence saying what to do, when the file
 * is missing, not a regular file, a legacy .xls, encrypted, CSV, damaged, too large or not a workbook at all.
 */
export async function readWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
  return (await openWorkbook(path, options)).snapshot;
}

/** readWorkbook, keeping the package for writeOutputWorkbook. */
export async function openWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<OpenedWorkbook> {
  const lang = options.lang ?? 'zh-CN';
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const bytes = await readRegularFile(path, lang, limits);
  return openWorkbookBytes(bytes, path, { ...options, inflater: NODE_INFLATER });
}

/**
 * The file's bytes, if it is a regular file. Opened without blocking, so that a FIFO (which would wait for a
 * writer forever) or a device is refused at once; the check is on the opened file, not on its name.
 */
async function readRegularFile(path: string, lang: Language, limits: ReadLimits): Promise<Buffer> {
  try {
    const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await file.stat();
      if (info.isDirectory()) throw new WorkbookReadError('is-directory', path, lang);
      if (!info.isFile()) throw new WorkbookReadError('not-regular', path, lang);
      if (info.size > limits.maxInflatedBytes) throw new WorkbookReadError('too-large', path, lang, '', showBytes(limits.maxInflatedBytes));
      return await file.readFile();
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = READ_PROBLEMS[fileProblem(error)];
    throw new WorkbookReadError(code, path, lang, code === 'system' || code === 'busy' ? systemReason(error) : '');
  }
}
