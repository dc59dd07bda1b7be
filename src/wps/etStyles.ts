import { BORDER_COLOUR, CELL_FONT, type StyleName } from '../core';
import { OFFICE_STYLES, type OfficeCellStyle } from '../excel';
import type { EtRange } from './EtHost';

/** The object model's constants (XlHAlign, XlVAlign, XlLineStyle, XlUnderlineStyle), as in VBA. */
const ALIGN = { Left: -4131, Center: -4108, Right: -4152, Top: -4160 } as const;
const XL_CONTINUOUS = 1;
const XL_UNDERLINE_SINGLE = 2;

/** `#RRGGBB` as the object model's colour: BGR, red in the low byte. */
export function bgr(hex: string): number {
  const rgb = Number.parseInt(hex.slice(1), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** The core's looks (core/output/cellStyles.ts), as src/excel words them, set on a block of one style. */
export function applyStyle(range: EtRange, name: StyleName): void {
  const style: OfficeCellStyle = OFFICE_STYLES[name];
  const { Font } = range;
  Font.Name = CELL_FONT;
  Font.Size = style.size;
  if (style.bold) Font.Bold = true;
  if (style.color) Font.Color = bgr(style.color);
  if (style.underline) Font.Underline = XL_UNDERLINE_SINGLE;
  range.HorizontalAlignment = ALIGN[style.horizontal];
  range.VerticalAlignment = ALIGN[style.vertical];
  range.WrapText = style.wrap;
  if (style.indent) range.IndentLevel = style.indent;
  if (style.fill) range.Interior.Color = bgr(style.fill);
  if (style.borders) {
    const { Borders } = range;
    Borders.LineStyle = XL_CONTINUOUS;
    Borders.Color = bgr(BORDER_COLOUR);
  }
}
