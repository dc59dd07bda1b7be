import { formatMessage, OutputReplaceError, OutputSheetConflictError, type Language, type MessageKey } from '../core';

/**
 * A session call that failed, worded for the user (`message`, in their language); `detail` keeps what
 * Excel itself said (its error code and text), for whoever looks into it, and is '' when Excel said nothing.
 */
export class SessionError extends Error {
  constructor(
    message: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SessionError';
  }
}

/** Office.js rejects a sync with an OfficeExtension.Error whose `code` names the failure; '' for any other error. */
export function officeErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** Excel's own words for a failure: its code and its text. */
export function officeErrorDetail(error: unknown): string {
  const code = officeErrorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (code === '' || text.startsWith(code)) return text;
  return `${code}: ${text}`;
}

// The codes a finance officer can act on, each with its own sentence; any other is excel.failed.
const CODE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  ApiNotFound: 'excel.apiNotFound',
  ResponsePayloadSizeLimitExceeded: 'excel.tooLarge',
  RequestPayloadSizeLimitExceeded: 'excel.tooLarge',
  InvalidOperationInCellEditMode: 'excel.cellEditMode',
  EditModeNotAllowed: 'excel.cellEditMode',
};

/** Any other failure as a SessionError: worded by its Office code where that says what to do. */
export function worded(error: unknown, language: Language): SessionError {
  const detail = officeErrorDetail(error);
  return new SessionError(formatMessage(CODE_MESSAGES[officeErrorCode(error)] ?? 'excel.failed', { detail }, language), detail, { cause: error });
}

/** How a host's errors are told: its own text of one (the detail), and the sentence for a failure of no known kind. */
export interface HostWords {
  readonly detailOf: (error: unknown) => string;
  readonly otherwise: (error: unknown, language: Language) => SessionError;
}

export const OFFICE_WORDS: HostWords = { detailOf: officeErrorDetail, otherwise: worded };

/**
 * A session call's failure in the user's words, for every host: a name clash says which sheet to rename; a run
 * that stopped while writing says what the workbook holds now (read again after the failure); anything else
 * as the host words it, its own text kept as the detail.
 */
export async function explained<T>(language: Language, words: HostWords, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SessionError) throw error;
    if (error instanceof OutputSheetConflictError) throw new SessionError(error.messageIn(language), '', { cause: error });
    if (error instanceof OutputReplaceError) {
      const detail = words.detailOf(error.cause);
      throw new SessionError(error.messageIn(language, detail), detail, { cause: error });
    }
    throw words.otherwise(error, language);
  }
}
