import type { StyleName } from './SheetModel';

/**
 * The look of each style name, described once as data; each writer maps it to its own API (src/excel/
 * officeStyles.ts for Office.js, src/xlsx/writer/outputStyles.ts for styles.xml). 宋体 as government forms are set,
 * thin black borders around every table cell, no colour on the 自评表 (it is pasted into the official
 * template), quiet colours for the severities elsewhere. Colours are `#RRGGBB`.
 */
export interface CellLook {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly underline?: boolean;
  readonly horizontal: 'left' | 'center' | 'right';
  readonly vertical: 'center' | 'top';
  readonly wrap: boolean;
  readonly indent?: number;
  readonly fill?: string;
  /** Thin borders of BORDER_COLOUR on every edge, inside ones included. */
  readonly borders: boolean;
}

export const CELL_FONT = '宋体';
export const BORDER_COLOUR = '#000000';

const cell = (horizontal: CellLook['horizontal'], extra: Partial<CellLook> = {}): CellLook => ({
  size: 11, horizontal, vertical: 'center', wrap: true, borders: true, ...extra,
});

const plain = (size: number, horizontal: CellLook['horizontal'], extra: Partial<CellLook> = {}): CellLook => ({
  size, horizontal, vertical: 'center', wrap: true, borders: false, ...extra,
});

export const CELL_LOOKS: Readonly<Record<StyleName, CellLook>> = {
  title: plain(16, 'center', { bold: true }),
  subtitle: plain(11, 'center'),
  note: plain(10, 'left', { color: '#595959' }),
  heading: plain(12, 'left', { bold: true, wrap: false }),
  header: cell('center', { bold: true, fill: '#F2F2F2' }),
  formHeader: cell('center', { bold: true }),
  label: cell('left', { indent: 1 }),
  labelCenter: cell('center'),
  text: cell('left'),
  textCenter: cell('center'),
  textIndent: cell('left', { indent: 2 }),
  amount: cell('right'),
  percent: cell('right'),
  score: cell('center'),
  totalLabel: cell('center', { bold: true }),
  totalAmount: cell('right', { bold: true }),
  totalPercent: cell('right', { bold: true }),
  totalScore: cell('center', { bold: true }),
  link: cell('left', { color: '#0563C1', underline: true }),
  flagError: cell('center', { bold: true, color: '#C00000', fill: '#FDE9E7' }),
  flagWarning: cell('center', { color: '#9C5700', fill: '#FFF2CC' }),
  flagInfo: cell('center', { color: '#1F4E79', fill: '#DDEBF7' }),
  paragraph: plain(12, 'left', { vertical: 'top' }),
  paragraphContinued: plain(12, 'left', { vertical: 'top' }),
  marker: plain(8, 'left', { color: '#A6A6A6', wrap: false }),
};
