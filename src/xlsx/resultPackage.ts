import { isLeftoverSheet, replaceOutputSheets, type SheetModel, type WorkbookPort } from '../core';
import type { OpenedWorkbook } from './openWorkbookBytes';
import { PackagePort } from './writer/PackagePort';
import { renderNewPackage } from './writer/renderNewPackage';
import { renderPackage } from './writer/renderPackage';
import { writeZip, type ZipOutput } from './zip/writeZip';

/**
 * The port over `opened` with our result sheets in place of earlier ones (replaceOutputSheets: a name clash
 * refused before any change), and our settings sheet when one is given. `wrap` lets tests inject faults.
 */
export async function resultPort(
  opened: OpenedWorkbook,
  models: readonly SheetModel[],
  options: { readonly settings?: SheetModel<string>; readonly wrap?: (port: WorkbookPort) => WorkbookPort } = {},
): Promise<PackagePort> {
  const leftovers = opened.snapshot.sheets.filter(isLeftoverSheet).map((sheet) => sheet.name);
  const port = new PackagePort(opened.pkg, opened.snapshot, leftovers);
  await replaceOutputSheets(options.wrap ? options.wrap(port) : port, models);
  if (options.settings) port.putSettingsSheet(options.settings);
  return port;
}

/**
 * The user's workbook with our sheets added, as a file's bytes, deflated by fflate: what the web page downloads
 * (the CLI's --out is the same package, deflated by node:zlib). Every user part is copied as it was. The bytes
 * are a buffer of their own, never a view of the opened file's.
 */
export async function resultWorkbookBytes(opened: OpenedWorkbook, models: readonly SheetModel[], now: Date, settings?: SheetModel<string>): Promise<Uint8Array> {
  const port = await resultPort(opened, models, { settings });
  return joined(writeZip(opened.pkg.bytes, Array.from(renderPackage(opened.pkg, port)), now));
}

/** A workbook of our sheet models alone (a reviewer's summary), as a file's bytes, deflated by fflate. */
export function newWorkbookBytes(models: readonly SheetModel<string>[], now: Date): Uint8Array {
  const parts = Array.from(renderNewPackage(models), (part): ZipOutput => (part.kind === 'pieces' ? { kind: 'new', name: part.name, data: joined(part.pieces) } : part));
  return joined(writeZip(new Uint8Array(), parts, now));
}

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
