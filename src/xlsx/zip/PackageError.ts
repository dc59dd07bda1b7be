/**
 * Why a package cannot be read, before the file's name is known to say so: readWorkbook turns each into a
 * WorkbookReadError with the catalogue's sentence. `detail` is a short technical reason (which entry, which
 * check), shown in brackets after that sentence.
 */
export type PackageErrorCode = 'corrupt' | 'too-large' | 'too-many-cells' | 'not-xlsx';

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'PackageError';
  }
}
