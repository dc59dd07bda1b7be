import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { scanXml } from '../xml/scanXml';
import { decodeXString } from './decodeXString';

/**
 * The shared strings, each as the text Excel shows: the runs of rich text joined, phonetic runs (`<rPh>`,
 * the furigana or pinyin shown above the text) left out.
 */
export function readSharedStrings(archive: Uint8Array, entry: ZipEntry | undefined, budget: ExpansionBudget): string[] {
  if (!entry) return [];
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  scanXml(archive, entry, budget, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(chunk) {
      if (inText) text += chunk;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(decodeXString(text));
    },
  });
  return strings;
}
