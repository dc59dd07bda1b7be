import type { SheetCell, SheetModel } from '../../src/core';
import { SyncBatcher } from '../../src/excel/SyncBatcher';
import { writeSheetModel } from '../../src/excel/writeSheetModel';
import { FakeExcel } from './fake';

function model(cells: SheetCell[]): SheetModel {
  return {
    id: 'budget', name: '自评_预算执行', columns: [{ width: 30 }, { width: 12 }], rowHeights: [{ row: 0, height: 28 }],
    cells, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], freeze: { rows: 2, cols: 0 },
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}

async function written(m: SheetModel, maxBytes?: number) {
  const excel = new FakeExcel([{ name: '自评_预算执行', rows: [] }]);
  const batcher = new SyncBatcher(excel, maxBytes);
  await writeSheetModel(excel.workbook.worksheets.getItem('自评_预算执行'), m, batcher);
  await batcher.flush();
  return { excel, sheet: excel.sheet('自评_预算执行'), batcher };
}

describe('writeSheetModel (Office.js)', () => {
  it('writes values, formats, widths in points, heights, merges, frozen rows and the page setup', async () => {
    const { sheet } = await written(model([
      { row: 0, col: 0, value: '预算执行明细', style: 'title' },
      { row: 1, col: 0, value: '项目', style: 'header' },
      { row: 1, col: 1, value: '执行率', style: 'header' },
      { row: 2, col: 0, value: '办公费', style: 'text', link: { sheet: '预算表', cell: 'A3' } },
      { row: 2, col: 1, value: 0.52, style: 'percent', format: '0.00%' },
    ]));
    expect([sheet?.peek(0, 0)?.value, sheet?.peek(2, 1)?.value, sheet?.peek(2, 1)?.numberFormat]).toEqual(['预算执行明细', 0.52, '0.00%']);
    expect(sheet?.peek(2, 0)?.hyperlink).toEqual({ documentReference: "'预算表'!A3", textToDisplay: '办公费' });
    expect(sheet?.peek(1, 1)?.format.get('fill.color')).toBe('#F2F2F2');
    expect([...(sheet?.columnWidths ?? [])]).toEqual([[0, 157.5], [1, 63]]);
    expect(sheet?.rowHeights.get(0)).toBe(28);
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(sheet?.freeze).toBe('rows 2');
    expect(Object.fromEntries(sheet?.pageLayout ?? [])).toEqual({
      paperSize: 'A4', orientation: 'Landscape', centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$2:$2',
    });
  });

  it('hides the content marker’s column instead of giving it a width', async () => {
    const m = { ...model([{ row: 0, col: 2, value: 'BudgetPerf_Output_budget', style: 'marker' }]), columns: [{ width: 30 }, { width: 12 }, { width: 2, hidden: true }] };
    const { sheet } = await written(m);
    expect([...(sheet?.hiddenColumns ?? [])]).toEqual([2]);
    expect(sheet?.columnWidths.has(2)).toBe(false);
    expect(sheet?.peek(0, 2)?.value).toBe('BudgetPerf_Output_budget');
  });

  it('sends a row of 409 points, Excel’s tallest, and the fake refuses one taller as Excel does', async () => {
    const tall = (height: number) => ({ ...model([{ row: 0, col: 0, value: '存在的问题', style: 'paragraph' }]), rowHeights: [{ row: 0, height }] });
    expect((await written(tall(409))).sheet?.rowHeights.get(0)).toBe(409);
    await expect(written(tall(409.5))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('writes a sheet of 400 000 cells in row blocks, every request within its budget', async () => {
    const cells: SheetCell[] = [];
    for (let row = 0; row < 50_000; row++) {
      for (let col = 0; col < 8; col++) cells.push({ row, col, value: col === 0 ? `项目${row + 1}` : row * 8 + col, style: col === 0 ? 'text' : 'amount' });
    }
    const { excel, sheet } = await written(model(cells), 2_000_000);
    expect(sheet?.peek(49_999, 0)?.value).toBe('项目50000');
    expect(sheet?.peek(49_999, 7)?.value).toBe(49_999 * 8 + 7);
    expect(Math.max(...excel.bytesPerSync)).toBeLessThan(2_100_000);
    expect(excel.syncCount).toBeGreaterThanOrEqual(3);
  });
});
