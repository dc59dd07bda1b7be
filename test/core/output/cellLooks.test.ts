import { CELL_LOOKS, STYLE_NAMES } from '../../../src/core';
import { OFFICE_STYLES } from '../../../src/excel/officeStyles';
import { lookXml } from '../../../src/xlsx/writer/outputStyles';

const argb = (colour: string | undefined) => (colour ? `FF${colour.slice(1)}` : undefined);
const attribute = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('the output styles, described once in the core and mapped by each writer', () => {
  it.each(STYLE_NAMES)('%s looks the same through Office.js and in the file', (name) => {
    const look = CELL_LOOKS[name];
    const office = OFFICE_STYLES[name];
    expect([office.size, office.bold ?? false, office.color, office.fill, office.borders, office.wrap]).toEqual([look.size, look.bold ?? false, look.color, look.fill, look.borders, look.wrap]);
    expect(office.horizontal.toLowerCase()).toBe(look.horizontal);
    const file = lookXml(look, '');
    expect([Number(attribute(file.font, 'sz', 'val')), file.font.includes('<b/>'), attribute(file.font, 'color', 'rgb')]).toEqual([look.size, look.bold ?? false, argb(look.color)]);
    expect([attribute(file.alignment, 'alignment', 'horizontal'), attribute(file.alignment, 'alignment', 'wrapText') === '1']).toEqual([look.horizontal, look.wrap]);
    expect(file.border.includes('style="thin"')).toBe(look.borders);
    expect(file.fill === null ? undefined : attribute(file.fill, 'fgColor', 'rgb')).toBe(argb(look.fill));
  });

  it('keeps the 自评表 without colour, as the official template has none', () => {
    for (const name of ['formHeader', 'labelCenter', 'text', 'textCenter', 'score'] as const) expect([name, CELL_LOOKS[name].fill]).toEqual([name, undefined]);
  });
});
