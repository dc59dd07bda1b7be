import type { ExpansionBudget } from '../zip/ExpansionBudget';
import { inflateEntry } from '../zip/inflateEntry';
import { PackageError } from '../zip/PackageError';
import type { ZipEntry } from '../zip/readZipDirectory';
import { XmlScanner, type XmlAttributes } from './XmlScanner';

export type { XmlAttributes };

/**
 * What a part's reader listens for. Element names arrive without their namespace prefix: Excel writes
 * SpreadsheetML with a default namespace, the Open XML SDK as `x:c`, and both mean the same element.
 */
export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local part of `x:row` or `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The attribute whose local name is `name`, whatever its prefix (`r:id`, `relationships:id`). */
export function attributeNamed(attributes: XmlAttributes, name: string): string | undefined {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

/**
 * Streams one part through the scanner as it inflates, a piece at a time: the part's text is never one string,
 * so a sheet of any size costs its bytes and what its reader keeps. Malformed XML is a damaged workbook (PackageError).
 */
export function scanXml(archive: Uint8Array, entry: ZipEntry, budget: ExpansionBudget, handlers: XmlHandlers): void {
  const scanner = new XmlScanner({
    open: (name, attributes) => handlers.open(localName(name), attributes),
    close: handlers.close ? (name) => handlers.close?.(localName(name)) : () => undefined,
    text: handlers.text ? (text) => handlers.text?.(text) : () => undefined,
  });
  const decoder = new XmlDecoder();
  try {
    inflateEntry(archive, entry, budget, (chunk) => scanner.write(decoder.decode(chunk)));
    scanner.write(decoder.end());
    scanner.close();
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('corrupt', `${entry.name}: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * Bytes to text across chunk boundaries. XML parts are UTF-8 in practice; a UTF-16 part says so with its
 * byte-order mark (ECMA-376 Part 2, §8.1.4 allows both), and the mark is not part of the text.
 */
class XmlDecoder {
  private decoder: TextDecoder | null = null;

  decode(chunk: Uint8Array): string {
    if (!this.decoder) {
      const utf16 = chunk[0] === 0xff && chunk[1] === 0xfe;
      const utf16be = chunk[0] === 0xfe && chunk[1] === 0xff;
      this.decoder = new TextDecoder(utf16 ? 'utf-16le' : utf16be ? 'utf-16be' : 'utf-8');
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    return this.decoder ? this.decoder.decode() : '';
  }
}
