import type { SheetModel } from '../../core';
import type { ZipOutput } from '../zip/writeZip';
import { appendStyles, EMPTY_STYLES, styleKeysOf } from './appendStyles';
import { localNames } from './editWorkbookXml';
import { renderSheetPieces } from './renderSheetXml';
import { escapeAttribute, escapeText } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const encoder = new TextEncoder();

/** The defined name that marks a workbook as one this tool made whole (a reviewer's summary), so it may be replaced. */
export const NEW_WORKBOOK_MARKER = 'BudgetPerf_Summary';

/**
 * A workbook of our own from sheet models alone (a reviewer's summary): the smallest package Excel, WPS and
 * LibreOffice open without a word — content types, relationships, a workbook part listing the sheets with
 * their print and filter names, the core's looks as styles.xml, and each sheet as renderSheetXml writes it.
 */
/** A part of a new package: whole, or a sheet in the pieces it was encoded in (a summary's 问题清单 can be 100 MB). */
export type NewPart = ZipOutput | { readonly kind: 'pieces'; readonly name: string; readonly pieces: readonly Uint8Array[] };

export function* renderNewPackage(models: readonly SheetModel<string>[]): Generator<NewPart, void, undefined> {
  const styles = appendStyles(EMPTY_STYLES, styleKeysOf(models));
  const text = (name: string, xml: string): ZipOutput => ({ kind: 'new', name, data: encoder.encode(xml) });
  yield text('[Content_Types].xml', contentTypes(models.length));
  yield text('_rels/.rels', `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  yield text('xl/workbook.xml', workbookXml(models));
  yield text('xl/_rels/workbook.xml.rels', workbookRels(models.length));
  yield text('xl/styles.xml', styles.xml);
  // One sheet at a time: the caller deflates each before the next is rendered.
  for (const [i, model] of models.entries()) yield { kind: 'pieces', name: `xl/worksheets/sheet${i + 1}.xml`, pieces: renderSheetPieces(model, styles.xfIndex) };
}

function contentTypes(sheets: number): string {
  const sheet = (i: number) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${Array.from({ length: sheets }, (_, i) => sheet(i)).join('')}</Types>`
  );
}

function workbookXml(models: readonly SheetModel<string>[]): string {
  const sheets = models.map((m, i) => `<sheet name="${escapeAttribute(m.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = [
    `<definedName name="${NEW_WORKBOOK_MARKER}" hidden="1">${escapeText('"budget-perf review"')}</definedName>`,
    ...models.flatMap((m, i) => localNames(m, m.name, i, '')),
  ].join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets><definedNames>${names}</definedNames></workbook>`;
}

function workbookRels(sheets: number): string {
  const each = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const styles = `<Relationship Id="rId${sheets + 1}" Type="${TYPE}/styles" Target="styles.xml"/>`;
  return `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${each.join('')}${styles}</Relationships>`;
}
