import type { StyleName } from '../../core';

/** One look, as styles.xml spells it: a font, an optional solid fill, thin borders or none, an alignment. */
export interface CellLook {
  readonly font: { readonly size: number; readonly bold?: boolean; readonly underline?: boolean; readonly color?: string };
  readonly fill?: string;
  readonly border: boolean;
  readonly alignment: {
    readonly horizontal: 'left' | 'center' | 'right';
    readonly vertical: 'center' | 'top';
    readonly wrapText: boolean;
    readonly indent?: number;
  };
}

/**
 * The look of each style name in an .xlsx file: 宋体 as government forms are set, thin black borders around
 * every table cell, no colour on the 自评表 (it is pasted into the official template), quiet colours for the
 * severities elsewhere.
 */
const middle = (horizontal: CellLook['alignment']['horizontal'], indent?: number): CellLook['alignment'] => ({
  horizontal,
  vertical: 'center',
  wrapText: true,
  ...(indent ? { indent } : {}),
});
const cell = (horizontal: CellLook['alignment']['horizontal'], font: CellLook['font'] = { size: 11 }, fill?: string, indent?: number): CellLook => ({
  font,
  border: true,
  alignment: middle(horizontal, indent),
  ...(fill ? { fill } : {}),
});
const bold = { size: 11, bold: true };
const paragraph: CellLook = { font: { size: 12 }, border: false, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } };

export const OUTPUT_LOOKS: Readonly<Record<StyleName, CellLook>> = {
  title: { font: { size: 16, bold: true }, border: false, alignment: middle('center') },
  subtitle: { font: { size: 11 }, border: false, alignment: middle('center') },
  note: { font: { size: 10, color: 'FF595959' }, border: false, alignment: middle('left') },
  heading: { font: { size: 12, bold: true }, border: false, alignment: { horizontal: 'left', vertical: 'center', wrapText: false } },
  header: cell('center', bold, 'FFF2F2F2'),
  formHeader: cell('center', bold),
  label: cell('left', undefined, undefined, 1),
  labelCenter: cell('center'),
  text: cell('left'),
  textCenter: cell('center'),
  textIndent: cell('left', undefined, undefined, 2),
  amount: cell('right'),
  percent: cell('right'),
  score: cell('center'),
  totalLabel: cell('center', bold),
  totalAmount: cell('right', bold),
  totalPercent: cell('right', bold),
  totalScore: cell('center', bold),
  link: cell('left', { size: 11, color: 'FF0563C1', underline: true }),
  flagError: cell('center', { size: 11, bold: true, color: 'FFC00000' }, 'FFFDE9E7'),
  flagWarning: cell('center', { size: 11, color: 'FF9C5700' }, 'FFFFF2CC'),
  flagInfo: cell('center', { size: 11, color: 'FF1F4E79' }, 'FFDDEBF7'),
  paragraph,
  paragraphContinued: paragraph,
  marker: { font: { size: 8, color: 'FFA6A6A6' }, border: false, alignment: { horizontal: 'left', vertical: 'center', wrapText: false } },
};

const FONT = '宋体';
// charset 134 (GB2312) tells Excel and WPS which font family to fall back on.
const CHARSET = 134;

/** The `<font>`, `<fill>` and `<border>` of a look, and its `<alignment>`, with `p` the styles part's prefix. */
export function lookXml(look: CellLook, p: string): { font: string; fill: string | null; border: string; alignment: string } {
  const { font, alignment } = look;
  const fontXml =
    `<${p}font>${font.bold ? `<${p}b/>` : ''}${font.underline ? `<${p}u/>` : ''}<${p}sz val="${font.size}"/>` +
    `${font.color ? `<${p}color rgb="${font.color}"/>` : ''}<${p}name val="${FONT}"/><${p}charset val="${CHARSET}"/></${p}font>`;
  const fill = look.fill
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${look.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    : null;
  const side = (name: string) => (look.border ? `<${p}${name} style="thin"><${p}color rgb="FF000000"/></${p}${name}>` : `<${p}${name}/>`);
  const border = `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
  const alignmentXml =
    `<${p}alignment horizontal="${alignment.horizontal}" vertical="${alignment.vertical}"` +
    `${alignment.wrapText ? ' wrapText="1"' : ''}${alignment.indent ? ` indent="${alignment.indent}"` : ''}/>`;
  return { font: fontXml, fill, border, alignment: alignmentXml };
}
