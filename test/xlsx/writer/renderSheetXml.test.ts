import type { SheetCell, SheetModel } from '../../../src/core';
import { renderSheetXml } from '../../../src/xlsx/writer/renderSheetXml';

const decoder = new TextDecoder();

function model(cells: SheetCell[], rowHeights: SheetModel['rowHeights'] = []): SheetModel {
  return { id: 'budget', name: '自评_预算执行', columns: [{ width: 6 }, { width: 34 }], rowHeights, cells, merges: [], print: { orientation: 'landscape', fitToWidth: true } };
}

const rowNumbers = (xml: string) => [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
const cellRefs = (xml: string) => [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);

describe('renderSheetXml', () => {
  it('writes rows and cells in order whatever order the model lists them in', () => {
    const cells: SheetCell[] = [
      { row: 2, col: 1, value: '办公费', style: 'text' },
      { row: 0, col: 0, value: 1, style: 'score' },
      { row: 2, col: 0, value: 2, style: 'score' },
      { row: 0, col: 1, value: '人员经费', style: 'text' },
    ];
    const xml = decoder.decode(renderSheetXml(model(cells, [{ row: 1, height: 30 }]), new Map()));
    expect(rowNumbers(xml)).toEqual([1, 2, 3]);
    expect(cellRefs(xml)).toEqual(['A1', 'B1', 'A3', 'B3']);
    expect(xml).toContain('<row r="2" ht="30" customHeight="1"></row>');
  });

  it.each<[string, string]>([
    ['人员经费', '<t>人员经费</t>'],
    [' 人员经费', '<t xml:space="preserve"> 人员经费</t>'],
    ['人员经费 ', '<t xml:space="preserve">人员经费 </t>'],
    ['第一行\n第二行', '<t xml:space="preserve">第一行\n第二行</t>'],
  ])('keeps the spaces of %p, saying so only where a reader could drop them', (text, xml) => {
    expect(decoder.decode(renderSheetXml(model([{ row: 0, col: 0, value: text, style: 'text' }]), new Map()))).toContain(xml);
  });

  it('links to a sheet whose name needs quoting, every quote doubled', () => {
    const link = { sheet: "O'Brien \"预算\"", cell: 'E12' };
    const xml = decoder.decode(renderSheetXml(model([{ row: 0, col: 0, value: 'x"y', style: 'link', link }]), new Map()));
    expect(xml).toContain(`<f>HYPERLINK("#'O''Brien ""预算""'!E12","x""y")</f><v>x"y</v>`);
  });

  it('links into another workbook by its path, and puts filter buttons where the model asks, before the merges', () => {
    const link = { sheet: '自评得分', cell: 'A1', file: '县医保局/2024 自评.xlsx' };
    const xml = decoder.decode(
      renderSheetXml({ ...model([{ row: 1, col: 0, value: '县医保局', style: 'link', link }]), autoFilter: { top: 0, left: 0, bottom: 1, right: 1 }, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }, new Map()),
    );
    expect(xml).toContain(`<f>HYPERLINK("县医保局/2024 自评.xlsx#'自评得分'!A1","县医保局")</f>`);
    expect(xml).toContain('</sheetData><autoFilter ref="A1:B2"/><mergeCells count="1">');
  });

  it('encodes a long sheet in pieces without losing or repeating a row at their seams', () => {
    const cells: SheetCell[] = [];
    for (let row = 0; row < 4501; row++) cells.push({ row, col: 0, value: row + 1, style: 'score' }, { row, col: 1, value: `项目${row + 1}（含“&”）`, style: 'text' });
    const xml = decoder.decode(renderSheetXml(model(cells), new Map([['score|', 3]])));
    expect(rowNumbers(xml)).toEqual(Array.from({ length: 4501 }, (_, i) => i + 1));
    expect(xml).toContain('<row r="2001"><c r="A2001" s="3"><v>2001</v></c><c r="B2001" t="inlineStr"><is><t>项目2001（含“&amp;”）</t></is></c></row>');
    expect(xml.endsWith('</worksheet>')).toBe(true);
    expect(xml).toContain('<dimension ref="A1:B4501"/>');
  });
});
