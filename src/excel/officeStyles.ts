import type { StyleName } from '../core';

/**
 * The look of each style name inside Excel, as src/xlsx/outputStyles.ts gives it to an .xlsx file: 宋体 as
 * government forms are set, thin black borders around every table cell, no colour on the 自评表, quiet
 * colours for the severities elsewhere. Only what differs from a new sheet's cell is listed, since every
 * property is one more action in the request.
 */
export interface OfficeCellStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly underline?: boolean;
  readonly horizontal: 'Left' | 'Center' | 'Right';
  readonly vertical: 'Center' | 'Top';
  readonly wrap: boolean;
  readonly indent?: number;
  readonly fill?: string;
  readonly borders: boolean;
}

export const OFFICE_FONT = '宋体';
export const BORDER_COLOR = '#000000';

const cell = (horizontal: OfficeCellStyle['horizontal'], extra: Partial<OfficeCellStyle> = {}): OfficeCellStyle => ({
  size: 11,
  horizontal,
  vertical: 'Center',
  wrap: true,
  borders: true,
  ...extra,
});

const plain = (size: number, horizontal: OfficeCellStyle['horizontal'], extra: Partial<OfficeCellStyle> = {}): OfficeCellStyle => ({
  size,
  horizontal,
  vertical: 'Center',
  wrap: true,
  borders: false,
  ...extra,
});

export const OFFICE_STYLES: Readonly<Record<StyleName, OfficeCellStyle>> = {
  title: plain(16, 'Center', { bold: true }),
  subtitle: plain(11, 'Center'),
  note: plain(10, 'Left', { color: '#595959' }),
  heading: plain(12, 'Left', { bold: true, wrap: false }),
  header: cell('Center', { bold: true, fill: '#F2F2F2' }),
  formHeader: cell('Center', { bold: true }),
  label: cell('Left', { indent: 1 }),
  labelCenter: cell('Center'),
  text: cell('Left'),
  textCenter: cell('Center'),
  textIndent: cell('Left', { indent: 2 }),
  amount: cell('Right'),
  percent: cell('Right'),
  score: cell('Center'),
  totalLabel: cell('Center', { bold: true }),
  totalAmount: cell('Right', { bold: true }),
  totalPercent: cell('Right', { bold: true }),
  totalScore: cell('Center', { bold: true }),
  link: cell('Left', { color: '#0563C1', underline: true }),
  flagError: cell('Center', { bold: true, color: '#C00000', fill: '#FDE9E7' }),
  flagWarning: cell('Center', { color: '#9C5700', fill: '#FFF2CC' }),
  flagInfo: cell('Center', { color: '#1F4E79', fill: '#DDEBF7' }),
  paragraph: plain(12, 'Left', { vertical: 'Top' }),
  paragraphContinued: plain(12, 'Left', { vertical: 'Top' }),
  marker: plain(8, 'Left', { color: '#A6A6A6' }),
};
