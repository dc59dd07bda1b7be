import type { Language } from './Language';
import { engineEn, engineZh } from './engineMessages';
import { fileEn, fileZh } from './fileMessages';
import { formEn, formZh } from './formMessages';
import { formsEn, formsZh } from './formsMessages';
import { outputEn, outputZh } from './outputMessages';
import { paneEn, paneZh } from './paneMessages';
import { reportEn, reportZh } from './reportMessages';
import { reviewEn, reviewZh } from './reviewMessages';
import { settingsEn, settingsZh } from './settingsMessages';
import { shellEn, shellZh } from './shellMessages';
import { webEn, webZh } from './webMessages';
import { wpsEn, wpsZh } from './wpsMessages';

/** Every user-visible sentence, Chinese first and English second; one key set for both languages. */
const zhCN = { ...engineZh, ...shellZh, ...outputZh, ...formZh, ...reportZh, ...paneZh, ...formsZh, ...settingsZh, ...fileZh, ...reviewZh, ...webZh, ...wpsZh };

export type MessageKey = keyof typeof zhCN;

export const catalogue: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': zhCN,
  en: { ...engineEn, ...shellEn, ...outputEn, ...formEn, ...reportEn, ...paneEn, ...formsEn, ...settingsEn, ...fileEn, ...reviewEn, ...webEn, ...wpsEn },
};
