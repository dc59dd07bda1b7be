import { crc32, createDeflateRaw } from 'node:zlib';
import type { SheetModel } from '../core';
import type { OpenedWorkbook } from './readWorkbook';
import { saveFile } from './saveFile';
import { WorkbookWriteError } from './WorkbookWriteError';
import { NEW_WORKBOOK_MARKER, renderNewPackage } from './writer/renderNewPackage';
import { DEFLATE_LEVEL, deflateAside, isMissingOr } from './writeOutputWorkbook';
import { writeZip, type ZipOutput } from './zip/writeZip';

/**
 * A workbook made of our sheet models alone (a reviewer's summary), saved as `path` whole or not at all. An
 * existing file there is replaced only if it is a summary this tool made (its marker name inside) or with
 * `force` (WorkbookWriteError 'not-ours'): a unit's own workbook of that name is never overwritten by mistake.
 */
export async function writeNewWorkbook(models: readonly SheetModel<string>[], path: string, options: { readonly force?: boolean } = {}): Promise<void> {
  const summary = (existing: OpenedWorkbook) => existing.pkg.workbook.definedNames.some((name) => name.name === NEW_WORKBOOK_MARKER);
  if (!options.force && !(await isMissingOr(path, () => () => false, summary))) throw new WorkbookWriteError('not-ours', path);
  // Each part deflated by node:zlib as soon as it is rendered, a sheet piece by piece: its XML is never one buffer.
  const parts: ZipOutput[] = [];
  for (const part of renderNewPackage(models)) parts.push(part.kind === 'pieces' ? await deflatePieces(part.name, part.pieces) : await deflateAside(part));
  await saveFile(path, writeZip(new Uint8Array(), parts, new Date()));
}

/** Pieces through one raw-DEFLATE stream, their CRC-32 summed as they pass. */
async function deflatePieces(name: string, pieces: readonly Uint8Array[]): Promise<ZipOutput> {
  const stream = createDeflateRaw({ level: DEFLATE_LEVEL });
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((done, fail) => stream.on('end', done).on('error', fail));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!stream.write(piece)) await new Promise((drained) => stream.once('drain', drained));
  }
  stream.end();
  await ended;
  return { kind: 'deflated', name, size, crc, compressed: Buffer.concat(out) };
}
