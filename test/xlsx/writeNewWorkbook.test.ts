/**
 * A reviewer's summary written as a workbook of its own: read back by our reader and by ExcelJS (another
 * producer's reader) with its real values, filter buttons and links in the XML, and never written over a
 * workbook that is not one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { evaluateWorkbook } from '../../src/core';
import { buildReviewSheets, reviewRows } from '../../src/core/review';
import { readWorkbook, WorkbookWriteError, writeNewWorkbook } from '../../src/xlsx';
import { seedWorkbook } from '../core/grids';
import { makeTempDir } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

const workbook = evaluateWorkbook(seedWorkbook());
const models = buildReviewSheets(
  { rows: reviewRows('县医保局.xlsx', workbook, 'zh-CN'), flags: [], unreadable: [{ file: '坏.xlsx', reason: '已损坏' }], skipped: [], settings: workbook.settings },
  'zh-CN',
  new Date(2025, 2, 1, 10, 5),
);

describe('writeNewWorkbook', () => {
  it('writes the four sheets, read back with their values by our reader and by ExcelJS', async () => {
    const path = join(dir, 'summary.xlsx');
    await writeNewWorkbook(models, path);
    const ours = await readWorkbook(path);
    expect(ours.sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '无法读取', '说明']);
    const summary = ours.sheets[0];
    expect(summary.rows[3].slice(0, 2)).toEqual([1, '县医保局.xlsx']);
    expect(summary.rows[3][8]).toBe(96.63);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const sheet = excel.getWorksheet('汇总');
    expect(sheet?.getCell('I4').value).toBe(96.63);
    expect(sheet?.getCell('F4').value).toBe(19_810_400);
    expect(excel.getWorksheet('无法读取')?.getCell('C4').value).toBe('已损坏');
  });

  it('puts filter buttons on 汇总 and links each file to its form', async () => {
    const path = join(dir, 'links.xlsx');
    await writeNewWorkbook(models, path);
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet).toContain('<autoFilter ref="A3:Q4"/>');
    expect(sheet).toContain(`HYPERLINK("县医保局.xlsx#'${workbook.evaluations[0].scope.sheet}'!A1","县医保局.xlsx")`);
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(book).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'汇总'!$A$3:$Q$4</definedName>`);
  });

  it('replaces a summary it made, refuses any other file there unless forced', async () => {
    const path = join(dir, 'again.xlsx');
    await writeNewWorkbook(models, path);
    await writeNewWorkbook(models, path);
    const other = join(dir, 'unit.xlsx');
    await writeFile(other, 'not a summary');
    await expect(writeNewWorkbook(models, other)).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(await readFile(other, 'utf8')).toBe('not a summary');
    await writeNewWorkbook(models, other, { force: true });
    expect((await readWorkbook(other)).sheets).toHaveLength(4);
  });
});
