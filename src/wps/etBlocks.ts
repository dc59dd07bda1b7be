import type { CellRange } from '../core';

/**
 * Splits `range` in halves, columns first, until `settle` accepts each part: the way the reader asks a whole-range
 * property (a number format, merged or not) once and narrows only where the answer is "mixed", so that a sheet
 * of uniform columns costs a call a column, and a mixed one a few calls for each place where it changes.
 */
export function settleInHalves(range: CellRange, settle: (block: CellRange) => boolean): void {
  const pending: CellRange[] = [range];
  while (pending.length > 0) {
    const block = pending.pop() as CellRange;
    if (settle(block)) continue;
    const { top, left, bottom, right } = block;
    if (right > left) {
      const middle = Math.floor((left + right) / 2);
      pending.push({ top, left: middle + 1, bottom, right }, { top, left, bottom, right: middle });
    } else if (bottom > top) {
      const middle = Math.floor((top + bottom) / 2);
      pending.push({ top: middle + 1, left, bottom, right }, { top, left, bottom: middle, right });
    }
  }
}

export function isSingleCell(block: CellRange): boolean {
  return block.top === block.bottom && block.left === block.right;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
