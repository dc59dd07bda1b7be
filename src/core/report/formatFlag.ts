import { formatMessage, type Language } from '../messages';
import type { Flag } from './Flag';

/** The flag's sentence in the chosen language, always led by the cell it is about (`message`: the sentence, if worded already). */
export function formatFlag(flag: Flag, lang: Language, message = formatMessage(flag.key, flag.params, lang)): string {
  return flag.cell ? formatMessage('flag.cellPrefix', { cell: flag.cell, message }, lang) : message;
}
