import type { WorkbookReadErrorCode } from './WorkbookReadError';

/** What the first bytes of a file say it is: a zip package worth handing to ExcelJS, or why not. */
export type FileKind = 'zip' | Extract<WorkbookReadErrorCode, 'xls' | 'encrypted' | 'csv' | 'not-xlsx'>;

// [MS-CFB] 2.2: every compound file (legacy .xls, and an encrypted OOXML package) starts with this signature.
const OLE2_SIGNATURE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
// [MS-OFFCRYPTO] 2.3.4: an encrypted .xlsx is a compound file holding the streams EncryptionInfo and
// EncryptedPackage; directory entry names are UTF-16LE.
const ENCRYPTION_INFO = Uint8Array.from([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));
// A local file header (PK\x03\x04) or, for an empty archive, the end of central directory (PK\x05\x06).
const ZIP_SIGNATURES = [Uint8Array.of(0x50, 0x4b, 0x03, 0x04), Uint8Array.of(0x50, 0x4b, 0x05, 0x06)];

/** Enough to tell a zip, a compound file or delimited text apart. */
export const HEAD_BYTES = 4096;

export function sniffFile(bytes: Uint8Array, path: string): FileKind {
  if (startsWith(bytes, OLE2_SIGNATURE)) return indexOf(bytes, ENCRYPTION_INFO) >= 0 ? 'encrypted' : 'xls';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (/\.(csv|tsv)$/i.test(path)) return 'csv';
  return looksLikeDelimitedText(bytes) ? 'csv' : 'not-xlsx';
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Where `needle` first occurs in `bytes`, or -1 (Buffer's `includes` for a plain Uint8Array, as in a browser). */
function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((byte, k) => bytes[i + k] === byte)) return i;
  }
  return -1;
}

/**
 * Text with commas, semicolons or tabs and no markup: what Excel and WPS write as CSV or "Unicode text"
 * (UTF-16 with a byte-order mark), and what some finance systems export under an .xls or .xlsx name.
 */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, HEAD_BYTES);
  let text: string;
  if (sample[0] === 0xff && sample[1] === 0xfe) text = new TextDecoder('utf-16le').decode(sample.subarray(2));
  else if (sample[0] === 0xfe && sample[1] === 0xff) text = new TextDecoder('utf-16be').decode(sample.subarray(2));
  else if (sample.includes(0)) return false;
  else text = new TextDecoder('utf-8').decode(sample);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '' || trimmed.startsWith('<')) return false;
  return /[,;\t，]/.test(trimmed);
}

