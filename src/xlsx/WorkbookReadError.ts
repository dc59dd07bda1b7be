import { formatMessage, showPath, type Language, type MessageKey } from '../core';

/** Why a file could not be read as a workbook; each has a sentence in the catalogue saying what to do. */
export type WorkbookReadErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'not-regular'
  | 'unreadable'
  | 'loop'
  | 'name-too-long'
  | 'io'
  | 'busy'
  | 'system'
  | 'xls'
  | 'csv'
  | 'encrypted'
  | 'corrupt'
  | 'not-xlsx'
  | 'too-large'
  | 'too-many-cells';

/**
 * The input is not a readable .xlsx workbook. This is the one exception of the file shell: the user's data
 * never got as far as the engine, so there is nothing to flag. `message` is one line, in `lang`; the path is
 * shown with its control characters escaped, and shortened if it is very long.
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly path: string;
  /** A short technical reason: the reader's complaint for `corrupt`, Node's code for `system`, the part or sheet for the caps. */
  readonly reason: string;
  /** The cap that was passed, as shown (`200 MB`, `4000000`), for `too-large` and `too-many-cells`. */
  readonly limit: string;

  constructor(code: WorkbookReadErrorCode, path: string, lang: Language, reason = '', limit = '') {
    super(describe(code, path, lang, reason, limit));
    this.name = 'WorkbookReadError';
    this.code = code;
    this.path = path;
    this.reason = reason;
    this.limit = limit;
  }

  /** The same sentence in another language. */
  messageIn(lang: Language): string {
    return describe(this.code, this.path, lang, this.reason, this.limit);
  }
}

function describe(code: WorkbookReadErrorCode, path: string, lang: Language, reason: string, limit: string): string {
  const key: MessageKey = `read.${code}`;
  return formatMessage(key, { path: showPath(path), reason, limit }, lang);
}
