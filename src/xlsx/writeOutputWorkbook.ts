import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { isResultSheet, type SheetModel, type WorkbookPort } from '../core';
import { openWorkbook, type OpenedWorkbook } from './readWorkbook';
import { saveFile } from './saveFile';
import { WorkbookWriteError } from './WorkbookWriteError';
import type { SheetChoice } from './package/readPackage';
import type { PackageSheet, XlsxPackage } from './package/XlsxPackage';
import { resultPort } from './resultPackage';
import { ownMarkerPlace } from './writer/PackagePort';
import { renderPackage } from './writer/renderPackage';
import { writeZip, type DeflatedPart, type ZipOutput } from './zip/writeZip';

const deflateInPool = promisify(deflateRaw);

/** On a 20 000-line 自评_预算执行 (11 MB of XML), 4% larger than level 6 in 70% of the time. */
export const DEFLATE_LEVEL = 5;

/**
 * A new part deflated by Node's zlib in its thread pool while the main thread renders the next sheet: several
 * times faster than fflate (native code), and on a second core. The bytes are raw DEFLATE either way. Reading
 * stays on fflate, whose streaming inflater counts every chunk against the caps and runs in a browser too.
 */
export async function deflateAside(output: ZipOutput): Promise<ZipOutput> {
  if (output.kind !== 'new') return output;
  const crc = crc32(output.data);
  // Room for the whole result at once: with zlib's 16 KB default the pool thread stops after every 16 KB of
  // output until the main thread, busy rendering the next sheet, hands it another buffer. Sheet XML shrinks
  // to a tenth or so; a part that does not still comes out whole, in more than one buffer.
  const compressed = await deflateInPool(output.data, { level: DEFLATE_LEVEL, chunkSize: Math.max(64 * 1024, output.data.length >> 2) });
  return { kind: 'deflated', name: output.name, size: output.data.length, crc, compressed } satisfies DeflatedPart;
}

export interface WriteOutputOptions {
  /** Wraps the port the writer uses: tests inject faults here. */
  readonly port?: (port: WorkbookPort) => WorkbookPort;
  /** Replace an existing OUT even when it is not a workbook this tool wrote. */
  readonly force?: boolean;
}

/**
 * A copy of the user's package with our result sheets added or replaced, saved as `path`: every part of the
 * user's is copied byte for byte (renderPackage). replaceOutputSheets decides what is replaced and refuses a
 * name clash (OutputSheetConflictError) before any change; saveFile writes the file whole or not at all. An
 * existing file at `path` is replaced only if this tool wrote it, or with `force` (WorkbookWriteError 'not-ours').
 */
export async function writeOutputWorkbook(
  opened: OpenedWorkbook,
  models: readonly SheetModel[],
  path: string,
  options: WriteOutputOptions = {},
): Promise<void> {
  if (!options.force && !(await isMissingOrOurs(path))) throw new WorkbookWriteError('not-ours', path);
  const port = await resultPort(opened, models, { wrap: options.port });
  const outputs = await Promise.all(Array.from(renderPackage(opened.pkg, port), deflateAside));
  const chunks = writeZip(opened.pkg.bytes, outputs, new Date());
  await saveFile(path, chunks);
}

/**
 * True when nothing is at `path` yet (or a folder, which saveFile names), or when the workbook there is one this
 * tool wrote by `ours`, reading only the sheets `sheets` chooses. A text file, a damaged file, another program's
 * is not ours to replace.
 */
export async function isMissingOr(path: string, sheets: SheetChoice, ours: (existing: OpenedWorkbook) => boolean): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return true;
  } catch {
    return true;
  }
  try {
    return ours(await openWorkbook(path, { sheets }));
  } catch {
    return false;
  }
}

/**
 * An OUT of ours: one of our result markers names a sheet that carries our content marker too. Only one sheet
 * our markers name is read, so that checking an earlier OUT of 20 000 lines does not cost reading all of it.
 */
function isMissingOrOurs(path: string): Promise<boolean> {
  return isMissingOr(path, smallestMarkedSheet, (existing) => {
    const results = new Set(existing.snapshot.sheets.filter(isResultSheet).map((sheet) => sheet.name));
    return existing.pkg.workbook.definedNames.some((name) => {
      const place = ownMarkerPlace(name);
      return place !== null && results.has(place.sheet);
    });
  });
}

/**
 * The one sheet the ownership check reads: of those our markers name, the smallest part (自评_报告 rather than
 * a 自评_预算执行 of 20 000 lines). One is enough: a user's sheet does not carry our content marker.
 */
function smallestMarkedSheet(pkg: XlsxPackage): (sheet: PackageSheet) => boolean {
  const named = new Set(pkg.workbook.definedNames.map((name) => ownMarkerPlace(name)?.sheet));
  const size = (sheet: PackageSheet) => pkg.byName.get(sheet.part)?.size ?? Infinity;
  const marked = pkg.sheets.filter((sheet) => named.has(sheet.name));
  const smallest = marked.reduce<PackageSheet | null>((best, sheet) => (best === null || size(sheet) < size(best) ? sheet : best), null);
  return (sheet) => sheet === smallest;
}
