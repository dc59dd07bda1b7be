import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress, type CellRange, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core';
import { ALL_FEATURES, readSnapshot, readWorkbook as readOfficeWorkbook } from '../../src/excel';
import { localAddress, splitAreas } from '../../src/excel/officeAddresses';
import { readWorkbook } from '../../src/xlsx';
import { benchSheets, type BenchSheet } from '../../scripts/benchWorkbooks';
import { makeTempDir } from '../xlsx/fixtures';
import { FakeExcel as FakeHost, type FakeSheet } from './fake';
import { evaluateOne } from '../core/evaluateOne';

const DIV0 = { error: '#DIV/0!' };

/** A budget sheet like the sample: title merged across, unit note, header, lines, an error, a 合计. */
const BUDGET: FakeSheet = {
  name: '预算表',
  rows: [
    ['2024年项目支出预算执行情况表', null, null, null, null],
    ['单位：万元'],
    ['项目名称', '全年预算数', '全年执行数', '执行率', '备注'],
    ['办公经费', 100, 90, 0.9, '已完成'],
    ['举报奖励', 20, 0, DIV0],
    ['培训费', 52.5, 40, 0.7619, ''],
    ['合计', 172.5, 130, 0.7536],
  ],
  formats: [[], [], [], [null, '#,##0.00', '#,##0.00', '0.00%'], [null, '#,##0.00', '#,##0.00', '0.00%']],
  merges: ['A1:E1'],
};

