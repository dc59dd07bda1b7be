import type { Language } from './Language';
import { catalogue, type MessageKey } from './catalogue';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so that a gap is noticed in review. */
export function formatMessage(key: MessageKey, params: MessageParams, lang: Language): string {
  const template = catalogue[lang][key];
  if (!template.includes('{')) return template;
  const pieces = piecesOf(template);
  let text = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = params[pieces[i]];
    text += (value === undefined ? `{${pieces[i]}}` : String(value)) + pieces[i + 1];
  }
  return text;
}

// A template cut once into text and placeholder names (`a{n}b` → ['a', 'n', 'b']): the sheets of a 20 000-line
// workbook fill the same few templates tens of thousands of times.
const PIECES = new Map<string, readonly string[]>();

function piecesOf(template: string): readonly string[] {
  let pieces = PIECES.get(template);
  if (pieces === undefined) PIECES.set(template, (pieces = template.split(/\{(\w+)\}/)));
  return pieces;
}

/** A catalogue lookup bound to one language: every word a shell or a sheet shows goes through it. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

export function sayIn(lang: Language): Say {
  // A label without parameters (a category, a flag's label) is asked for once per row: worked out once.
  const labels = new Map<MessageKey, string>();
  return (key, params) => {
    if (params) return formatMessage(key, params, lang);
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = formatMessage(key, {}, lang)));
    return label;
  };
}
