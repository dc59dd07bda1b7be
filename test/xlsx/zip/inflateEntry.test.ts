/**
 * Both ways of inflating an entry, held to the same rules: fflate's streaming one (the portable reader, which
 * the web page uses) and a host's whole-entry one (node:zlib in the CLI). A part comes out the same through
 * either, and a part that lies about its size or its CRC, or would pass the cap, is refused by both.
 */
import { NODE_INFLATER } from '../../../src/xlsx/nodeInflater';
import { ExpansionBudget, type WholeInflater } from '../../../src/xlsx/zip/ExpansionBudget';
import { inflateEntry, readEntryBytes } from '../../../src/xlsx/zip/inflateEntry';
import { PackageError } from '../../../src/xlsx/zip/PackageError';
import { readZipDirectory, type ZipEntry } from '../../../src/xlsx/zip/readZipDirectory';
import { writeZip } from '../../../src/xlsx/zip/writeZip';

const encoder = new TextEncoder();
// 3 MB of sheet-like XML: more than one of the pieces a whole entry is handed on in.
const SHEET = encoder.encode(`<sheetData>${Array.from({ length: 40_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('')}</sheetData>`);

function archiveOf(data: Uint8Array): { bytes: Uint8Array; entry: ZipEntry } {
  const chunks = writeZip(new Uint8Array(), [{ kind: 'new', name: 'xl/worksheets/sheet1.xml', data }], new Date(2025, 0, 1));
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { bytes, entry: readZipDirectory(bytes)[0] };
}

/** The archive with its central directory's declared size (or CRC) of the entry changed. */
function withCentral(data: Uint8Array, field: 'size' | 'crc', value: number): { bytes: Uint8Array; entry: ZipEntry } {
  const { bytes } = archiveOf(data);
  const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(central + (field === 'size' ? 24 : 16), value >>> 0, true);
  return { bytes, entry: readZipDirectory(bytes)[0] };
}

const inflaters: [string, WholeInflater | undefined][] = [
  ['fflate, streaming', undefined],
  ['node:zlib, whole', NODE_INFLATER],
];

function refusal(run: () => unknown): PackageError {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('expected a PackageError');
}

describe.each(inflaters)('inflateEntry through %s', (_, inflater) => {
  const budget = (maxInflatedBytes = 200 * 1024 * 1024) => new ExpansionBudget({ maxInflatedBytes, maxCells: 1e6 }, inflater);

  it('gives the entry back byte for byte, in pieces of at most a megabyte', () => {
    const { bytes, entry } = archiveOf(SHEET);
    const pieces: number[] = [];
    inflateEntry(bytes, entry, budget(), (chunk) => pieces.push(chunk.length));
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(SHEET.length);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.from(readEntryBytes(bytes, entry, budget())).equals(Buffer.from(SHEET))).toBe(true);
  });

  it('refuses an entry holding more than its directory declares', () => {
    const { bytes, entry } = withCentral(SHEET, 'size', 1000);
    const error = refusal(() => readEntryBytes(bytes, entry, budget()));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(inflater ? /more than the 1000 bytes it declares/ : /bytes instead of 1000/);
  });

  it('refuses an entry holding less than its directory declares', () => {
    const { bytes, entry } = withCentral(SHEET, 'size', SHEET.length + 1);
    expect(refusal(() => readEntryBytes(bytes, entry, budget())).message).toContain(`${SHEET.length} bytes instead of ${SHEET.length + 1}`);
  });

  it('refuses an entry whose CRC does not match', () => {
    const { bytes, entry } = withCentral(SHEET, 'crc', archiveOf(SHEET).entry.crc ^ 1);
    expect(refusal(() => readEntryBytes(bytes, entry, budget())).message).toContain('CRC mismatch');
  });

  it('stops at the cap on inflated bytes, for one entry and for all of them together', () => {
    const { bytes, entry } = archiveOf(SHEET);
    expect(refusal(() => readEntryBytes(bytes, entry, budget(SHEET.length - 1))).code).toBe('too-large');
    const shared = budget(SHEET.length * 1.5);
    readEntryBytes(bytes, entry, shared);
    expect(refusal(() => readEntryBytes(bytes, entry, shared)).code).toBe('too-large');
  });
});

describe('the whole-entry inflater', () => {
  it('refuses an entry declaring more than the cap before inflating anything', () => {
    const { bytes, entry } = withCentral(SHEET, 'size', 0xfffffffe);
    let inflated = false;
    const watching: WholeInflater = { ...NODE_INFLATER, inflate: (data, size) => ((inflated = true), NODE_INFLATER.inflate(data, size)) };
    expect(refusal(() => readEntryBytes(bytes, entry, new ExpansionBudget(undefined, watching))).code).toBe('too-large');
    expect(inflated).toBe(false);
  });
});
