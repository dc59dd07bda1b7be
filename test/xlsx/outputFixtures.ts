import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import { buildOutputSheets, evaluateWorkbook, type Language, type RuleSetId, type WorkbookPort } from '../../src/core';
import { openWorkbook, writeOutputWorkbook, type WriteOutputOptions } from '../../src/xlsx';

export const RUN_TIME = new Date(2025, 2, 1, 10, 5);

/** The sample workbook, with one more sheet of what the writer must carry over untouched. */
export async function writeSampleWithExtras(dir: string, name = 'in.xlsx'): Promise<string> {
  const workbook = buildSampleWorkbook();
  const extra = workbook.addWorksheet('备查');
  extra.getCell('A1').value = '说明';
  extra.mergeCells('A1:C1');
  extra.getCell('A2').value = 12.5;
  extra.getCell('B2').value = { formula: 'A2*2', result: 25 };
  extra.getCell('C2').value = { formula: 'SUM(A2:B2)', result: 37.5 };
  extra.getCell('A3').value = new Date(Date.UTC(2025, 1, 24));
  extra.getCell('B3').value = true;
  extra.getCell('C3').value = { error: '#DIV/0!' };
  extra.getCell('A4').value = { richText: [{ text: '加粗', font: { bold: true } }, { text: '普通' }] };
  extra.getCell('B4').value = '=不是公式';
  extra.getCell('C4').value = { text: '财政部', hyperlink: 'http://www.mof.gov.cn/' };
  extra.getCell('A5').numFmt = '0.00%';
  extra.getCell('A5').value = 0.52;
  extra.mergeCells('B5:C6');
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** What `budget-perf evaluate IN --out OUT` does, with a fixed clock and an optional port wrapper. */
export async function evaluateInto(
  input: string,
  output: string,
  options: WriteOutputOptions & { ruleSet?: RuleSetId; lang?: Language } = {},
): Promise<void> {
  const opened = await openWorkbook(input);
  const evaluation = evaluateWorkbook(opened.snapshot, { ruleSet: options.ruleSet ?? 'dept-2024' });
  await writeOutputWorkbook(opened, buildOutputSheets(evaluation, options.lang ?? 'zh-CN', RUN_TIME), output, options);
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a sheet as plain data: value (formulas as `{ formula, result }`), type and number format. */
export function cellsOf(worksheet: ExcelJS.Worksheet): Record<string, { value: unknown; type: number; numFmt: string | undefined }> {
  const cells: Record<string, { value: unknown; type: number; numFmt: string | undefined }> = {};
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, type: cell.type, numFmt: cell.numFmt };
    });
  });
  return cells;
}

export function mergesOf(worksheet: ExcelJS.Worksheet): string[] {
  return [...worksheet.model.merges].sort();
}

/** The port wrapped so that its `n`-th call of `method` fails: a fault injected in the shell. */
export function failingAt(method: keyof WorkbookPort, n: number): (port: WorkbookPort) => WorkbookPort {
  return (port) => {
    let count = 0;
    return new Proxy(port, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (typeof value !== 'function') return value;
        if (property !== method) return value.bind(target);
        return async (...args: unknown[]) => {
          count++;
          if (count === n) throw new Error(`injected failure at ${method} #${n}`);
          return value.apply(target, args);
        };
      },
    });
  };
}

/** The XML of each worksheet of an .xlsx file, by sheet name. */
export async function sheetXml(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const result: Record<string, string> = {};
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    result[name] = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
  }
  return result;
}
