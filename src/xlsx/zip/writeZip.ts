import { deflateSync } from 'fflate';
import { appendAll } from '../../core';
import { PackageError } from './PackageError';
import { crc32 } from './crc32';
import { compressedData, type ZipEntry } from './readZipDirectory';

/**
 * Raw DEFLATE (RFC 1951) of a whole part and its CRC-32: fflate and our CRC anywhere, or faster native ones
 * where the shell has them.
 */
export type Deflate = (data: Uint8Array) => { readonly compressed: Uint8Array; readonly crc: number };

const deflateWithFflate: Deflate = (data) => ({ compressed: deflateSync(data, { level: 6 }), crc: crc32(data) });

/** A new part deflated already (elsewhere, say in the background while the next part is rendered). */
export interface DeflatedPart {
  readonly kind: 'deflated';
  readonly name: string;
  /** The part's size before deflating, and its CRC-32. */
  readonly size: number;
  readonly crc: number;
  readonly compressed: Uint8Array;
}

/** An entry of the new archive: one of the old archive's, copied as it is compressed, or a new part. */
export type ZipOutput = { readonly kind: 'copy'; readonly entry: ZipEntry } | { readonly kind: 'new'; readonly name: string; readonly data: Uint8Array } | DeflatedPart;

const DATA_DESCRIPTOR = 0x8;
const UTF8_NAME = 0x800;
const DEFLATED = 8;
const VERSION = 20;
/** Beyond this many entries (or 4 GB) an archive needs zip64, which no workbook of ours comes near. */
const MAX_ENTRIES = 0xffff;
const encoder = new TextEncoder();

/**
 * A zip archive of `outputs`, in order, as chunks to write one after another. A copied entry keeps its name,
 * flags, method, time, CRC and compressed bytes exactly (its data descriptor, if it had one, is folded into the
 * local header, which then carries the sizes); a new part is deflated by `deflate`.
 */
export function writeZip(archive: Uint8Array, outputs: readonly ZipOutput[], now: Date, deflate: Deflate = deflateWithFflate): Uint8Array[] {
  if (outputs.length > MAX_ENTRIES) throw new PackageError('too-large', `${outputs.length} entries`);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const time = dosTime(now);
  for (const output of outputs) {
    const record = output.kind === 'copy' ? copied(archive, output.entry) : created(deflatedPart(output, deflate), time);
    const local = localHeader(record);
    central.push(centralHeader(record, offset));
    chunks.push(local, record.data);
    offset += local.length + record.data.length;
  }
  const directorySize = central.reduce((sum, header) => sum + header.length, 0);
  appendAll(chunks, central);
  chunks.push(endOfDirectory(outputs.length, directorySize, offset));
  return chunks;
}

/** What both headers say of an entry, and its compressed bytes. */
type EntryRecord = Pick<ZipEntry, 'nameBytes' | 'flags' | 'method' | 'modTime' | 'modDate' | 'crc' | 'size'> & { readonly data: Uint8Array };

function copied(archive: Uint8Array, entry: ZipEntry): EntryRecord {
  return { ...entry, flags: entry.flags & ~DATA_DESCRIPTOR, data: compressedData(archive, entry) };
}

function deflatedPart(output: Exclude<ZipOutput, { kind: 'copy' }>, deflate: Deflate): DeflatedPart {
  if (output.kind === 'deflated') return output;
  const { compressed, crc } = deflate(output.data);
  return { kind: 'deflated', name: output.name, size: output.data.length, crc, compressed };
}

function created({ name, size, crc, compressed }: DeflatedPart, time: { time: number; date: number }): EntryRecord {
  return {
    nameBytes: encoder.encode(name),
    flags: UTF8_NAME,
    method: DEFLATED,
    modTime: time.time,
    modDate: time.date,
    crc,
    size,
    data: compressed,
  };
}

function localHeader(r: EntryRecord): Uint8Array {
  const header = new Uint8Array(30 + r.nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION, true);
  fillCommon(view, 6, r);
  header.set(r.nameBytes, 30);
  return header;
}

function centralHeader(r: EntryRecord, offset: number): Uint8Array {
  const header = new Uint8Array(46 + r.nameBytes.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  fillCommon(view, 8, r);
  view.setUint32(42, offset, true);
  header.set(r.nameBytes, 46);
  return header;
}

/** Flags, method, time, date, CRC, sizes and name length: the same fields in the same order in both headers. */
function fillCommon(view: DataView, at: number, r: EntryRecord): void {
  view.setUint16(at, r.flags, true);
  view.setUint16(at + 2, r.method, true);
  view.setUint16(at + 4, r.modTime, true);
  view.setUint16(at + 6, r.modDate, true);
  view.setUint32(at + 8, r.crc, true);
  view.setUint32(at + 12, r.data.length, true);
  view.setUint32(at + 16, r.size, true);
  view.setUint16(at + 20, r.nameBytes.length, true);
}

function endOfDirectory(count: number, size: number, offset: number): Uint8Array {
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return end;
}

function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}
