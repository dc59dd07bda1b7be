import { CELL_LOOKS, STYLE_NAMES, type CellLook, type StyleName } from '../core';

/**
 * The core's looks (core/output/cellStyles.ts) in Office.js's words: alignments as its enum strings. Only
 * what differs from a new sheet's cell is set, since every property is one more action in the request.
 */
export interface OfficeCellStyle extends Omit<CellLook, 'horizontal' | 'vertical'> {
  readonly horizontal: 'Left' | 'Center' | 'Right';
  readonly vertical: 'Center' | 'Top';
}

export { BORDER_COLOUR as BORDER_COLOR, CELL_FONT as OFFICE_FONT } from '../core';

const capitalised = <T extends string>(word: T) => (word[0].toUpperCase() + word.slice(1)) as Capitalize<T>;

function officeStyle(look: CellLook): OfficeCellStyle {
  return { ...look, horizontal: capitalised(look.horizontal), vertical: capitalised(look.vertical) };
}

export const OFFICE_STYLES = Object.fromEntries(STYLE_NAMES.map((name) => [name, officeStyle(CELL_LOOKS[name])])) as Readonly<Record<StyleName, OfficeCellStyle>>;
