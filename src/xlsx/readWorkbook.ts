import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Language, WorkbookSnapshot } from '../core';
import { readPackage, type SheetChoice } from './package/readPackage';
import type { XlsxPackage } from './package/XlsxPackage';
import { HEAD_BYTES, sniffFile } from './sniffFile';
import { fileProblem, systemReason, type FileProblem } from './systemErrors';
import { WorkbookReadError, type WorkbookReadErrorCode } from './WorkbookReadError';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './zip/ExpansionBudget';
import { PackageError } from './zip/PackageError';
import { NODE_INFLATER } from './nodeInflater';

export interface ReadWorkbookOptions {
  /** The language of a WorkbookReadError's message; zh-CN unless said otherwise. */
  readonly lang?: Language;
  /** Caps on inflated size and cells; DEFAULT_READ_LIMITS unless said otherwise. */
  readonly limits?: ReadLimits;
  /** Only these worksheets are read (the others are in the package, not in the snapshot); all by default. */
  readonly sheets?: SheetChoice;
}

/** A workbook loaded for evaluation and, with --out, for adding the result sheets to a copy of its package. */
export interface OpenedWorkbook {
  readonly pkg: XlsxPackage;
  /** Every worksheet; the engine leaves out our own sheets by their content marker. */
  readonly snapshot: WorkbookSnapshot;
}

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
  const kind = sniffFile(bytes.subarray(0, HEAD_BYTES), path);
  // A compound file's directory may sit anywhere in it: EncryptionInfo is looked for in the whole file.
  const fileKind = kind === 'xls' ? sniffFile(bytes, path) : kind;
  if (fileKind !== 'zip') throw new WorkbookReadError(fileKind, path, lang);
  try {
    const { pkg, snapshot } = readPackage(bytes, { limits, choose: options.sheets, inflater: NODE_INFLATER });
    return { pkg, snapshot };
  } catch (error) {
    if (error instanceof PackageError) throw packageReadError(error, path, lang, limits);
    throw error;
  }
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

function packageReadError(error: PackageError, path: string, lang: Language, limits: ReadLimits): WorkbookReadError {
  switch (error.code) {
    case 'too-large':
      return new WorkbookReadError('too-large', path, lang, error.detail, showBytes(limits.maxInflatedBytes));
    case 'too-many-cells':
      return new WorkbookReadError('too-many-cells', path, lang, error.detail, String(limits.maxCells));
    case 'not-xlsx':
      return new WorkbookReadError('not-xlsx', path, lang);
    default:
      return new WorkbookReadError('corrupt', path, lang, shorten(error.detail));
  }
}

const REASON_MAX_CHARS = 160;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > REASON_MAX_CHARS ? `${line.slice(0, REASON_MAX_CHARS - 1)}…` : line;
}

function showBytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
