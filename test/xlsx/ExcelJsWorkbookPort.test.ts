import ExcelJS from 'exceljs';
import { markerFor, tempMarkerFor, type SheetModel } from '../../src/core';
import { ExcelJsWorkbookPort } from '../../src/xlsx';

const MODEL: SheetModel = {
  id: 'overview',
  name: '自评_总览',
  columns: [{ width: 9 }, { width: 30 }],
  rowHeights: [{ row: 1, height: 40 }],
  cells: [
    { row: 0, col: 0, value: '标题', style: 'title', format: '@' },
    { row: 1, col: 0, value: 0.52, style: 'percent', format: '0.00%' },
    { row: 1, col: 1, value: "预算'表!E12", style: 'link', link: { sheet: "预算'表", cell: 'E12' } },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  freeze: { rows: 1, cols: 0 },
  print: { orientation: 'landscape', fitToWidth: true, area: { top: 0, left: 0, bottom: 1, right: 1 }, repeatRows: { first: 0, last: 0 } },
};

describe('ExcelJsWorkbookPort', () => {
  it('adds, marks, renames and deletes sheets, the markers following their sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('预算表');
    const port = new ExcelJsWorkbookPort(workbook);
    await port.addSheet('~自评_总览');
    await port.setMarker(tempMarkerFor('overview'), '~自评_总览');
    expect(await port.listMarkers()).toEqual([{ marker: 'BudgetPerf_Temp_overview', sheet: '~自评_总览' }]);
    await port.renameSheet('~自评_总览', '自评_总览');
    await port.setMarker(markerFor('overview'), '自评_总览');
    await port.removeMarker(tempMarkerFor('overview'));
    expect(await port.listSheets()).toEqual(['预算表', '自评_总览']);
    expect(await port.listMarkers()).toEqual([{ marker: 'BudgetPerf_Output_overview', sheet: '自评_总览' }]);
    await port.deleteSheet('自评_总览');
    expect(await port.listSheets()).toEqual(['预算表']);
    expect(await port.listMarkers()).toEqual([]);
  });

  it('writes a model as it says: values, formats, styles by name, merges, widths, heights, freeze, print', async () => {
    const workbook = new ExcelJS.Workbook();
    const port = new ExcelJsWorkbookPort(workbook);
    await port.addSheet('自评_总览');
    await port.writeSheet('自评_总览', MODEL);
    const sheet = workbook.getWorksheet('自评_总览')!;
    expect(sheet.getCell('A1')).toMatchObject({ value: '标题', numFmt: '@' });
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(sheet.getCell('A2')).toMatchObject({ value: 0.52, numFmt: '0.00%' });
    expect(sheet.getCell('B2').value).toEqual({ formula: 'HYPERLINK("#\'预算\'\'表\'!E12","预算\'表!E12")', result: "预算'表!E12" });
    expect(sheet.model.merges).toEqual(['A1:B1']);
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width, sheet.getRow(2).height]).toEqual([9.01, 30, 40]);
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', xSplit: 0, ySplit: 1 })]);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: 'A1:B2', printTitlesRow: '1:1',
    });
  });
});
