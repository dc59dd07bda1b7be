import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { StyleName } from '../core';

/**
 * The look of each style name in an .xlsx file: 宋体 as government forms are set, thin black borders around
 * every table cell, no colour on the 自评表 (it is pasted into the official template), quiet colours for the
 * severities elsewhere. charset 134 (GB2312) tells Excel and WPS which font family to fall back on.
 */
const FONT = '宋体';
const font = (size: number, extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT, size, charset: 134, ...extra });
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const align = (horizontal: Alignment['horizontal'], extra: Partial<Alignment> = {}): Partial<Alignment> => ({
  horizontal,
  vertical: 'middle',
  wrapText: true,
  ...extra,
});

const cell = (horizontal: Alignment['horizontal'], extra: Partial<Style> = {}): Partial<Style> => ({
  font: font(11),
  alignment: align(horizontal),
  border: BORDERS,
  ...extra,
});

export const OUTPUT_STYLES: Readonly<Record<StyleName, Partial<Style>>> = {
  title: { font: font(16, { bold: true }), alignment: align('center') },
  subtitle: { font: font(11), alignment: align('center') },
  note: { font: font(10, { color: { argb: 'FF595959' } }), alignment: align('left') },
  heading: { font: font(12, { bold: true }), alignment: align('left', { wrapText: false }) },
  header: cell('center', { font: font(11, { bold: true }), fill: solid('FFF2F2F2') }),
  formHeader: cell('center', { font: font(11, { bold: true }) }),
  label: cell('left', { alignment: align('left', { indent: 1 }) }),
  labelCenter: cell('center'),
  text: cell('left'),
  textCenter: cell('center'),
  textIndent: cell('left', { alignment: align('left', { indent: 2 }) }),
  amount: cell('right'),
  percent: cell('right'),
  score: cell('center'),
  totalLabel: cell('center', { font: font(11, { bold: true }) }),
  totalAmount: cell('right', { font: font(11, { bold: true }) }),
  totalPercent: cell('right', { font: font(11, { bold: true }) }),
  totalScore: cell('center', { font: font(11, { bold: true }) }),
  link: cell('left', { font: font(11, { color: { argb: 'FF0563C1' }, underline: true }) }),
  flagError: cell('center', { font: font(11, { bold: true, color: { argb: 'FFC00000' } }), fill: solid('FFFDE9E7') }),
  flagWarning: cell('center', { font: font(11, { color: { argb: 'FF9C5700' } }), fill: solid('FFFFF2CC') }),
  flagInfo: cell('center', { font: font(11, { color: { argb: 'FF1F4E79' } }), fill: solid('FFDDEBF7') }),
  paragraph: { font: font(12), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  paragraphContinued: { font: font(12), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  marker: { font: font(8, { color: { argb: 'FFA6A6A6' } }), alignment: { horizontal: 'left' } },
};
