import type { WorkbookReadErrorCode } from './WorkbookReadError';

/** What the first bytes of a file say it is: a zip package worth handing to ExcelJS, or why not. */
export type FileKind = 'zip' | Extract<WorkbookReadErrorCode, 'xls' | 'encrypted' | 'csv' | 'not-xlsx'>;

// [MS-CFB] 2.2: every compound file (legacy .xls, and an encrypted OOXML package) starts with this signature.
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// [MS-OFFCRYPTO] 2.3.4: an encrypted .xlsx is a compound file holding the streams EncryptionInfo and
// EncryptedPackage; directory entry names are UTF-16LE.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// A local file header (PK\x03\x04) or, for an empty archive, the end of central directory (PK\x05\x06).
const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

/** Enough to tell a zip, a compound file or delimited text apart. */
export const HEAD_BYTES = 4096;

export function sniffFile(bytes: Buffer, path: string): FileKind {
  if (startsWith(bytes, OLE2_SIGNATURE)) return bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (/\.(csv|tsv)$/i.test(path)) return 'csv';
  return looksLikeDelimitedText(bytes) ? 'csv' : 'not-xlsx';
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/**
 * Text with commas, semicolons or tabs and no markup: what Excel and WPS write as CSV or "Unicode text"
 * (UTF-16 with a byte-order mark), and what some finance systems export under an .xls or .xlsx name.
 */
function looksLikeDelimitedText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, HEAD_BYTES);
  let text: string;
  if (sample[0] === 0xff && sample[1] === 0xfe) text = sample.subarray(2).toString('utf16le');
  else if (sample[0] === 0xfe && sample[1] === 0xff) text = bigEndianUtf16(sample.subarray(2));
  else if (sample.includes(0)) return false;
  else text = sample.toString('utf8');
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '' || trimmed.startsWith('<')) return false;
  return /[,;\t，]/.test(trimmed);
}

function bigEndianUtf16(bytes: Buffer): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return even.swap16().toString('utf16le');
}
