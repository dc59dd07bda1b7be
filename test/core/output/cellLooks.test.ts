import { CELL_LOOKS, STYLE_NAMES } from '../../../src/core';
import { OFFICE_STYLES } from '../../../src/excel/officeStyles';
import { OUTPUT_STYLES } from '../../../src/xlsx/outputStyles';

const argb = (colour: string | undefined) => (colour ? `FF${colour.slice(1)}` : undefined);

describe('the output styles, described once in the core and mapped by each writer', () => {
  it.each(STYLE_NAMES)('%s looks the same through Office.js and in the file', (name) => {
    const look = CELL_LOOKS[name];
    const office = OFFICE_STYLES[name];
    const file = OUTPUT_STYLES[name];
    expect([office.size, office.bold ?? false, office.color, office.fill, office.borders, office.wrap]).toEqual([look.size, look.bold ?? false, look.color, look.fill, look.borders, look.wrap]);
    expect(office.horizontal.toLowerCase()).toBe(look.horizontal);
    expect([file.font?.size, file.font?.bold ?? false, file.font?.color?.argb, file.alignment?.horizontal, file.alignment?.wrapText]).toEqual([
      look.size, look.bold ?? false, argb(look.color), look.horizontal, look.wrap,
    ]);
    expect(file.border !== undefined).toBe(look.borders);
    expect(file.fill && 'fgColor' in file.fill ? file.fill.fgColor?.argb : undefined).toBe(argb(look.fill));
  });

  it('keeps the 自评表 without colour, as the official template has none', () => {
    for (const name of ['formHeader', 'labelCenter', 'text', 'textCenter', 'score'] as const) expect([name, CELL_LOOKS[name].fill]).toEqual([name, undefined]);
  });
});
