/**
 * Workbooks that once exhausted memory or the stack, each read by the CLI in a process of its own whose peak
 * resident memory is measured: a zip bomb, rows with cells in A and XFD, a sheet of 1 048 576 rows. No timing
 * is asserted here (that is npm run bench's job); memory is, since that is what killed Node before.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { crc32 } from '../../src/xlsx/zip/crc32';
import { writeZip } from '../../src/xlsx/zip/writeZip';
import { bundleCli, runScript } from './childProcess';
import { makeTempDir } from './fixtures';
import { rawZip } from './rawWorkbook';

jest.setTimeout(180_000);

let dir: string;
let cleanup: () => Promise<void>;
let cli: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  cli = bundleCli(dir);
});
afterAll(() => cleanup());

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A workbook whose only sheet part is `sheet`, given as its bytes before compression. */
async function workbookWith(name: string, sheet: Uint8Array): Promise<string> {
  const zip = rawZip({ sheets: [{ name: '表', body: '' }] });
  const files: { name: string; data: Uint8Array }[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) files.push({ name: file.name, data: file.name === 'xl/worksheets/sheet1.xml' ? sheet : await file.async('uint8array') });
  }
  const chunks = writeZip(new Uint8Array(), files.map((f) => ({ kind: 'new' as const, ...f })), new Date(2025, 0, 1));
  const path = join(dir, name);
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

/** A sheet part of 1.5 GB deflated to 1.5 MB (spaces inside a tag, which a SAX parser does not keep), made once. */
let bombPart: Promise<{ deflated: Buffer; size: number }> | null = null;
const bomb = () => (bombPart ??= deflatedBomb());

async function deflatedBomb(): Promise<{ deflated: Buffer; size: number }> {
  const head = Buffer.from(`<?xml version="1.0"?><worksheet ${MAIN}><sheetData><row r="1"><c r="A1"`);
  const tail = Buffer.from('/></row></sheetData></worksheet>');
  const spaces = 1.5 * 1024 ** 3;
  const deflated: Buffer[] = [];
  const chunk = Buffer.alloc(64 * 1024 ** 2, 0x20);
  const stream = createDeflateRaw({ level: 9, strategy: constants.Z_RLE });
  stream.on('data', (d: Buffer) => deflated.push(d));
  const finished = new Promise((done) => stream.on('end', done));
  stream.write(head);
  for (let written = 0; written < spaces; written += chunk.length) {
    if (!stream.write(chunk)) await new Promise((done) => stream.once('drain', done));
  }
  stream.end(tail);
  await finished;
  return { deflated: Buffer.concat(deflated), size: head.length + spaces + tail.length };
}

/**
 * The raw workbook packed by hand, its sheet part replaced by already-deflated bytes that claim `size`: a zip
 * writer would have to inflate them to know their CRC, and the reader stops long before it checks it.
 */
async function packWithPart(fileName: string, deflated: Buffer, size: number): Promise<string> {
  const zip = rawZip({ sheets: [{ name: '表', body: '' }] });
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const raw = await file.async('nodebuffer');
    const isSheet = file.name === 'xl/worksheets/sheet1.xml';
    const data = isSheet ? deflated : deflateRawSync(raw);
    const name = Buffer.from(file.name);
    const fields = Buffer.alloc(26); // version, flags, method, time, date, CRC, sizes, name length, extra length
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(0x800, 2);
    fields.writeUInt16LE(8, 4);
    fields.writeUInt32LE(isSheet ? 0 : crc32(raw), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(isSheet ? size : raw.length, 18);
    fields.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fields, name]);
    const centralFields = Buffer.alloc(42);
    fields.copy(centralFields, 2);
    centralFields.writeUInt16LE(20, 0);
    centralFields.writeUInt32LE(offset, 38);
    central.push(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02]), centralFields, name]));
    parts.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const path = join(dir, fileName);
  await writeFile(path, Buffer.concat([...parts, directory, end]));
  return path;
}

describe('the CLI within its memory', () => {
  it('refuses a 1.5 MB zip inflating to 1.5 GB within 300 MB, saying so', async () => {
    const { deflated, size } = await bomb();
    const run = await runScript(cli, ['evaluate', await packWithPart('bomb.xlsx', deflated, size)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('工作簿展开后超过 200 MB');
    expect(run.peakMiB).toBeLessThan(300);
    console.log(`zip bomb refused at a peak of ${run.peakMiB.toFixed(0)} MiB`);
  });

  it('refuses the same zip declaring a size of 100 KB as damaged, within 300 MB', async () => {
    const { deflated } = await bomb();
    const run = await runScript(cli, ['evaluate', await packWithPart('lying-bomb.xlsx', deflated, 100_000)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('已损坏');
    expect(run.peakMiB).toBeLessThan(300);
    console.log(`zip bomb declaring 100 KB refused at a peak of ${run.peakMiB.toFixed(0)} MiB`);
  });

  it('reads 30 000 rows with cells in A and XFD within 300 MB', async () => {
    const rows = Array.from({ length: 30_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="XFD${r + 1}"><v>1</v></c></row>`);
    const path = await workbookWith('sparse.xlsx', Buffer.from(`<worksheet ${MAIN}><sheetData>${rows.join('')}</sheetData></worksheet>`));
    const run = await runScript(cli, ['evaluate', path, '--json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.peakMiB).toBeLessThan(300);
    console.log(`30 000 sparse A/XFD rows read at a peak of ${run.peakMiB.toFixed(0)} MiB`);
  });

  it('evaluates a sheet of 1 048 576 rows × 3 columns, every line read', async () => {
    const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>全年预算数</t></is></c><c r="C1" t="inlineStr"><is><t>全年执行数</t></is></c></row>`];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>项目${r}</t></is></c><c r="B${r}"><v>${r % 997}</v></c><c r="C${r}"><v>${r % 991}</v></c></row>`);
    const path = await workbookWith('tall.xlsx', Buffer.from(`<worksheet ${MAIN}><sheetData>${rows.join('')}</sheetData></worksheet>`));
    const run = await runScript(cli, ['evaluate', path, '--lang', 'en']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('Rule set: dept-2024');
    expect(run.stdout).toMatch(/^Total \d/m);
  });
});
