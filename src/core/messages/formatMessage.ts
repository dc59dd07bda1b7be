import type { Language } from './Language';
import { catalogue, type MessageKey } from './catalogue';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so that a gap is noticed in review. */
export function formatMessage(key: MessageKey, params: MessageParams, lang: Language): string {
  const template = catalogue[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
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
