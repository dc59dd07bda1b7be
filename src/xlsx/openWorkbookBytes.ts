import type { Language } from '../core';
import { readPackage, type SheetChoice } from './package/readPackage';
import type { XlsxPackage } from './package/XlsxPackage';
import { HEAD_BYTES, sniffFile } from './sniffFile';
import { WorkbookReadError } from './WorkbookReadError';
import { DEFAULT_READ_LIMITS, type ReadLimits, type WholeInflater } from './zip/ExpansionBudget';
import { PackageError } from './zip/PackageError';
import type { WorkbookSnapshot } from '../core';

export interface OpenBytesOptions {
  /** The language of a WorkbookReadError's message; zh-CN unless said otherwise. */
  readonly lang?: Language;
  /** Caps on inflated size and cells; DEFAULT_READ_LIMITS unless said otherwise. */
  readonly limits?: ReadLimits;
  /** Only these worksheets are read (the others are in the package, not in the snapshot); all by default. */
  readonly sheets?: SheetChoice;
  /** node:zlib in the CLI; fflate's streaming inflater (which runs in a browser) when none is given. */
  readonly inflater?: WholeInflater;
}

/** A workbook loaded for evaluation and, for a result workbook, for adding the result sheets to a copy of its package. */
export interface OpenedWorkbook {
  readonly pkg: XlsxPackage;
  /** Every worksheet; the engine leaves out our own sheets by their content marker. */
  readonly snapshot: WorkbookSnapshot;
}

/**
 * A file's bytes as a workbook, wherever they came from (a path in the CLI, a file chosen in the web page):
 * WorkbookReadError naming `name` when they are a legacy .xls, encrypted, CSV, damaged, too large or not a
 * workbook at all. Nothing here touches Node or the DOM.
 */
export function openWorkbookBytes(bytes: Uint8Array, name: string, options: OpenBytesOptions = {}): OpenedWorkbook {
  const lang = options.lang ?? 'zh-CN';
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  if (bytes.length > limits.maxInflatedBytes) throw new WorkbookReadError('too-large', name, lang, '', showBytes(limits.maxInflatedBytes));
  const kind = sniffFile(bytes.subarray(0, HEAD_BYTES), name);
  // A compound file's directory may sit anywhere in it: EncryptionInfo is looked for in the whole file.
  const fileKind = kind === 'xls' ? sniffFile(bytes, name) : kind;
  if (fileKind !== 'zip') throw new WorkbookReadError(fileKind, name, lang);
  try {
    return readPackage(bytes, { limits, choose: options.sheets, inflater: options.inflater });
  } catch (error) {
    if (error instanceof PackageError) throw packageReadError(error, name, lang, limits);
    throw error;
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

export function showBytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
