import type { SheetGrid } from '../snapshot';
import { normalizeText } from '../numbers';

/**
 * Header text as matched: normalised, without spaces, line breaks, a bracketed unit note, or the annotation a
 * form adds to a column (`全年预算数④=①+②+③`, `执行率（%）⑥=⑤/④`): circled numbers and the formula after them.
 */
export function cleanHeaderText(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*(元|%|％|单位|unit|yuan|cny)[^()（）]*[)）]/gi, '')
    .replace(/[\u2460-\u2473\u24ea\u2776-\u277f].*$|[=＝].*$/, '')
    .replace(/[:：*＊]+$/, '');
}

/**
 * The labels of one header row, one per column. With `rowAbove` the text of the row above is put in
 * front where it differs (预算数 over 年初|全年 reads 预算数年初, 预算数全年), which is how a two-row
 * header with merged group cells reads to a person.
 */
export function headerLabels(grid: SheetGrid, row: number, rowAbove: boolean): string[] {
  const labels: string[] = [];
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const own = labelAt(grid, row, c);
    const above = rowAbove ? labelAt(grid, row - 1, c) : '';
    labels.push(above && above !== own ? above + own : own);
  }
  return labels;
}

/** A title merged across most of the sheet reads on every column; it is not a column's label. */
function labelAt(grid: SheetGrid, row: number, col: number): string {
  const merge = grid.mergeAt(row, col);
  const width = grid.lastCol - grid.firstCol + 1;
  const span = merge ? merge.right - merge.left + 1 : 1;
  if (span > 1 && (span >= width || (width >= 4 && span * 2 > width))) return '';
  return cleanHeaderText(grid.text(row, col));
}

/** The raw header text of a column, with the row above where the header has two rows. */
export function headerText(grid: SheetGrid, headerTop: number, headerRow: number, col: number): string {
  const parts: string[] = [];
  for (let r = headerTop; r <= headerRow; r++) {
    const t = grid.text(r, col);
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' ');
}
