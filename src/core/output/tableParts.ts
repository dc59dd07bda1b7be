import type { SheetDraft } from './SheetDraft';
import type { StyleName } from './SheetModel';
import { splitQualifiedAddress } from './cellLink';

/** Heights of the fixed rows every sheet has. */
export const TITLE_HEIGHT = 30;

/** A title merged across the sheet's columns, in row `row`. */
export function putTitle(draft: SheetDraft<string>, row: number, text: string, lastCol: number, style: StyleName = 'title'): void {
  draft.put(row, 0, text, style);
  draft.merge(row, 0, row, lastCol);
  draft.atLeast(row, TITLE_HEIGHT);
}

/** A remark merged across the sheet's columns, as tall as its wrapped text needs. */
export function putNote(draft: SheetDraft<string>, row: number, text: string, lastCol: number): void {
  draft.put(row, 0, text, 'note');
  draft.merge(row, 0, row, lastCol);
  draft.fitText(row, text, draft.widthOf(0, lastCol), 13);
}

/** A row of column headers from `firstCol` on, tall enough for the longest wrapped label. */
export function putHeader(draft: SheetDraft<string>, row: number, labels: readonly string[], firstCol = 0, style: StyleName = 'header'): void {
  labels.forEach((label, i) => {
    draft.put(row, firstCol + i, label, style);
    draft.fitText(row, label, draft.widthOf(firstCol + i));
  });
}

/** The user's cell a row came from, as a link back to it. */
export function putSource(draft: SheetDraft<string>, row: number, col: number, cell: string): void {
  const link = splitQualifiedAddress(cell);
  draft.put(row, col, cell, link ? 'link' : 'text', undefined, link ?? undefined);
}
