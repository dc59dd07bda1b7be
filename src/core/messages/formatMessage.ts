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
