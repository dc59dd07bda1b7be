import { PackageError } from './PackageError';

/** One entry of a zip archive, as its central directory describes it (APPNOTE.TXT 4.3.12). */
export interface ZipEntry {
  readonly name: string;
  /** The name as stored, so that a copy keeps it byte for byte. */
  readonly nameBytes: Uint8Array;
  /** General-purpose flags; bit 0 is encryption, bit 3 a data descriptor, bit 11 a UTF-8 name. */
  readonly flags: number;
  /** 0 stored, 8 deflated: the only two a workbook uses. */
  readonly method: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UTF8_NAME = 0x800;

const utf8 = new TextDecoder('utf-8');
// Zip names without the UTF-8 flag are CP437 by the letter of APPNOTE; Excel and WPS always set the flag, and
// every name inside a workbook is ASCII, so latin1 keeps such a name readable without a code-page table.
const latin1 = new TextDecoder('latin1');

/** The archive's entries, from its central directory; throws PackageError('corrupt') on any inconsistency. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new PackageError('corrupt', 'zip64 archive');
  if (offset + size > eocd) throw new PackageError('corrupt', 'central directory out of range');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const entry = readCentralEntry(bytes, view, at);
    entries.push(entry.entry);
    at = entry.next;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new PackageError('corrupt', 'no end of central directory');
}

function readCentralEntry(bytes: Uint8Array, view: DataView, at: number): { entry: ZipEntry; next: number } {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
    throw new PackageError('corrupt', 'damaged central directory');
  }
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const entry: ZipEntry = {
    name: (flags & UTF8_NAME ? utf8 : latin1).decode(nameBytes),
    nameBytes,
    flags,
    method: view.getUint16(at + 10, true),
    modTime: view.getUint16(at + 12, true),
    modDate: view.getUint16(at + 14, true),
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localHeaderOffset: view.getUint32(at + 42, true),
  };
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new PackageError('corrupt', `zip64 entry ${entry.name}`);
  return { entry, next: at + 46 + nameLength + extraLength + commentLength };
}

/** The entry's compressed bytes, found through its local header (whose extra field may differ from the central one). */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new PackageError('corrupt', `no local header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new PackageError('corrupt', `${entry.name} is cut short`);
  return bytes.subarray(start, end);
}
