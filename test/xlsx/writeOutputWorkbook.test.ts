import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildOutputSheets, evaluateWorkbook, OUTPUT_SHEET_NAMES, OutputSheetConflictError, toJsonReport } from '../../src/core';
import { openWorkbook, readWorkbook, writeOutputWorkbook, WorkbookWriteError } from '../../src/xlsx';
import { makeTempDir, writeXlsx } from './fixtures';
import { cellsOf, evaluateInto, failingAt, loadWorkbook, mergesOf, sheetXml, writeSampleWithExtras } from './outputFixtures';

const OUTPUT = Object.values(OUTPUT_SHEET_NAMES);
const USER_SHEETS = ['预算执行表', '绩效指标表', '自评得分', '备查'];

let dir: string;
let cleanup: () => Promise<void>;
let input: string;
let output: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  input = await writeSampleWithExtras(dir);
  output = join(dir, 'out.xlsx');
  await evaluateInto(input, output);
});

afterAll(() => cleanup());

describe('writeOutputWorkbook on the sample', () => {
  it('adds the five 自评_ sheets after the user’s, marked as ours by defined names', async () => {
    const workbook = await loadWorkbook(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...USER_SHEETS, ...OUTPUT]);
    expect(workbook.definedNames.model.filter((n) => n.name.startsWith('BudgetPerf_'))).toEqual([
      { name: 'BudgetPerf_Output_overview', ranges: ["'自评_总览'!$A$1"] },
      { name: 'BudgetPerf_Output_budget', ranges: ["'自评_预算执行'!$A$1"] },
      { name: 'BudgetPerf_Output_indicators', ranges: ["'自评_绩效指标'!$A$1"] },
      { name: 'BudgetPerf_Output_form', ranges: ["'自评_自评表'!$A$1"] },
      { name: 'BudgetPerf_Output_report', ranges: ["'自评_报告'!$A$1"] },
    ]);
  });

  it('copies every cell of every user sheet unchanged: values, formulas, types, number formats and merges', async () => {
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(output)];
    for (const name of USER_SHEETS) {
      const [a, b] = [before.getWorksheet(name)!, after.getWorksheet(name)!];
      expect({ name, cells: cellsOf(b) }).toEqual({ name, cells: cellsOf(a) });
      expect({ name, merges: mergesOf(b) }).toEqual({ name, merges: mergesOf(a) });
      expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
    }
    const extra = after.getWorksheet('备查')!;
    expect(extra.getCell('B2').value).toEqual({ formula: 'A2*2', result: 25 });
    expect(extra.getCell('B4').value).toBe('=不是公式');
  });

  it('writes amounts in 万元 to 2 decimals and rates as percentages, the 0% line on its own row', async () => {
    const sheet = (await loadWorkbook(output)).getWorksheet('自评_预算执行')!;
    const row = sheet.getRow(10);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value)).toEqual([7, '欺诈骗保行为举报奖励专项资金', '项目支出', 3, 0, 0, 0, '执行率为0']);
    expect(row.getCell(9).value).toEqual({ formula: 'HYPERLINK("#\'预算执行表\'!B12","预算执行表!B12")', result: '预算执行表!B12' });
    expect([row.getCell(4).numFmt, row.getCell(6).numFmt, row.getCell(2).numFmt]).toEqual(['#,##0.00', '0.00%', '@']);
    expect(row.getCell(2).font).toMatchObject({ name: '宋体', size: 11 });
    expect(row.getCell(2).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
  });

  it('leaves our own sheets out of what is evaluated: OUT evaluates as IN did', async () => {
    const [a, b] = [await readWorkbook(input), await readWorkbook(output)];
    expect(evaluateWorkbook(b).resultSheets).toEqual(OUTPUT);
    expect(toJsonReport(evaluateWorkbook(b), 'zh-CN')).toEqual(toJsonReport(evaluateWorkbook(a), 'zh-CN'));
  });

  it('a second run on OUT gives the same 自评_ sheets, still one copy of each', async () => {
    const again = join(dir, 'again.xlsx');
    await evaluateInto(output, again);
    const [first, second] = [await loadWorkbook(output), await loadWorkbook(again)];
    expect(second.worksheets.map((w) => w.name)).toEqual([...USER_SHEETS, ...OUTPUT]);
    expect(second.definedNames.model).toEqual(first.definedNames.model);
    for (const name of OUTPUT) {
      const [a, b] = [first.getWorksheet(name)!, second.getWorksheet(name)!];
      expect({ name, cells: cellsOf(b) }).toEqual({ name, cells: cellsOf(a) });
      expect({ name, merges: mergesOf(b) }).toEqual({ name, merges: mergesOf(a) });
      expect(b.columns.map((c) => c.width)).toEqual(a.columns.map((c) => c.width));
      expect(b.pageSetup).toEqual(a.pageSetup);
    }
  });
});

