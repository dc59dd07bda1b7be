import { formatMessage, type Language, type MessageKey } from '../core';

/** Why the output file could not be written; each has a sentence in the catalogue saying what to do. */
export type WorkbookWriteErrorCode = 'not-found' | 'is-directory' | 'denied' | 'busy' | 'failed';

const MESSAGE_KEYS: Readonly<Record<WorkbookWriteErrorCode, MessageKey>> = {
  'not-found': 'write.not-found',
  'is-directory': 'write.is-directory',
  denied: 'write.denied',
  busy: 'write.busy',
  failed: 'write.failed',
};

/** The output .xlsx could not be written; the file at `path`, if there was one, is as it was. */
export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;
  readonly path: string;
  readonly reason: string;

  constructor(code: WorkbookWriteErrorCode, path: string, reason = '', lang: Language = 'zh-CN') {
    super(formatMessage(MESSAGE_KEYS[code], { path, reason }, lang));
    this.name = 'WorkbookWriteError';
    this.code = code;
    this.path = path;
    this.reason = reason;
  }

  messageIn(lang: Language): string {
    return formatMessage(MESSAGE_KEYS[this.code], { path: this.path, reason: this.reason }, lang);
  }

  /** The error Node reported, as one of ours. */
  static from(error: unknown, path: string): WorkbookWriteError {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    switch (code) {
      case 'ENOENT':
      case 'ENOTDIR':
        return new WorkbookWriteError('not-found', path);
      case 'EISDIR':
        return new WorkbookWriteError('is-directory', path);
      case 'EACCES':
      case 'EROFS':
        return new WorkbookWriteError('denied', path);
      case 'EBUSY':
      case 'EPERM': // Windows refuses to replace a file Excel holds open with EPERM
        return new WorkbookWriteError('busy', path);
      default:
        return new WorkbookWriteError('failed', path, reason);
    }
  }
}
