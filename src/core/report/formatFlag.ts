import { formatMessage, type Language } from '../messages';
import type { Flag } from './Flag';

/** The flag's sentence in the chosen language, always led by the cell it is about. */
export function formatFlag(flag: Flag, lang: Language): string {
  const message = formatMessage(flag.key, flag.params, lang);
  return flag.cell ? formatMessage('flag.cellPrefix', { cell: flag.cell, message }, lang) : message;
}
