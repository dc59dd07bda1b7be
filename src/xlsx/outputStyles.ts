import type { Borders, Fill, Style } from 'exceljs';
import { BORDER_COLOUR, CELL_FONT, CELL_LOOKS, STYLE_NAMES, type CellLook, type StyleName } from '../core';

/**
 * The core's looks (core/output/cellStyles.ts) as ExcelJS styles. charset 134 (GB2312) tells Excel and WPS
 * which font family to fall back on; colours become ARGB.
 */
const argb = (colour: string) => ({ argb: `FF${colour.slice(1).toUpperCase()}` });
const THIN = { style: 'thin' as const, color: argb(BORDER_COLOUR) };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function excelJsStyle(look: CellLook): Partial<Style> {
  const style: Partial<Style> = {
    font: {
      name: CELL_FONT, size: look.size, charset: 134,
      ...(look.bold ? { bold: true } : {}), ...(look.color ? { color: argb(look.color) } : {}), ...(look.underline ? { underline: true } : {}),
    },
    alignment: {
      horizontal: look.horizontal, vertical: look.vertical === 'center' ? 'middle' : 'top', wrapText: look.wrap,
      ...(look.indent ? { indent: look.indent } : {}),
    },
  };
  if (look.borders) style.border = BORDERS;
  if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(look.fill) } satisfies Fill;
  return style;
}

export const OUTPUT_STYLES = Object.fromEntries(STYLE_NAMES.map((name) => [name, excelJsStyle(CELL_LOOKS[name])])) as Readonly<Record<StyleName, Partial<Style>>>;
