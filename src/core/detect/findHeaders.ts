import type { SheetGrid } from '../snapshot';
import { BUDGET_HEADER, HEADER_WORD, INDICATOR_HEADER, SCORES_HEADER, type HeaderSchema } from '../rules';
import { headerLabels } from './headerLabels';
import { maxOf } from '../collections';

export interface HeaderHit {
  readonly schema: HeaderSchema<string>;
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: Readonly<Record<string, number>>;
}

/** Indicators first: their header is the most specific, and a budget header never has a 年度指标值. */
const SCHEMAS: readonly HeaderSchema<string>[] = [INDICATOR_HEADER, BUDGET_HEADER, SCORES_HEADER];


/** Every header row of the sheet, top to bottom; the rows of a two-row header are one hit. */
export function findHeaders(grid: SheetGrid): HeaderHit[] {
  const hits: HeaderHit[] = [];
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    if (!mayBeHeader(grid, row)) continue;
    const hit = matchAt(grid, row);
    if (!hit) continue;
    hits.push(hit);
    row = hit.headerRow;
  }
  return hits;
}

function mayBeHeader(grid: SheetGrid, row: number): boolean {
  let text = '';
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const v = grid.value(row, c);
    if (typeof v === 'number') return false;
    if (typeof v === 'string') text += v;
  }
  return HEADER_WORD.test(text);
}

function matchAt(grid: SheetGrid, row: number): HeaderHit | null {
  const joinsAbove = row > grid.firstRow && mergesCross(grid, row - 1);
  const joinsBelow = !joinsAbove && row < grid.lastRow && mergesCross(grid, row);
  const headerTop = joinsAbove ? row - 1 : row;
  const headerRow = joinsBelow ? row + 1 : row;
  const labels = headerLabels(grid, headerRow, joinsAbove || joinsBelow);
  for (const schema of SCHEMAS) {
    const columns = matchColumns(labels, grid.firstCol, schema);
    if (columns) return { schema, headerTop, headerRow, columns };
  }
  return null;
}

function matchColumns(labels: readonly string[], firstCol: number, schema: HeaderSchema<string>) {
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  const maxTier = maxOf(schema.fields.map((f) => f.tiers.length));
  for (let tier = 0; tier < maxTier; tier++) {
    for (const { field, tiers } of schema.fields) {
      const pattern = tiers[tier];
      if (!pattern || columns[field] !== undefined) continue;
      const never = (schema.never ?? []).filter((n) => n.fields.includes(field));
      const index = labels.findIndex(
        (label, i) => label !== '' && !taken.has(i) && pattern.test(label) && !never.some((n) => n.pattern.test(label)),
      );
      if (index < 0) continue;
      columns[field] = firstCol + index;
      taken.add(index);
    }
  }
  const complete = schema.required.some((set) => set.every((field) => columns[field] !== undefined));
  // One text read on several columns (a title typed into each cell) is not a header.
  const distinct = new Set(Object.values(columns).map((col) => labels[col - firstCol]));
  return complete && distinct.size >= 2 ? columns : null;
}

/**
 * True when a merged cell of this row reaches down into the next row and stops there: the header goes
 * on below. A merge that runs further down (绩效指标 merged over the whole indicator block) is a side
 * label, not a header cell.
 */
function mergesCross(grid: SheetGrid, row: number): boolean {
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const merge = grid.mergeAt(row, c);
    if (merge && merge.top === row && merge.bottom === row + 1) return true;
  }
  return false;
}
