import type { SheetGrid } from '../snapshot';
import { FOOTER_ROW, SPLIT_VALUE_PARTS } from '../rules';
import { findAmountUnit } from '../numbers';
import type { AmountUnit } from '../rules';
import type { DetectedTable, IndicatorTable, SplitValueColumns } from './DetectedTable';
import { findHeaders, type HeaderHit } from './findHeaders';
import { cleanHeaderText, headerText } from './headerLabels';
import { maxOf, minOf } from '../collections';

/** Titles and unit notes sit at most this many rows above a header. */
const MAX_PREAMBLE_ROWS = 3;
const MAX_BLANKS_IN_PREAMBLE = 2;

/**
 * Every table on a sheet: each header found, its title and unit note above it, and its body down to the
 * next table's title, a footer (注：, 填报人…), the end of its ListObject or the end of the sheet.
 */
export function findTables(grid: SheetGrid): DetectedTable[] {
  const hits = findHeaders(grid);
  const preambleTops = hits.map((hit) => preambleTop(grid, hit.headerTop));
  return hits.map((hit, i) => {
    const limit = i + 1 < hits.length ? preambleTops[i + 1] - 1 : grid.lastRow;
    const lastRow = bodyEnd(grid, hit, limit);
    const preamble = preambleText(grid, preambleTops[i], hit.headerTop);
    return toTable(grid, hit, lastRow, preamble);
  });
}

function toTable(grid: SheetGrid, hit: HeaderHit, lastRow: number, preamble: string): DetectedTable {
  const base = {
    grid,
    headerTop: hit.headerTop,
    headerRow: hit.headerRow,
    firstRow: hit.headerRow + 1,
    lastRow,
    preamble,
  };
  switch (hit.schema.kind) {
    case 'budget': {
      const columns = namesBesideSideLabel(grid, hit);
      return { ...base, kind: 'budget', columns, unit: tableUnit(grid, hit, preamble) };
    }
    case 'indicators':
      return { ...base, kind: 'indicators', ...splitValueColumns(grid, hit) };
    case 'scores':
      return { ...base, kind: 'scores', columns: hit.columns };
  }
}

/**
 * The first of the title and note rows above a header (none: the header's own top). A blank row or two
 * may stand between them (`单位：万元`, a blank row, then the header).
 */
function preambleTop(grid: SheetGrid, headerTop: number): number {
  let top = headerTop;
  let notes = 0;
  for (let r = headerTop - 1; r >= grid.firstRow && headerTop - r <= MAX_PREAMBLE_ROWS + MAX_BLANKS_IN_PREAMBLE; r--) {
    if (grid.isBlankRow(r)) continue;
    if (!isNoteRow(grid, r) || ++notes > MAX_PREAMBLE_ROWS) break;
    top = r;
  }
  return top;
}

/** A title or a note: one or two texts across the row and no number. */
function isNoteRow(grid: SheetGrid, row: number): boolean {
  const seen = new Set<string>();
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const v = grid.value(row, c);
    if (v === null || v === '') continue;
    if (typeof v !== 'string') return false;
    seen.add(v);
  }
  return seen.size >= 1 && seen.size <= 2;
}

function preambleText(grid: SheetGrid, top: number, headerTop: number): string {
  const parts: string[] = [];
  for (let r = top; r < headerTop; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const t = grid.text(r, c);
      if (t && !parts.includes(t)) parts.push(t);
    }
  }
  return parts.join(' ');
}

function bodyEnd(grid: SheetGrid, hit: HeaderHit, limit: number): number {
  const cols = Object.values(hit.columns);
  const [left, right] = [minOf(cols), maxOf(cols)];
  // The ListObject this header heads, not another one that happens to start on the same row.
  const listObject = grid.tables.find(
    (t) => t.hasHeaderRow && t.range.top === hit.headerTop && t.range.left <= left && t.range.right >= right,
  );
  const end = listObject ? Math.min(limit, listObject.range.bottom) : limit;
  for (let r = hit.headerRow + 1; r <= end; r++) {
    if (FOOTER_ROW.test(firstText(grid, r))) return r - 1;
  }
  return end;
}

function firstText(grid: SheetGrid, row: number): string {
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (v !== null) return '';
  }
  return '';
}

/**
 * The official form's 项目资金（万元） label is merged down column A beside 年度资金总额 and its 其中 rows,
 * which column B names: a name header merged on down into the body is a side label, and the names are in
 * the first column right of it.
 */
function namesBesideSideLabel(grid: SheetGrid, hit: HeaderHit): HeaderHit['columns'] {
  const name = hit.columns.name;
  if (name === undefined) return hit.columns;
  const merge = grid.mergeAt(hit.headerRow, name);
  if (!merge || merge.bottom <= hit.headerRow) return hit.columns;
  const beside = merge.right + 1;
  if (beside > grid.lastCol || Object.values(hit.columns).includes(beside)) return hit.columns;
  return { ...hit.columns, name: beside };
}

/**
 * 年度指标值 merged over 指标性质 | 指标值 | 度量单位 (and sometimes 实际完成值 over 指标值 | 度量单位): the
 * field reads from all of them, and its own column is the 指标值 one.
 */
function splitValueColumns(grid: SheetGrid, hit: HeaderHit): Pick<IndicatorTable, 'columns' | 'splits'> {
  const columns: Record<string, number> = { ...hit.columns };
  const splits: Partial<Record<'target' | 'actual', SplitValueColumns>> = {};
  if (hit.headerTop === hit.headerRow) return { columns, splits };
  for (const field of ['target', 'actual'] as const) {
    const col = hit.columns[field];
    const group = col === undefined ? undefined : grid.mergeAt(hit.headerTop, col);
    if (!group || group.bottom !== hit.headerTop || group.right === group.left) continue;
    const parts: { -readonly [K in keyof SplitValueColumns]?: number } = {};
    for (let c = group.left; c <= group.right; c++) {
      const label = cleanHeaderText(grid.text(hit.headerRow, c));
      const part = SPLIT_VALUE_PARTS.find((p) => p.pattern.test(label))?.part;
      if (part && parts[part] === undefined) parts[part] = c;
    }
    if (parts.value === undefined) continue;
    splits[field] = { ...parts, value: parts.value };
    columns[field] = parts.value;
  }
  return { columns, splits };
}

/** A unit note above the table (`单位：万元`) or in an amount header (`全年预算数（万元）`). */
function tableUnit(grid: SheetGrid, hit: HeaderHit, preamble: string): AmountUnit | null {
  const fromNote = findAmountUnit(preamble);
  if (fromNote) return fromNote;
  for (const field of ['budget', 'actual', 'initialBudget', 'name']) {
    const col = hit.columns[field];
    if (col === undefined) continue;
    const unit = findAmountUnit(headerText(grid, hit.headerTop, hit.headerRow, col));
    if (unit) return unit;
  }
  return null;
}
