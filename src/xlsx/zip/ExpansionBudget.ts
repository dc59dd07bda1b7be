import { PackageError } from './PackageError';

/** How far a workbook may expand when read: a zip of 1.5 MB can inflate to 1.5 GB, and memory is finite. */
export interface ReadLimits {
  /** Inflated bytes of all entries read together, and of any one entry. */
  readonly maxInflatedBytes: number;
  /** Cells holding a value, over every sheet. */
  readonly maxCells: number;
}

/**
 * 200 MB holds any real workbook (a 1 048 576 × 3 sheet of numbers inflates to about 90 MB) while keeping a
 * zip bomb far from exhausting memory; 4 000 000 cells is 1 048 576 rows × 3 columns with room to spare.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxInflatedBytes: 200 * 1024 * 1024, maxCells: 4_000_000 };

/**
 * A whole-entry inflater a host may have that is faster than the portable, streaming one (node:zlib's, native,
 * about ten times fflate's speed on a 5 MB sheet). It must stop as soon as the output would pass `size`.
 */
export interface WholeInflater {
  inflate(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/**
 * Counts inflated bytes and cells as they appear, and stops the read the moment either passes its cap. It goes
 * with every part read, and so carries the host's whole-entry inflater, if any, with it.
 */
export class ExpansionBudget {
  private inflated = 0;
  private cells = 0;

  constructor(
    readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
    readonly wholeInflater?: WholeInflater,
  ) {}

  /** Refuses, before any work, an entry whose declared size would pass a cap; counts nothing. */
  expect(entry: string, size: number): void {
    if (size > this.limits.maxInflatedBytes || this.inflated + size > this.limits.maxInflatedBytes) throw new PackageError('too-large', entry);
  }

  /** `entryTotal` is what this entry has inflated to so far, `added` the part of it just inflated. */
  inflate(entry: string, entryTotal: number, added: number): void {
    this.inflated += added;
    if (entryTotal > this.limits.maxInflatedBytes || this.inflated > this.limits.maxInflatedBytes) {
      throw new PackageError('too-large', entry);
    }
  }

  cell(sheet: string): void {
    if (++this.cells > this.limits.maxCells) throw new PackageError('too-many-cells', sheet);
  }
}
