import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';

/**
 * Workbooks written as raw SpreadsheetML, the way Excel, WPS and the Open XML SDK write them, so that a test
 * says exactly which bytes the reader meets. `sheets` are the <sheetData> (and what follows it) of each sheet.
 */
export interface RawSheet {
  readonly name: string;
  readonly body: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra parts of the sheet: its rels part's relationships and the parts they point to. */
  readonly rels?: string;
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** Prefix for every SpreadsheetML element (`x:`, as the Open XML SDK writes), '' as Excel writes. */
  readonly prefix?: string;
  readonly sharedStrings?: readonly string[];
  /** `<numFmts>` and `<cellXfs>` children: the styles part's body. */
  readonly styles?: string;
  readonly date1904?: boolean;
  readonly definedNames?: string;
  /** Further parts, by name (a chart sheet, a table, a pivot cache…), and their workbook relationships. */
  readonly parts?: Readonly<Record<string, string>>;
  readonly workbookRels?: string;
  /** More <sheet> entries for workbook.xml (a chart sheet). */
  readonly moreSheets?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function rawZip(book: RawWorkbook): JSZip {
  const p = book.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file('_rels/.rels', `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetList = book.sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `${DECL}<${p}workbook ${ns} xmlns:r="${REL}">${book.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews><${p}sheets>${sheetList}${book.moreSheets ?? ''}</${p}sheets>${book.definedNames ? `<${p}definedNames>${book.definedNames}</${p}definedNames>` : ''}</${p}workbook>`);
  const n = book.sheets.length;
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  zip.file('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${PKG_REL}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>${book.sharedStrings ? `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${book.workbookRels ?? ''}</Relationships>`);
  zip.file('xl/styles.xml', `${DECL}<${p}styleSheet ${ns}>${book.styles ?? `<${p}fonts count="1"><${p}font><${p}sz val="11"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs>`}</${p}styleSheet>`);
  if (book.sharedStrings) {
    zip.file('xl/sharedStrings.xml', `${DECL}<${p}sst ${ns} count="${book.sharedStrings.length}">${book.sharedStrings.map((s) => (s.startsWith('<') ? `<${p}si>${s}</${p}si>` : `<${p}si><${p}t>${s}</${p}t></${p}si>`)).join('')}</${p}sst>`);
  }
  book.sheets.forEach((sheet, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `${DECL}<${p}worksheet ${ns} xmlns:r="${REL}">${sheet.body}</${p}worksheet>`);
    if (sheet.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `${DECL}<Relationships xmlns="${PKG_REL}">${sheet.rels}</Relationships>`);
  });
  for (const [name, text] of Object.entries(book.parts ?? {})) zip.file(name, text);
  return zip;
}

export async function writeRaw(dir: string, name: string, book: RawWorkbook): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await rawZip(book).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}
