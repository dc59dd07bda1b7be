export type Language = 'zh-CN' | 'en';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

/** `zh`, `zh-CN`, `zh-Hans-CN` → zh-CN; anything else → en. */
export function languageFor(tag: string | undefined | null): Language {
  return tag && /^zh/i.test(tag) ? 'zh-CN' : 'en';
}
