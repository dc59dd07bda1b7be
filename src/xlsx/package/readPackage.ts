import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../core';
import { ExpansionBudget, type ReadLimits, type WholeInflater } from '../zip/ExpansionBudget';
import { PackageError } from '../zip/PackageError';
import { readZipDirectory, type ZipEntry } from '../zip/readZipDirectory';
import { readRelationships, type Relationship } from './readRelationships';
import { readSharedStrings } from './readSharedStrings';
import { readSheetPart, type SheetContext } from './readSheetPart';
import { readCellFormats } from './readStyles';
import { readTablePart } from './readTablePart';
import { readWorkbookPart } from './readWorkbookPart';
import type { PackageSheet, XlsxPackage } from './XlsxPackage';

/** What reading a package gives: the package for the writer, and the snapshot of every worksheet for the engine. */
export interface ReadPackageResult {
  readonly pkg: XlsxPackage;
  readonly snapshot: WorkbookSnapshot;
}

/** Which worksheets to read, chosen once the workbook part is known; every one unless said otherwise. */
export type SheetChoice = (pkg: XlsxPackage) => (sheet: PackageSheet) => boolean;

export interface ReadPackageOptions {
  /** DEFAULT_READ_LIMITS unless said otherwise. */
  readonly limits?: ReadLimits;
  readonly choose?: SheetChoice;
  /** The host's faster inflater (node:zlib in the CLI); parts stream through fflate without one. */
  readonly inflater?: WholeInflater;
}

/**
 * An .xlsx package (bytes in memory, as a file or a browser's File gives them) as a WorkbookSnapshot: each
 * worksheet in tab order, hidden ones included (our settings sheet is very hidden); chart, dialog and macro
 * sheets hold no cells and are left out, and so are those `choose` leaves out. Parts are inflated one at a
 * time within the limits. Throws PackageError.
 */
export function readPackage(bytes: Uint8Array, options: ReadPackageOptions = {}): ReadPackageResult {
  const { choose } = options;
  const budget = new ExpansionBudget(options.limits, options.inflater);
  const entries = readZipDirectory(bytes);
  const byName = new Map<string, ZipEntry>(entries.map((entry) => [entry.name, entry]));
  const pkg = readStructure(bytes, entries, byName, budget);
  const rel = (type: string) => pkg.workbookRelationships.find((r) => r.type === type && !r.external);
  const part = (relationship: Relationship | undefined) => (relationship ? byName.get(relationship.target) : undefined);
  const sharedStrings = readSharedStrings(bytes, part(rel('sharedStrings')), budget);
  const cellFormats = readCellFormats(bytes, part(rel('styles')), budget);
  const chosen = choose ? choose(pkg) : () => true;
  const sheets: SheetSnapshot[] = [];
  for (const sheet of pkg.sheets) {
    if (sheet.kind !== 'worksheet' || !chosen(sheet)) continue;
    const context = { sheet: sheet.name, sharedStrings, cellFormats, date1904: pkg.workbook.date1904, budget };
    sheets.push(readSheet(bytes, byName, sheet, context));
  }
  return { pkg, snapshot: { sheets } };
}

function readStructure(bytes: Uint8Array, entries: readonly ZipEntry[], byName: Map<string, ZipEntry>, budget: ExpansionBudget): XlsxPackage {
  const root = readRelationships(bytes, byName, '', budget).find((r) => r.type === 'officeDocument' && !r.external);
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  const workbookEntry = byName.get(workbookPart);
  // A zip that is a .docx, an .ods or an .xlsb has no SpreadsheetML workbook part.
  if (!workbookEntry || !/\.xml$/i.test(workbookPart)) throw new PackageError('not-xlsx', workbookPart);
  const workbook = readWorkbookPart(bytes, workbookEntry, budget);
  const workbookRelationships = readRelationships(bytes, byName, workbookPart, budget);
  const byId = new Map(workbookRelationships.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  for (const entry of workbook.sheets) {
    const target = byId.get(entry.relationshipId);
    if (!target || target.external) throw new PackageError('corrupt', `sheet ${entry.name} has no part`);
    sheets.push({ ...entry, kind: target.type, part: target.target });
  }
  if (!sheets.some((s) => s.kind === 'worksheet')) throw new PackageError('not-xlsx', 'no worksheet');
  return { bytes, entries, byName, workbookPart, workbook, workbookRelationships, sheets };
}

function readSheet(bytes: Uint8Array, byName: ReadonlyMap<string, ZipEntry>, sheet: PackageSheet, context: SheetContext): SheetSnapshot {
  const entry = byName.get(sheet.part);
  if (!entry) throw new PackageError('corrupt', `${sheet.part} is missing`);
  const content = readSheetPart(bytes, entry, context);
  const { origin, rows, formats } = content.rows.finish();
  const tables: TableSnapshot[] = [];
  if (content.tableIds.length > 0) {
    const rels = readRelationships(bytes, byName, sheet.part, context.budget);
    for (const id of content.tableIds) {
      const target = rels.find((r) => r.id === id && !r.external);
      const tableEntry = target ? byName.get(target.target) : undefined;
      const table = tableEntry ? readTablePart(bytes, tableEntry, context.budget) : null;
      if (table) tables.push(table);
    }
  }
  return { name: sheet.name, origin, rows, formats, merges: content.merges, tables };
}
