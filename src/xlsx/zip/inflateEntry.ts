import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import type { ExpansionBudget, WholeInflater } from './ExpansionBudget';
import { PackageError } from './PackageError';
import { compressedData, type ZipEntry } from './readZipDirectory';

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1 032×, so a chunk of a zip bomb
 * is at most 4 MB, text and all; at 64 KB a bomb's chunks (66 MB, then as text) took 750 MB before the cap.
 */
const SLICE = 4 * 1024;

/**
 * Inflates one entry, handing each inflated chunk to `onChunk` as it comes (nothing is kept here), counting
 * every byte against `budget`, and checks the size and CRC-32 the central directory gives once it is done.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry, budget: ExpansionBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.flags & ENCRYPTED) throw new PackageError('corrupt', `${entry.name} is encrypted`);
  const data = compressedData(archive, entry);
  let size = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    budget.inflate(entry.name, size, chunk.length);
    crc = crc32(chunk, crc);
    onChunk(chunk);
  };
  if (entry.method === STORED) take(data);
  else if (entry.method === DEFLATED && budget.wholeInflater) return inflateWhole(entry, data, budget, budget.wholeInflater, onChunk);
  else if (entry.method === DEFLATED) inflateSlices(entry, data, take);
  else throw new PackageError('corrupt', `${entry.name}: compression method ${entry.method}`);
  checkSizeAndCrc(entry, size, crc);
}

function checkSizeAndCrc(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size) throw new PackageError('corrupt', `${entry.name}: ${size} bytes instead of ${entry.size}`);
  if (crc !== entry.crc) throw new PackageError('corrupt', `${entry.name}: CRC mismatch`);
}

/** Handed on in pieces of this many bytes, so that a large part never becomes one string. */
const PIECE = 1024 * 1024;

/**
 * The entry inflated at once by the host's inflater, which stops at the size the directory declares: an entry
 * that declares more than the caps allow is refused before any work, one that holds more than it declares as
 * soon as it passes it.
 */
function inflateWhole(entry: ZipEntry, data: Uint8Array, budget: ExpansionBudget, inflater: WholeInflater, onChunk: (chunk: Uint8Array) => void): void {
  budget.expect(entry.name, entry.size);
  let bytes: Uint8Array;
  try {
    bytes = inflater.inflate(data, entry.size);
  } catch (error) {
    throw new PackageError('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  budget.inflate(entry.name, bytes.length, bytes.length);
  checkSizeAndCrc(entry, bytes.length, inflater.crc32(bytes));
  for (let at = 0; at < bytes.length; at += PIECE) onChunk(bytes.subarray(at, Math.min(at + PIECE, bytes.length)));
}

function inflateSlices(entry: ZipEntry, data: Uint8Array, take: (chunk: Uint8Array) => void): void {
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < data.length || at === 0; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A whole entry in memory: for the small parts (workbook, relationships, styles) and for the writer. */
export function readEntryBytes(archive: Uint8Array, entry: ZipEntry, budget: ExpansionBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflateEntry(archive, entry, budget, (chunk) => chunks.push(chunk));
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(entry.size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
