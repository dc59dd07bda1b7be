import { BORDER_COLOUR, CELL_FONT, type CellLook } from '../../core';

// charset 134 (GB2312) tells Excel and WPS which font family to fall back on.
const CHARSET = 134;

/** styles.xml spells colours ARGB: `#RRGGBB` becomes `FFRRGGBB`. */
export const argb = (colour: string): string => `FF${colour.slice(1).toUpperCase()}`;

/**
 * The core's look (core/output/cellStyles.ts) as styles.xml spells it: its `<font>`, `<fill>` (null when it
 * has none) and `<border>`, and its `<alignment>`, with `p` the styles part's namespace prefix.
 */
export function lookXml(look: CellLook, p: string): { font: string; fill: string | null; border: string; alignment: string } {
  const fontXml =
    `<${p}font>${look.bold ? `<${p}b/>` : ''}${look.underline ? `<${p}u/>` : ''}<${p}sz val="${look.size}"/>` +
    `${look.color ? `<${p}color rgb="${argb(look.color)}"/>` : ''}<${p}name val="${CELL_FONT}"/><${p}charset val="${CHARSET}"/></${p}font>`;
  const fill = look.fill
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(look.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    : null;
  const side = (name: string) => (look.borders ? `<${p}${name} style="thin"><${p}color rgb="${argb(BORDER_COLOUR)}"/></${p}${name}>` : `<${p}${name}/>`);
  const border = `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
  const alignment =
    `<${p}alignment horizontal="${look.horizontal}" vertical="${look.vertical}"` +
    `${look.wrap ? ' wrapText="1"' : ''}${look.indent ? ` indent="${look.indent}"` : ''}/>`;
  return { font: fontXml, fill, border, alignment };
}
