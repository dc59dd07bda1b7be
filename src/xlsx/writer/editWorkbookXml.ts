import { cellAddress, isOwnMarker, quoteSheetName, type CellRange, type SheetModel } from '../../core';
import type { PortMarker, PortSheet } from './PackagePort';
import { escapeAttribute, escapeText, rootPrefix } from './xmlText';

/** A sheet of ours as the workbook part lists it. */
export interface NewSheetEntry {
  readonly sheet: PortSheet;
  readonly model: SheetModel<string>;
  readonly sheetId: number;
  readonly relationshipId: string;
}

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * workbook.xml with the sheet list and the defined names as the port left them, everything else as it was,
 * character for character. A defined name local to a sheet follows its sheet's new position (or goes with
 * it); the active tab too. Our sheets' print areas and print titles are local names, as Excel keeps them.
 */
export function editWorkbookXml(
  xml: string,
  sheets: readonly PortSheet[],
  originals: readonly PortSheet['name'][],
  added: readonly NewSheetEntry[],
  markers: ReadonlyMap<string, PortMarker>,
): string {
  const p = rootPrefix(xml, 'workbook');
  const r = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS}"`).exec(xml)?.[1] ?? 'r';
  const newIndex = indexMap(sheets, originals);
  const sheetList = sheets.map((sheet) => sheetElement(sheet, added, p, r, xml));
  let out = replaceBlock(xml, p, 'sheets', sheetList.join(''));
  const names = keptNames(out, p, newIndex, markers);
  for (const [marker, place] of markers) {
    if (place.original === null) names.push(`<${p}definedName name="${marker}">${escapeText(`${quoteSheetName(place.sheet)}!$A$1`)}</${p}definedName>`);
  }
  for (const entry of added) for (const name of localNames(entry.model, entry.sheet.name, sheets.indexOf(entry.sheet), p)) names.push(name);
  out = names.length > 0 ? setDefinedNames(out, p, names.join('')) : removeBlock(out, p, 'definedNames');
  return remapActiveTab(out, p, newIndex);
}

/** Old tab position → new one, for the sheets that stay; -1 for the ones deleted. */
function indexMap(sheets: readonly PortSheet[], originals: readonly string[]): number[] {
  return originals.map((_, old) => sheets.findIndex((s) => s.original !== null && originalIndex(s, originals) === old));
}

function originalIndex(sheet: PortSheet, originals: readonly string[]): number {
  return sheet.original === null ? -1 : originals.indexOf(sheet.original.name);
}

function sheetElement(sheet: PortSheet, added: readonly NewSheetEntry[], p: string, r: string, xml: string): string {
  if (sheet.original === null) {
    const entry = added.find((a) => a.sheet === sheet);
    if (!entry) throw new Error(`sheet ${sheet.name} was added but never written`);
    const state = entry.model.veryHidden ? ' state="veryHidden"' : '';
    return `<${p}sheet name="${escapeAttribute(sheet.name)}" sheetId="${entry.sheetId}"${state} ${r}:id="${entry.relationshipId}"/>`;
  }
  const { original } = sheet;
  const element = elements(xml, p, 'sheet').find((e) => attribute(e, `${r}:id`) === original.relationshipId);
  if (!element) throw new Error(`sheet ${original.name} is not in the workbook part`);
  return sheet.name === original.name ? element : element.replace(/\bname="[^"]*"/, `name="${escapeAttribute(sheet.name)}"`);
}

/** The user's defined names, as written; ours only while unchanged; local ones renumbered with their sheet. */
function keptNames(xml: string, p: string, newIndex: readonly number[], markers: ReadonlyMap<string, PortMarker>): string[] {
  const kept: string[] = [];
  for (const element of elements(xml, p, 'definedName')) {
    const name = decode(attribute(element, 'name') ?? '');
    const local = attribute(element, 'localSheetId');
    if (local === undefined) {
      if (!isOwnMarker(name) || markers.get(name)?.original != null) kept.push(element);
      continue;
    }
    const moved = newIndex[Number(local)] ?? -1;
    if (moved >= 0) kept.push(element.replace(/\blocalSheetId="\d+"/, `localSheetId="${moved}"`));
  }
  return kept;
}

/**
 * The names Excel keeps local to a sheet of ours, as `<definedName>` elements: its print area and print titles,
 * and the block its filter buttons cover (the hidden _FilterDatabase Excel itself writes beside an autoFilter).
 */
export function localNames(model: SheetModel<string>, sheetName: string, index: number, p: string): string[] {
  const names: string[] = [];
  const quoted = quoteSheetName(sheetName);
  const { area, repeatRows } = model.print;
  const block = (range: CellRange) => `${quoted}!$${absolute(cellAddress(range.top, range.left))}:$${absolute(cellAddress(range.bottom, range.right))}`;
  const define = (name: string, formula: string, hidden = false) =>
    names.push(`<${p}definedName name="${name}" localSheetId="${index}"${hidden ? ' hidden="1"' : ''}>${escapeText(formula)}</${p}definedName>`);
  if (model.autoFilter) define('_xlnm._FilterDatabase', block(model.autoFilter), true);
  if (area) define('_xlnm.Print_Area', block(area));
  if (repeatRows) define('_xlnm.Print_Titles', `${quoted}!$${repeatRows.first + 1}:$${repeatRows.last + 1}`);
  return names;
}

/** `B12` → `B$12`, to follow the leading `$`: `$B$12`. */
function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, '$1$$$2');
}

function remapActiveTab(xml: string, p: string, newIndex: readonly number[]): string {
  return xml.replace(new RegExp(`<${p}workbookView\\b[^>]*>`), (view) =>
    view.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_whole, key: string, value: string) => `${key}="${Math.max(newIndex[Number(value)] ?? 0, 0)}"`),
  );
}

function elements(xml: string, p: string, name: string): string[] {
  return xml.match(new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`, 'g')) ?? [];
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function replaceBlock(xml: string, p: string, name: string, body: string): string {
  const block = new RegExp(`<${p}${name}\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}${name}>)`);
  if (!block.test(xml)) throw new Error(`workbook part without ${name}`);
  return xml.replace(block, (_whole, attributes: string) => `<${p}${name}${attributes}>${body}</${p}${name}>`);
}

function removeBlock(xml: string, p: string, name: string): string {
  return xml.replace(new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`), '');
}

/** The defined names replaced, or placed right after the sheet list where the workbook had none (CT_Workbook's order). */
function setDefinedNames(xml: string, p: string, body: string): string {
  if (new RegExp(`<${p}definedNames\\b`).test(xml)) return replaceBlock(xml, p, 'definedNames', body);
  return xml.replace(new RegExp(`</${p}sheets>`), (end) => `${end}<${p}definedNames>${body}</${p}definedNames>`);
}
