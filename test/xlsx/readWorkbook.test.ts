import { join } from 'node:path';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core';
import { UNCALCULATED } from '../../src/core';
import { SheetGrid } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/xlsx';
import { makeTempDir, writeXlsx } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const path = await writeXlsx(dir, 'budget.xlsx', (workbook) => {
    const budget = workbook.addWorksheet('预算表');
    budget.getCell('A1').value = '2024年项目支出预算执行情况表';
    budget.mergeCells('A1:E1');
    budget.getCell('A2').value = '单位：万元';
    budget.getRow(3).values = ['项目名称', '全年预算数', '全年执行数', '执行率', '备注'];
    budget.getRow(4).values = ['办公经费', 100, { formula: 'B4*0.9', result: 90 }, 0.9, '已完成'];
    budget.getCell('D4').numFmt = '0.00%';
    budget.getRow(5).values = ['举报奖励', '1,526.71', 0, { error: '#DIV/0!' }];
    budget.getCell('E5').value = { richText: [{ text: '暂未' }, { font: { bold: true }, text: '支出' }] };
    budget.getRow(6).values = ['培训费', 52, { formula: 'C4/0', result: { error: '#DIV/0!' } }, { formula: 'NOW()' }];
    budget.getCell('E6').value = { text: '文件', hyperlink: 'https://example.org/a.pdf' };
    budget.getCell('A7').value = new Date(Date.UTC(2024, 11, 31));
    budget.getCell('B7').value = { sharedFormula: 'C4', result: 45 };
    budget.getCell('C7').value = true;
    budget.getCell('A8').value = '一级指标';
    budget.mergeCells('A8:A10');

    const spaced = workbook.addWorksheet('Budget 2024');
    spaced.getCell('B2').value = 'Unit: CNY';
    spaced.addTable({
      name: 'BudgetLines',
      ref: 'B3',
      headerRow: true,
      columns: [{ name: 'Project' }, { name: 'Budget' }, { name: 'Actual' }],
      rows: [
        ['Office', 100, 90],
        ['Training', 50, 0],
      ],
    });
    spaced.addTable({
      name: 'NoHeader',
      ref: 'F3',
      headerRow: false,
      columns: [{ name: 'Column1' }, { name: 'Column2' }],
      rows: [['a', 1]],
    });

    workbook.addWorksheet('空表');
  });
  snapshot = await readWorkbook(path);
});

afterAll(() => cleanup());

function sheet(name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('readWorkbook: values', () => {
  it('lists every worksheet in order, names with spaces kept', () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['预算表', 'Budget 2024', '空表']);
  });

  it('starts a sheet used from A1 at origin A1', () => {
    expect(sheet('预算表').origin).toEqual({ row: 0, col: 0 });
  });

  it.each([
    ['a plain string', 1, 0, '单位：万元'],
    ['a number', 3, 1, 100],
    ['a formula as its cached result', 3, 2, 90],
    ['a text number as text', 4, 1, '1,526.71'],
    ['zero as 0, not empty', 4, 2, 0],
    ['an Excel error value', 4, 3, { error: '#DIV/0!' }],
    ['rich text as its joined text', 4, 4, '暂未支出'],
    ['a formula whose result is an error', 5, 2, { error: '#DIV/0!' }],
    ['a formula never calculated as one awaiting its result', 5, 3, UNCALCULATED],
    ['a hyperlink as its text', 5, 4, '文件'],
    ['a date as YYYY-MM-DD', 6, 0, '2024-12-31'],
    ['a shared formula as its cached result', 6, 1, 45],
    ['a boolean', 6, 2, true],
  ])('reads %s', (_what, row, col, expected) => {
    expect(sheet('预算表').rows[row][col]).toEqual(expected);
  });

  it('keeps number formats beside the values, null where there is none', () => {
    const budget = sheet('预算表');
    expect(budget.formats?.[3][3]).toBe('0.00%');
    expect(budget.formats?.[3][1] ?? null).toBeNull();
    expect(new SheetGrid(budget).format(3, 3)).toBe('0.00%');
  });

  it('lists merges and keeps their value only at the top-left', () => {
    const budget = sheet('预算表');
    expect(budget.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 7, left: 0, bottom: 9, right: 0 },
      ]),
    );
    expect(budget.merges).toHaveLength(2);
    expect(budget.rows[0][0]).toBe('2024年项目支出预算执行情况表');
    expect(budget.rows[0].slice(1).every((v) => v === null)).toBe(true);
    expect(budget.rows[8]?.[0] ?? null).toBeNull();
    expect(new SheetGrid(budget).value(9, 0)).toBe('一级指标');
  });

  it('has no merges or tables on a sheet without them', () => {
    expect(sheet('预算表').tables).toEqual([]);
    expect(sheet('Budget 2024').merges).toEqual([]);
  });
});

describe('readWorkbook: a sheet not used from A1', () => {
  it('starts at the first used row and column', () => {
    const spaced = sheet('Budget 2024');
    expect(spaced.origin).toEqual({ row: 1, col: 1 });
    expect(spaced.rows[0][0]).toBe('Unit: CNY');
    expect(spaced.rows[1].slice(0, 3)).toEqual(['Project', 'Budget', 'Actual']);
    expect(spaced.rows[3].slice(0, 3)).toEqual(['Training', 50, 0]);
  });

  it('gives the core sheet addresses that name the real cells', () => {
    const grid = new SheetGrid(sheet('Budget 2024'));
    expect(grid.value(4, 3)).toBe(0);
    expect(grid.address(4, 3)).toBe("'Budget 2024'!D5");
  });

  it('reads an empty sheet as no rows', () => {
    expect(sheet('空表')).toMatchObject({ origin: { row: 0, col: 0 }, rows: [], merges: [], tables: [] });
  });
});

describe('readWorkbook: Excel tables (ListObjects)', () => {
  it('lists each table with its range in sheet coordinates', () => {
    expect(sheet('Budget 2024').tables).toEqual([
      { name: 'BudgetLines', range: { top: 2, left: 1, bottom: 4, right: 3 }, hasHeaderRow: true },
      { name: 'NoHeader', range: { top: 2, left: 5, bottom: 2, right: 6 }, hasHeaderRow: false },
    ]);
  });
});

describe('readWorkbook: a table saved by Excel', () => {
  // Excel omits headerRowCount (it defaults to 1); ExcelJS 4.4 then reports no header row.
  it('still has its header row', async () => {
    const path = await writeXlsx(dir, 'excel-table.xlsx', (workbook) => {
      const ws = workbook.addWorksheet('Sheet1');
      ws.addTable({ name: 'T', ref: 'A1', columns: [{ name: '项目' }, { name: '预算数' }], rows: [['a', 1]] });
    });
    const JSZip = (await import('jszip')).default;
    const { readFile, writeFile } = await import('node:fs/promises');
    const zip = await JSZip.loadAsync(await readFile(path));
    const tableXml = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml$/.test(f));
    if (!tableXml) throw new Error('no table part');
    const xml = await zip.file(tableXml)!.async('string');
    expect(xml).toContain('headerRowCount="1"');
    zip.file(tableXml, xml.replace(' headerRowCount="1"', ''));
    const excelPath = join(dir, 'excel-table-2.xlsx');
    await writeFile(excelPath, await zip.generateAsync({ type: 'nodebuffer' }));

    const read = await readWorkbook(excelPath);
    expect(read.sheets[0].tables).toEqual([{ name: 'T', range: { top: 0, left: 0, bottom: 1, right: 1 }, hasHeaderRow: true }]);
  });
});
