import { appendAll, type CellRange, type SheetCell, type SheetModel, type StyleName } from '../core';

export interface StyleBlock {
  readonly style: StyleName;
  readonly range: CellRange;
}

/**
 * The model's cells as few rectangles of one style as a simple sweep finds: runs of neighbouring cells in
 * a row, stacked while the rows below repeat the same run. A 50 000-line budget sheet is a few dozen blocks,
 * and each block costs the same dozen format actions whatever its size.
 */
export function styleBlocks(model: Pick<SheetModel, 'cells'>): StyleBlock[] {
  return cellBlocks(model.cells, (cell) => cell.style).map(({ key, range }) => ({ style: key, range }));
}

/**
 * The same sweep over any one property of the cells (the WPS shell's number formats, too); a cell whose key is
 * null is in no block.
 */
export function cellBlocks<K extends string>(cells: readonly SheetCell[], keyOf: (cell: SheetCell) => K | null): { key: K; range: CellRange }[] {
  const rows = new Map<number, { col: number; style: K }[]>();
  for (const cell of cells) {
    const style = keyOf(cell);
    if (style === null) continue;
    let line = rows.get(cell.row);
    if (!line) rows.set(cell.row, (line = []));
    line.push({ col: cell.col, style });
  }
  const done: { key: K; range: CellRange }[] = [];
  let open = new Map<string, { key: K; range: CellRange }>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { key: K; range: CellRange }>();
    for (const run of runsOf(rows.get(row) ?? [])) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above && above.range.bottom === row - 1) {
        open.delete(key);
        next.set(key, { key: run.style, range: { ...above.range, bottom: row } });
      } else {
        next.set(key, { key: run.style, range: { top: row, left: run.left, bottom: row, right: run.right } });
      }
    }
    appendAll(done, open.values());
    open = next;
  }
  appendAll(done, open.values());
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

function runsOf<K extends string>(cells: readonly { col: number; style: K }[]): { left: number; right: number; style: K }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const runs: { left: number; right: number; style: K }[] = [];
  for (const { col, style } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === col - 1) last.right = col;
    else runs.push({ left: col, right: col, style });
  }
  return runs;
}
