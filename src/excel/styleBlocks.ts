import { appendAll, type CellRange, type SheetModel, type StyleName } from '../core';

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
  const rows = new Map<number, { col: number; style: StyleName }[]>();
  for (const { row, col, style } of model.cells) {
    let line = rows.get(row);
    if (!line) rows.set(row, (line = []));
    line.push({ col, style });
  }
  const done: StyleBlock[] = [];
  let open = new Map<string, { style: StyleName; range: CellRange }>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { style: StyleName; range: CellRange }>();
    for (const run of runsOf(rows.get(row) ?? [])) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above && above.range.bottom === row - 1) {
        open.delete(key);
        next.set(key, { style: run.style, range: { ...above.range, bottom: row } });
      } else {
        next.set(key, { style: run.style, range: { top: row, left: run.left, bottom: row, right: run.right } });
      }
    }
    appendAll(done, open.values());
    open = next;
  }
  appendAll(done, open.values());
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

function runsOf(cells: readonly { col: number; style: StyleName }[]): { left: number; right: number; style: StyleName }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const runs: { left: number; right: number; style: StyleName }[] = [];
  for (const { col, style } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === col - 1) last.right = col;
    else runs.push({ left: col, right: col, style });
  }
  return runs;
}
