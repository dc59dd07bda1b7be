import { formatMessage, showPath, type Language, type MessageKey } from '../core';
import { errorCode, fileProblem, systemReason, type FileProblem } from './systemErrors';

/** Why the output file could not be written; each has a sentence in the catalogue saying what to do. */
export type WorkbookWriteErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'not-regular'
  | 'denied'
  | 'loop'
  | 'name-too-long'
  | 'no-space'
  | 'busy'
  | 'not-ours'
  | 'failed';

const FROM_PROBLEM: Readonly<Record<FileProblem, WorkbookWriteErrorCode>> = {
  'not-found': 'not-found',
  'is-directory': 'is-directory',
  'not-regular': 'not-regular',
  denied: 'denied',
  loop: 'loop',
  'name-too-long': 'name-too-long',
  'no-space': 'no-space',
  busy: 'busy',
  io: 'failed',
  system: 'failed',
};

/** The output .xlsx could not be written; the file at `path`, if there was one, is as it was. */
export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;
  readonly path: string;
  readonly reason: string;

  constructor(code: WorkbookWriteErrorCode, path: string, reason = '', lang: Language = 'zh-CN') {
    super(describe(code, path, reason, lang));
    this.name = 'WorkbookWriteError';
    this.code = code;
    this.path = path;
    this.reason = reason;
  }

  messageIn(lang: Language): string {
    return describe(this.code, this.path, this.reason, lang);
  }

  /** The error Node reported, as one of ours. */
  static from(error: unknown, path: string): WorkbookWriteError {
    if (error instanceof WorkbookWriteError) return error;
    // Windows refuses to replace a file Excel holds open with EPERM: for a write, that is a busy file.
    const code = errorCode(error) === 'EPERM' ? 'busy' : FROM_PROBLEM[fileProblem(error)];
    return new WorkbookWriteError(code, path, code === 'failed' ? systemReason(error) : '');
  }
}

function describe(code: WorkbookWriteErrorCode, path: string, reason: string, lang: Language): string {
  const key: MessageKey = `write.${code}`;
  return formatMessage(key, { path: showPath(path), reason }, lang);
}
