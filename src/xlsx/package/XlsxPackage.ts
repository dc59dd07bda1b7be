import type { ZipEntry } from '../zip/readZipDirectory';
import type { Relationship } from './readRelationships';
import type { SheetEntry, WorkbookPart } from './readWorkbookPart';

/** A sheet of the workbook as the package stores it: a worksheet, or a chart, dialog or macro sheet. */
export interface PackageSheet extends SheetEntry {
  /** The relationship type: `worksheet`, `chartsheet`, `dialogsheet`, `macrosheet`. */
  readonly kind: string;
  /** The sheet's part, `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/**
 * A workbook package as read: the file's bytes and entries (the writer copies them), where the workbook part
 * is, its relationships and sheets. Everything the writer needs to add our parts without touching the rest.
 */
export interface XlsxPackage {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
  /** `xl/workbook.xml`, or wherever the package's officeDocument relationship points. */
  readonly workbookPart: string;
  readonly workbook: WorkbookPart;
  readonly workbookRelationships: readonly Relationship[];
  readonly sheets: readonly PackageSheet[];
}
