import type { SheetModel } from './SheetModel';

/** A part of a stacked sheet: a heading row (none for the first part of a lone form) and a sheet below it. */
export interface StackPart {
  readonly heading: string | null;
  readonly model: SheetModel;
}

/** Rows left blank between two parts, so that each can be selected and copied on its own. */
const GAP = 2;

/**
 * One sheet holding several, one under another (a 自评表 grid per form, SCORING.md "One workbook, several
 * forms"). Columns take the widest of the parts; a frozen header or print area of one part means nothing
 * for the whole, so the stack has neither and prints one page wide.
 */
export function stackSheets(base: Pick<SheetModel, 'id' | 'name'>, parts: readonly StackPart[]): SheetModel {
  const widths: number[] = [];
  const cells: SheetModel['cells'][number][] = [];
  const merges: SheetModel['merges'][number][] = [];
  const rowHeights: SheetModel['rowHeights'][number][] = [];
  let offset = 0;
  for (const { heading, model } of parts) {
    model.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    if (heading !== null) {
      cells.push({ row: offset, col: 0, value: heading, style: 'heading', format: '@', link: undefined });
      offset += 1;
    }
    let last = -1;
    for (const cell of model.cells) {
      cells.push({ ...cell, row: cell.row + offset });
      last = Math.max(last, cell.row);
    }
    for (const m of model.merges) merges.push({ ...m, top: m.top + offset, bottom: m.bottom + offset });
    for (const h of model.rowHeights) rowHeights.push({ row: h.row + offset, height: h.height });
    offset += last + 1 + GAP;
  }
  const orientation = parts.some((p) => p.model.print.orientation === 'landscape') ? 'landscape' : 'portrait';
  return {
    id: base.id,
    name: base.name,
    columns: widths.map((width) => ({ width })),
    rowHeights,
    cells,
    merges,
    print: { orientation, fitToWidth: true },
  };
}
