import type { SheetModel } from '../../core';
import { relsPathOf, relativeTarget } from '../package/partPaths';
import type { XlsxPackage } from '../package/XlsxPackage';
import { ExpansionBudget } from '../zip/ExpansionBudget';
import { readEntryBytes } from '../zip/inflateEntry';
import type { ZipOutput } from '../zip/writeZip';
import { appendStyles, EMPTY_STYLES, styleKeysOf } from './appendStyles';
import { editContentTypes, editRelationships, type NewRelationship } from './editPackageXml';
import { editWorkbookXml, type NewSheetEntry } from './editWorkbookXml';
import type { PackagePort } from './PackagePort';
import { renderSheetXml } from './renderSheetXml';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The entries of OUT, in order, each rendered when it is asked for: every entry of IN byte for byte, except the parts that list sheets and styles, which are
 * edited as text, and the parts of our previous sheets, which go; then our new sheets. The calculation chain
 * (a cache of formula cells by sheet, which Excel rebuilds) goes too when a sheet is deleted, since it may
 * name that sheet's cells and Excel would then call the file damaged.
 */
export function* renderPackage(pkg: XlsxPackage, port: PackagePort): Generator<ZipOutput, void, undefined> {
  const budget = new ExpansionBudget();
  const text = (part: string) => decoder.decode(readEntryBytes(pkg.bytes, entryOf(pkg, part), budget));
  const deleted = pkg.sheets.filter((sheet) => !port.sheets.some((s) => s.original === sheet));
  const added = placeNewSheets(pkg, port);
  const removedParts = new Set<string>();
  const droppedRels = new Set<string>();
  for (const sheet of deleted) {
    removedParts.add(sheet.part).add(relsPathOf(sheet.part));
    droppedRels.add(sheet.relationshipId);
  }
  const calcChain = pkg.workbookRelationships.find((r) => r.type === 'calcChain');
  if (deleted.length > 0 && calcChain) {
    removedParts.add(calcChain.target);
    droppedRels.add(calcChain.id);
  }

  const styles = pkg.workbookRelationships.find((r) => r.type === 'styles' && !r.external && pkg.byName.has(r.target));
  const appended = appendStyles(styles ? text(styles.target) : EMPTY_STYLES, styleKeysOf(added.map((a) => a.entry.model)));
  const stylesPart = styles?.target ?? `${folderOf(pkg.workbookPart)}styles.xml`;
  const newRels: NewRelationship[] = added.map(({ entry, part }) => ({ id: entry.relationshipId, type: 'worksheet', target: relativeTarget(pkg.workbookPart, part) }));
  const newTypes = added.map(({ part }) => ({ part, type: WORKSHEET_TYPE }));
  if (!styles) {
    newRels.push({ id: freeId(pkg, added.length), type: 'styles', target: relativeTarget(pkg.workbookPart, stylesPart) });
    newTypes.push({ part: stylesPart, type: STYLES_TYPE });
  }

  const edited = new Map<string, string>([
    [pkg.workbookPart, editWorkbookXml(text(pkg.workbookPart), port.sheets, pkg.sheets.map((s) => s.name), added.map((a) => a.entry), port.markers)],
    [relsPathOf(pkg.workbookPart), editRelationships(text(relsPathOf(pkg.workbookPart)), droppedRels, newRels)],
    [CONTENT_TYPES, editContentTypes(text(CONTENT_TYPES), removedParts, newTypes)],
    [stylesPart, appended.xml],
  ]);
  for (const entry of pkg.entries) {
    if (removedParts.has(entry.name)) continue;
    const replaced = edited.get(entry.name);
    if (replaced === undefined) yield { kind: 'copy', entry };
    else {
      yield { kind: 'new', name: entry.name, data: encoder.encode(replaced) };
      edited.delete(entry.name);
    }
  }
  for (const [name, xml] of edited) yield { kind: 'new', name, data: encoder.encode(xml) };
  // One sheet at a time, the largest first: the caller deflates each while the next ones are rendered, so
  // the 20 000 lines of 自评_预算执行 are compressed while the smaller sheets are written. The package's order of
  // parts means nothing; the tab order is the workbook part's.
  const largestFirst = [...added].sort((a, b) => b.entry.model.cells.length - a.entry.model.cells.length);
  for (const { entry, part } of largestFirst) yield { kind: 'new', name: part, data: renderSheetXml(entry.model, appended.xfIndex) };
}

/** Each sheet we add: a free part name, relationship id and sheet id, in tab order. */
function placeNewSheets(pkg: XlsxPackage, port: PackagePort): { entry: NewSheetEntry; part: string }[] {
  const takenParts = new Set(pkg.entries.map((e) => e.name));
  let sheetId = pkg.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0);
  let partNumber = 1;
  const placed: { entry: NewSheetEntry; part: string }[] = [];
  for (const sheet of port.sheets) {
    if (sheet.original !== null) continue;
    const model: SheetModel<string> | null = sheet.model;
    if (!model) throw new Error(`sheet ${sheet.name} was added but never written`);
    while (takenParts.has(`${folderOf(pkg.workbookPart)}worksheets/sheet${partNumber}.xml`)) partNumber++;
    const part = `${folderOf(pkg.workbookPart)}worksheets/sheet${partNumber}.xml`;
    takenParts.add(part);
    placed.push({ entry: { sheet, model, sheetId: ++sheetId, relationshipId: freeId(pkg, placed.length) }, part });
  }
  return placed;
}

/** The n-th relationship id no relationship of the workbook part has (`rId7`, `rId8`…). */
function freeId(pkg: XlsxPackage, n: number): string {
  const taken = new Set(pkg.workbookRelationships.map((r) => r.id));
  let found = -1;
  for (let i = 1; ; i++) {
    if (taken.has(`rId${i}`)) continue;
    if (++found === n) return `rId${i}`;
  }
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

function entryOf(pkg: XlsxPackage, part: string) {
  const entry = pkg.byName.get(part);
  if (!entry) throw new Error(`the package has no ${part}`);
  return entry;
}
