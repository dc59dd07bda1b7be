import { formatMessage, type Language, type MessageKey } from '../core';

/** Why a file could not be read as a workbook; each has a sentence in the catalogue saying what to do. */
export type WorkbookReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'xls'
  | 'csv'
  | 'encrypted'
  | 'corrupt'
  | 'not-xlsx';

const MESSAGE_KEYS: Readonly<Record<WorkbookReadErrorCode, MessageKey>> = {
  'not-found': 'read.not-found',
  'is-directory': 'read.is-directory',
  unreadable: 'read.unreadable',
  xls: 'read.xls',
  csv: 'read.csv',
  encrypted: 'read.encrypted',
  corrupt: 'read.corrupt',
  'not-xlsx': 'read.not-xlsx',
};

/**
 * The input is not a readable .xlsx workbook. This is the one exception of the file shell: the user's data
 * never got as far as the engine, so there is nothing to flag. `message` is one line, in `lang`.
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly path: string;
  /** The underlying reader's complaint, for `corrupt` only (kept short and on one line). */
  readonly reason: string;

  constructor(code: WorkbookReadErrorCode, path: string, lang: Language, reason = '') {
    super(describeReadError(code, path, lang, reason));
    this.name = 'WorkbookReadError';
    this.code = code;
    this.path = path;
    this.reason = reason;
  }

  /** The same sentence in another language. */
  messageIn(lang: Language): string {
    return describeReadError(this.code, this.path, lang, this.reason);
  }
}

function describeReadError(code: WorkbookReadErrorCode, path: string, lang: Language, reason: string): string {
  return formatMessage(MESSAGE_KEYS[code], { path, reason }, lang);
}
