import { formatMessage, type Language } from '../messages';

/**
 * A sheet the user made already has the name of one of ours (a sheet of their own called 自评_总览): the
 * writer refuses before it changes anything, rather than overwrite it. `message` names the sheet and says
 * what to do.
 */
export class OutputSheetConflictError extends Error {
  readonly sheet: string;

  constructor(sheet: string, lang: Language = 'zh-CN') {
    super(formatMessage('output.conflict', { sheet }, lang));
    this.name = 'OutputSheetConflictError';
    this.sheet = sheet;
  }

  messageIn(lang: Language): string {
    return formatMessage('output.conflict', { sheet: this.sheet }, lang);
  }
}