/** A ListObject away from A1, a headerless one, and an empty sheet. */
const LIST: FakeSheet = {
  name: 'Budget 2024',
  origin: { row: 1, col: 1 },
  rows: [
    ['Unit: CNY'],
    ['Project', 'Budget', 'Actual', null, 'a', 1],
    ['Office', 100, 90],
    ['Training', 50, true],
  ],
  tables: [
    { name: 'BudgetLines', ref: 'B3:D5', showHeaders: true },
    { name: 'NoHeader', ref: 'F3:G3', showHeaders: false },
  ],
};
const EMPTY: FakeSheet = { name: '空表', rows: [] };

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function range(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

function toFakeSheet(sheet: BenchSheet): FakeSheet {
  return {
    name: sheet.name,
    rows: sheet.rows as readonly (readonly CellValue[])[],
    formats: sheet.rows.map((row) => row.map((v, c) => (typeof v === 'number' && sheet.amountColumns.includes(c + 1) ? '#,##0.00' : null))),
    merges: sheet.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`),
  };
}

describe('readSnapshot: what it reads', () => {
  let snapshot: WorkbookSnapshot;
  let host: FakeHost;

  beforeAll(async () => {
    host = new FakeHost([BUDGET, LIST, EMPTY]);
    snapshot = await readSnapshot(host);
  });

  it('keeps the sheets in tab order', () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['预算表', 'Budget 2024', '空表']);
  });

  it('reads numbers, text, booleans and Excel errors; empty text is empty', () => {
    const budget = sheetOf(snapshot, '预算表');
    expect(budget.origin).toEqual({ row: 0, col: 0 });
    expect(budget.rows[0]).toEqual(['2024年项目支出预算执行情况表']);
    expect(budget.rows[1]).toEqual(['单位：万元']);
    expect(budget.rows[2]).toEqual(['项目名称', '全年预算数', '全年执行数', '执行率', '备注']);
    expect(budget.rows[3]).toEqual(['办公经费', 100, 90, 0.9, '已完成']);
    expect(budget.rows[4]).toEqual(['举报奖励', 20, 0, DIV0]);
    expect(budget.rows[5]).toEqual(['培训费', 52.5, 40, 0.7619]);
    expect(budget.rows).toHaveLength(7);
    expect(sheetOf(snapshot, 'Budget 2024').rows[3]).toEqual(['Training', 50, true]);
  });

  it('reads number formats, General as none', () => {
    const budget = sheetOf(snapshot, '预算表');
    expect(budget.formats?.[3]).toEqual([null, '#,##0.00', '#,##0.00', '0.00%', null]);
    expect(budget.formats?.[0]).toEqual([null]);
  });

  it('reads merges and tables in sheet coordinates, and the origin of a used range away from A1', () => {
    expect(sheetOf(snapshot, '预算表').merges).toEqual([range(0, 0, 0, 4)]);
    const list = sheetOf(snapshot, 'Budget 2024');
    expect(list.origin).toEqual({ row: 1, col: 1 });
    expect(list.rows[0]).toEqual(['Unit: CNY']);
    expect(list.tables).toEqual([
      { name: 'BudgetLines', range: range(2, 1, 4, 3), hasHeaderRow: true },
      { name: 'NoHeader', range: range(2, 5, 2, 6), hasHeaderRow: false },
    ]);
    expect(sheetOf(snapshot, '预算表').tables).toEqual([]);
  });

  it('reads an empty sheet as no rows', () => {
    expect(sheetOf(snapshot, '空表')).toEqual({ name: '空表', origin: { row: 0, col: 0 }, rows: [], formats: [], merges: [], tables: [] });
  });

  it('loads names first, then addresses, then values only', () => {
    const bySync = (k: number) => host.loads.filter((l) => l.sync === k);
    expect(bySync(1).map((l) => `${l.target}:${l.properties}`)).toEqual([
      'worksheets:items/name',
      'tables:items/name,items/showHeaders',
      'names:items/name,items/formula',
    ]);
    expect(bySync(2).every((l) => !l.properties.includes('values'))).toBe(true);
    expect(bySync(3).map((l) => `${l.target}:${l.properties}`)).toEqual([
      'range(预算表!A1:E7):values,numberFormat,valueTypes',
      "range('Budget 2024'!B2:G5):values,numberFormat,valueTypes",
    ]);
    expect(host.syncCount).toBe(3);
  });

  it('sees Excel error values by their value type, not their text', async () => {
    const text = await readSnapshot(new FakeHost([{ name: 'S', rows: [['#DIV/0!', DIV0]] }]));
    expect(text.sheets[0].rows[0]).toEqual(['#DIV/0!', DIV0]);
  });
});

describe('readSnapshot: syncs sized by the bytes of their answers', () => {
  it.each([10, 1_000, 50_000])('reads %i budget lines in 3 syncs when their answer fits the budget', async (lines) => {
    const sheets = benchSheets(lines).map(toFakeSheet);
    const host = new FakeHost(sheets);
    const snapshot = await readSnapshot(host, { maxBytesPerResponse: 100_000_000 });
    expect(host.syncCount).toBe(3);
    expect(snapshot.sheets[0].rows.length).toBe(sheets[0].rows.length);
  });

  it('reads a sheet over the budget in row blocks sized from what its first rows weighed, none refused', async () => {
    const sheets = benchSheets(3_000).map(toFakeSheet);
    const whole = await readSnapshot(new FakeHost(sheets), { maxBytesPerResponse: 100_000_000 });
    const budget = 40_000;
    // Twice the budget: the estimate may be off, but not by half.
    const host = new FakeHost(sheets, { responseByteLimit: 2 * budget });
    const read = await readOfficeWorkbook(host, { maxBytesPerResponse: budget });
    expect(read.snapshot).toEqual(whole);
    expect(read.retries).toBe(0);
    expect(host.syncCount).toBeGreaterThan(2 + 10);
    expect(host.largest.response).toBeLessThanOrEqual(2 * budget);
  });

  it('packs small sheets together and starts another sync when the next does not fit', async () => {
    const small = (name: string): FakeSheet => ({ name, rows: [[1, 2], [3, 4]] }); // 4 cells, some 200 bytes guessed
    const host = new FakeHost([small('a'), small('b'), small('c')]);
    const snapshot = await readSnapshot(host, { maxBytesPerResponse: 400 });
    expect(host.syncCount).toBe(2 + 2);
    expect(snapshot.sheets.map((s) => s.rows)).toEqual([0, 1, 2].map(() => [[1, 2], [3, 4]]));
  });

  it('reads a row wider than the budget one row per sync', async () => {
    const host = new FakeHost([{ name: 'wide', rows: [[1, 2, 3, 4], [5, 6, 7, 8]] }]);
    const snapshot = await readSnapshot(host, { maxBytesPerResponse: 100 });
    expect(host.syncCount).toBe(2 + 2);
    expect(snapshot.sheets[0].rows).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
  });

  it('reads a block Excel refuses as too large again in halves, and gets every row', async () => {
    // Short cells first, then notes of 75 characters: the first rows make a poor estimate of the rest.
    const rows: CellValue[][] = [['项目', '备注'], ...Array.from({ length: 400 }, (_, i) => [i, i < 200 ? 'x' : '说明'.repeat(37) + i])];
    const host = new FakeHost([{ name: '说明', rows }], { responseByteLimit: 60_000 });
    const read = await readOfficeWorkbook(host, { maxBytesPerResponse: 50_000 });
    expect(read.retries).toBeGreaterThan(0);
    expect(read.snapshot.sheets[0].rows).toEqual(rows);
    expect(host.largest.response).toBeGreaterThan(0);
  });

  it('gives up with Excel’s own error when a single row is too large to answer', async () => {
    const host = new FakeHost([{ name: '长文', rows: [['说'.repeat(30_000), '明'.repeat(30_000)]] }], { responseByteLimit: 100_000 });
    await expect(readSnapshot(host)).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('readSnapshot: a failed sync', () => {
  const sheets = [BUDGET, LIST, EMPTY];
  const budget = 700; // 预算表 and Budget 2024 in several blocks each

  it('rejects with the error of whichever sync fails, and stops there', async () => {
    const counting = new FakeHost(sheets);
    await readSnapshot(counting, { maxBytesPerResponse: budget });
    expect(counting.syncCount).toBeGreaterThanOrEqual(6);
    for (let k = 1; k <= counting.syncCount; k++) {
      const failure = new Error(`GeneralException at sync ${k}`);
      const host = new FakeHost(sheets, { failAtSync: k, failure });
      await expect(readSnapshot(host, { maxBytesPerResponse: budget })).rejects.toBe(failure);
      expect(host.syncCount).toBe(k);
    }
  });
});

describe('readSnapshot against the .xlsx shell', () => {
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
  });
  afterAll(() => cleanup());

  async function viaExcelJs(sheets: readonly FakeSheet[]): Promise<WorkbookSnapshot> {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of sheets) {
      const ws = workbook.addWorksheet(sheet.name);
      const origin = sheet.origin ?? { row: 0, col: 0 };
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === '') return;
          const cell = ws.getCell(origin.row + r + 1, origin.col + c + 1);
          cell.value = typeof value === 'object' ? { error: value.error as ExcelJS.CellErrorValue['error'] } : value;
          const format = sheet.formats?.[r]?.[c];
          if (format) cell.numFmt = format;
        }),
      );
      for (const merge of sheet.merges ?? []) ws.mergeCells(merge);
      for (const table of sheet.tables ?? []) {
        const [start] = table.ref.split(':');
        const top = Number(/\d+/.exec(start)?.[0]) - 1;
        const left = start.charCodeAt(0) - 65;
        const end = localAddress(table.ref).split(':')[1] ?? start;
        const bottom = Number(/\d+/.exec(end)?.[0]) - 1;
        const right = end.charCodeAt(0) - 65;
        const cell = (row: number, col: number) => sheet.rows[row - origin.row]?.[col - origin.col] ?? null;
        const width = right - left + 1;
        const columns = Array.from({ length: width }, (_, i) => ({ name: table.showHeaders ? String(cell(top, left + i)) : `Column${i + 1}` }));
        const first = table.showHeaders ? top + 1 : top;
        const rows = [];
        for (let row = first; row <= bottom; row++) rows.push(Array.from({ length: width }, (_, i) => cell(row, left + i)));
        ws.addTable({ name: table.name, ref: start, headerRow: table.showHeaders, columns, rows });
      }
    }
    const path = join(dir, `${sheets[0].name}-${sheets.length}.xlsx`);
    await workbook.xlsx.writeFile(path);
    return readWorkbook(path);
  }

  it('reads the same cells, merges and tables as readWorkbook', async () => {
    const sheets = [BUDGET, LIST, EMPTY];
    const fromExcel = await readSnapshot(new FakeHost(sheets));
    const fromFile = await viaExcelJs(sheets);
    expect(fromExcel.sheets.map((s) => [s.name, s.origin, s.rows, s.merges, s.tables])).toEqual(
      fromFile.sheets.map((s) => [s.name, s.origin, s.rows, s.merges, s.tables]),
    );
  });

  it.each([
    ['the budget sheet', [BUDGET]],
    ['a 300-line workbook like the sample', benchSheets(300).map(toFakeSheet)],
  ])('evaluates %s to the same lines and flags', async (_label, sheets) => {
    const fromExcel = evaluateOne(await readSnapshot(new FakeHost(sheets), { maxBytesPerResponse: 20_000 }));
    const fromFile = evaluateOne(await viaExcelJs(sheets));
    expect(fromExcel.lines.length).toBeGreaterThan(0);
    expect(fromExcel.lines).toEqual(fromFile.lines);
    expect(fromExcel.flags).toEqual(fromFile.flags);
    expect(fromExcel.scores).toEqual(fromFile.scores);
  });
});

describe('addresses', () => {
  it('splits merged areas at commas outside quoted sheet names', () => {
    expect(splitAreas("'a, b'!A1:B2, 'a, b'!C3")).toEqual(["'a, b'!A1:B2", "'a, b'!C3"]);
    expect(splitAreas('Sheet1!A1:E1, Sheet1!A8:A10')).toEqual(['Sheet1!A1:E1', 'Sheet1!A8:A10']);
  });

  it('keeps the cell part of a qualified address', () => {
    expect(localAddress("'x!y'!$B$3:$D$5")).toEqual('B3:D5');
    expect(localAddress('B3')).toEqual('B3');
  });
});

describe('readWorkbook (Office.js): what it leaves out and brings along', () => {
  const ours: FakeSheet = { name: '自评_总览', rows: [['总分', 96.63]] };
  const marked = () => {
    const host = new FakeHost([BUDGET, ours, EMPTY]);
    host.names.set('BudgetPerf_Output_overview', "='自评_总览'!$A$1");
    host.names.set('BudgetPerf_Output_budget', '=#REF!$A$1');
    host.names.set('打印区域', '=预算表!$A$1:$E$7');
    host.settings.set('BudgetPerf.settings', { version: 1, settings: { lowExecutionThreshold: 0.8 } });
    return host;
  };

  it('does not read the sheets our markers point to, and lists every sheet and marker', async () => {
    const host = marked();
    const read = await readOfficeWorkbook(host, { settingKey: 'BudgetPerf.settings' });
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(['预算表', '空表']);
    expect(read.sheetNames).toEqual(['预算表', '自评_总览', '空表']);
    expect(read.markers).toEqual([
      { marker: 'BudgetPerf_Output_overview', sheet: '自评_总览' },
      { marker: 'BudgetPerf_Output_budget', sheet: '' },
    ]);
    expect(host.loads.some((l) => l.target.includes('自评_总览'))).toBe(false);
    expect(host.syncCount).toBe(3);
  });

  it('brings the stored setting back in the first sync, or undefined when there is none', async () => {
    const host = marked();
    expect((await readOfficeWorkbook(host, { settingKey: 'BudgetPerf.settings' })).setting).toEqual({ version: 1, settings: { lowExecutionThreshold: 0.8 } });
    expect(host.loads.filter((l) => l.sync === 1).map((l) => l.target)).toContain('setting(BudgetPerf.settings)');
    expect((await readOfficeWorkbook(new FakeHost([BUDGET]), { settingKey: 'BudgetPerf.settings' })).setting).toBeUndefined();
  });

  it('asks for no merged areas where ExcelApi 1.13 is missing', async () => {
    const host = new FakeHost([BUDGET]);
    const { snapshot } = await readOfficeWorkbook(host, { features: { ...ALL_FEATURES, merges: false } });
    expect(host.loads.some((l) => l.target.startsWith('mergedAreas'))).toBe(false);
    expect(sheetOf(snapshot, '预算表').merges).toEqual([]);
    expect(sheetOf(snapshot, '预算表').rows[2]).toEqual(['项目名称', '全年预算数', '全年执行数', '执行率', '备注']);
  });
});
