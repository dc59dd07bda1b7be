import type { ExpansionBudget } from '../zip/ExpansionBudget';
import type { ZipEntry } from '../zip/readZipDirectory';
import { attributeNamed, scanXml } from '../xml/scanXml';

/** A `<sheet>` of workbook.xml: name, id, relationship and visibility, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Hidden sheets are read too: the settings sheet every shell shares is very hidden. */
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedName {
  readonly name: string;
  /** The sheet (by tab position) the name is local to; null for a workbook-level name. */
  readonly localSheetId: number | null;
  /** The formula, as Excel shows it in the Name Manager (`'自评_总览'!$A$1`). */
  readonly formula: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** Dates counted from 1904-01-01 (old Mac workbooks) rather than from 1900. */
  readonly date1904: boolean;
}

export function readWorkbookPart(archive: Uint8Array, entry: ZipEntry, budget: ExpansionBudget): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let current: { name: string; localSheetId: number | null; formula: string } | null = null;
  scanXml(archive, entry, budget, {
    open(name, attributes) {
      if (name === 'sheet') sheets.push(sheetEntry(attributes));
      else if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      else if (name === 'definedName') {
        const local = attributes.localSheetId;
        current = { name: attributes.name ?? '', localSheetId: local === undefined ? null : Number(local), formula: '' };
      }
    },
    text(text) {
      if (current) current.formula += text;
    },
    close(name) {
      if (name === 'definedName' && current) {
        definedNames.push(current);
        current = null;
      }
    },
  });
  return { sheets, definedNames, date1904 };
}

function sheetEntry(attributes: Readonly<Record<string, string>>): SheetEntry {
  const state = attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible';
  return {
    name: attributes.name ?? '',
    sheetId: Number(attributes.sheetId ?? 0),
    relationshipId: attributeNamed(attributes, 'id') ?? '',
    state,
  };
}