describe('writeOutputWorkbook: text from the user stays text', () => {
  const NAMES = ['=HYPERLINK("http://example.invalid","x")', '+1', '-1', '@SUM(A1)'];

  it('writes names beginning with =, +, - or @ as text cells in every output sheet, never as formulas', async () => {
    const risky = await writeXlsx(dir, 'risky.xlsx', (workbook) => {
      const budget = workbook.addWorksheet('预算表');
      budget.getCell('A1').value = '单位：万元';
      budget.getRow(2).values = ['项目名称', '全年预算数', '全年执行数'];
      budget.getRow(3).values = [NAMES[0], 10, 0];
      budget.getRow(4).values = [NAMES[1], 10, 5];
      budget.getRow(5).values = [NAMES[2], 10, 10];
      budget.getRow(6).values = [NAMES[3], 10, 10];
      const indicators = workbook.addWorksheet('指标表');
      indicators.getRow(1).values = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '偏差原因'];
      indicators.getRow(2).values = ['产出指标', '数量指标', NAMES[0], '≥10家', '8家', 45, NAMES[1]];
      indicators.getRow(3).values = ['效益指标', '社会效益指标', NAMES[1], '≥90%', '80%', 45, ''];
    });
    const out = join(dir, 'risky-out.xlsx');
    await evaluateInto(risky, out);

    const workbook = await loadWorkbook(out);
    const xml = await sheetXml(out);
    for (const name of OUTPUT) {
      // Cells covered by a merge echo their top-left cell's value in ExcelJS: only the top-left is stored.
      const cells = Object.values(cellsOf(workbook.getWorksheet(name)!)).filter((c) => c.type !== ExcelJS.ValueType.Merge);
      const holding = cells.filter((c) => typeof c.value === 'string' && NAMES.some((n) => String(c.value).includes(n)));
      expect({ name, found: holding.length > 0 }).toEqual({ name, found: true });
      for (const cell of holding) expect({ name, value: cell.value, type: cell.type }).toEqual({ name, value: cell.value, type: ExcelJS.ValueType.String });
      // The only formulas are our HYPERLINKs to the user's cells.
      for (const [, formula] of xml[name].matchAll(/<f>([^<]*)<\/f>/g)) expect(formula).toMatch(/^HYPERLINK\("#'(预算表|指标表)'!/);
      expect(xml[name]).not.toContain('example.invalid","x")</f>');
    }
    const budget = workbook.getWorksheet('自评_预算执行')!;
    expect([budget.getCell('B4').value, budget.getCell('B5').value]).toEqual([NAMES[0], NAMES[1]]);
    expect([budget.getCell('B4').numFmt, budget.getCell('B5').numFmt]).toEqual(['@', '@']);
    const form = workbook.getWorksheet('自评_自评表')!;
    expect(form.getCell('D11').value).toBe(NAMES[0]);
    expect(form.getCell('I11').value).toBe(NAMES[1]);
  });
});

describe('writeOutputWorkbook: safety', () => {
  it('leaves OUT and the earlier 自评_ sheets unchanged when the writer fails part-way', async () => {
    const target = join(dir, 'target.xlsx');
    await evaluateInto(input, target);
    const bytes = await readFile(target);
    const opened = await openWorkbook(target);
    const models = buildOutputSheets(evaluateWorkbook(opened.snapshot), 'en', new Date(2026, 0, 1));

    await expect(writeOutputWorkbook(opened, models, target, { port: failingAt('writeSheet', 3) })).rejects.toThrow(
      'injected failure at writeSheet #3',
    );
    expect(await readFile(target)).toEqual(bytes);
    expect((await loadWorkbook(target)).getWorksheet('自评_总览')!.getCell('A1').value).toBe('绩效自评结果总览');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite a user sheet called 自评_总览, and writes nothing', async () => {
    const clash = await writeXlsx(dir, 'clash.xlsx', (workbook) => {
      workbook.addWorksheet('预算表').getRow(1).values = ['项目名称', '全年预算数', '全年执行数'];
      workbook.addWorksheet('自评_总览').getCell('A1').value = '我自己的总览';
    });
    const out = join(dir, 'clash-out.xlsx');
    const error: unknown = await evaluateInto(clash, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputSheetConflictError);
    expect((error as Error).message).toContain('工作簿中已有名为“自评_总览”的工作表');
    expect(await readdir(dir)).not.toContain('clash-out.xlsx');
  });

  it.each<[string, () => string, string]>([
    ['a folder that does not exist', () => join(dir, 'missing', 'out.xlsx'), 'not-found'],
    ['a folder', () => dir, 'is-directory'],
  ])('says why it cannot write into %s, leaving no temporary file', async (_what, path, code) => {
    const error: unknown = await evaluateInto(input, path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe(code);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
