import { open, readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { ownSheetNames, type Language, type SheetSnapshot, type WorkbookSnapshot } from '../core';
import { readSheet } from './readSheet';
import { markersOf } from './workbookMarkers';
import { HEAD_BYTES, sniffFile, type FileKind } from './sniffFile';
import { WorkbookReadError } from './WorkbookReadError';

export interface ReadWorkbookOptions {
  /** The language of a WorkbookReadError's message; zh-CN unless said otherwise. */
  readonly lang?: Language;
}

const REASON_MAX_CHARS = 160;

/** A workbook loaded for evaluation and, with --out, for writing the result sheets back into. */
export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The user's sheets only: our own 自评_ sheets of an earlier run are left out, so they are never evaluated. */
  readonly snapshot: WorkbookSnapshot;
}

/**
 * An .xlsx file as a WorkbookSnapshot: every worksheet's values (formulas as their cached results), number
 * formats, merges and Excel tables. Throws WorkbookReadError, with a sentence saying what to do, when the
 * file is missing, a folder, a legacy .xls, encrypted, CSV, damaged or not a workbook at all.
 */
export async function readWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
  return (await openWorkbook(path, options)).snapshot;
}

/** readWorkbook, keeping the ExcelJS workbook for writeOutputWorkbook. */
export async function openWorkbook(path: string, options: ReadWorkbookOptions = {}): Promise<OpenedWorkbook> {
  const lang = options.lang ?? 'zh-CN';
  const kind = await inspectFile(path, lang);
  if (kind !== 'zip') throw new WorkbookReadError(kind, path, lang);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new WorkbookReadError('corrupt', path, lang, reasonOf(error));
  }
  const worksheets = workbook.worksheets;
  // A zip that is a .docx, an .ods or an .xlsb loads as a workbook without worksheets.
  if (worksheets.length === 0) throw new WorkbookReadError('not-xlsx', path, lang);
  const ours = ownSheetNames(markersOf(workbook));
  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < worksheets.length; i++) {
    if (!ours.has(worksheets[i].name)) sheets.push(readSheet(worksheets[i]));
  }
  return { workbook, snapshot: { sheets } };
}

/**
 * What the file is, from its first bytes (the whole file only for a compound file, whose directory may sit
 * anywhere in it): a zip worth handing to ExcelJS, or the reason it is not a workbook.
 */
async function inspectFile(path: string, lang: Language): Promise<FileKind> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError('is-directory', path, lang);
    const head = await readHead(path);
    const kind = sniffFile(head, path);
    return kind === 'xls' && head.length < info.size ? sniffFile(await readFile(path), path) : kind;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    switch (errorCode(error)) {
      case 'ENOENT':
      case 'ENOTDIR':
        throw new WorkbookReadError('not-found', path, lang);
      case 'EISDIR':
        throw new WorkbookReadError('is-directory', path, lang);
      case 'EACCES':
      case 'EPERM':
        throw new WorkbookReadError('unreadable', path, lang);
      default:
        throw error;
    }
  }
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The reader's complaint on one short line (JSZip's and sax's messages can span several). */
function reasonOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > REASON_MAX_CHARS ? `${text.slice(0, REASON_MAX_CHARS - 1)}…` : text;
}
