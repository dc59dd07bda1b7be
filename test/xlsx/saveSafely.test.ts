/**
 * Writing OUT safely: an existing file is replaced only if this tool wrote it (or with force), keeps its mode,
 * and leftovers of a killed run are removed; a marker of ours on a user's sheet makes it neither deleted nor
 * hidden from the engine.
 */
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOutputSheets, evaluateWorkbook } from '../../src/core';
import { openWorkbook, writeOutputWorkbook, WorkbookWriteError } from '../../src/xlsx';
import { makeTempDir, writeXlsx } from './fixtures';
import { evaluateInto, loadWorkbook, RUN_TIME, writeSampleWithExtras } from './outputFixtures';

let dir: string;
let cleanup: () => Promise<void>;
let input: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  input = await writeSampleWithExtras(dir);
});
afterAll(() => cleanup());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('writeOutputWorkbook: an existing OUT', () => {
  it.each<[string, (path: string) => Promise<unknown>]>([
    ['a text file', (path) => writeFile(path, '预算说明\n')],
    ['another workbook', (path) => writeXlsx(dir, path.slice(dir.length + 1), (workbook) => workbook.addWorksheet('别人的表'))],
  ])('is not replaced when it is %s, unless forced', async (_what, make) => {
    const out = join(dir, `${_what.replace(/\W/g, '')}.xlsx`);
    await make(out);
    const before = await readFile(out);
    const error = await errorOf(evaluateInto(input, out));
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe('not-ours');
    expect((error as WorkbookWriteError).messageIn('en')).toContain('add --force to overwrite it');
    expect(await readFile(out)).toEqual(before);
    await evaluateInto(input, out, { force: true });
    expect((await loadWorkbook(out)).getWorksheet('自评_总览')).toBeDefined();
  });

  it('is replaced when this tool wrote it, and keeps its mode (0600 stays 0600)', async () => {
    const out = join(dir, 'ours.xlsx');
    await evaluateInto(input, out);
    await chmod(out, 0o600);
    await evaluateInto(input, out);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
  });

  it('removes the temporary file a killed run left, and only ours of processes that are gone', async () => {
    const out = join(dir, 'leftover.xlsx');
    const dead = join(dir, '.leftover.xlsx.budget-perf-999999999-0badf00d.tmp');
    const alive = join(dir, `.leftover.xlsx.budget-perf-${process.ppid}-0badf00d.tmp`);
    const userFile = join(dir, '.leftover.xlsx.tmp');
    for (const path of [dead, alive, userFile]) await writeFile(path, 'half a workbook');
    await evaluateInto(input, out);
    const names = await readdir(dir);
    expect(names).not.toContain('.leftover.xlsx.budget-perf-999999999-0badf00d.tmp');
    expect(names).toEqual(expect.arrayContaining([`.leftover.xlsx.budget-perf-${process.ppid}-0badf00d.tmp`, '.leftover.xlsx.tmp']));
  });
});

describe('writeOutputWorkbook: our markers on a user’s sheet', () => {
  it('BudgetPerf_Temp_* and BudgetPerf_Output_* on user sheets delete nothing and hide nothing from the engine', async () => {
    const tricked = await writeXlsx(dir, 'tricked.xlsx', (workbook) => {
      const budget = workbook.addWorksheet('预算表');
      budget.getCell('A1').value = '单位：万元';
      budget.getRow(2).values = ['项目名称', '全年预算数', '全年执行数'];
      budget.getRow(3).values = ['办公经费', 100, 90];
      workbook.addWorksheet('备注').getCell('A1').value = '保留';
      workbook.definedNames.add("'备注'!$A$1", 'BudgetPerf_Temp_overview');
      workbook.definedNames.add("'预算表'!$A$1", 'BudgetPerf_Output_budget');
    });
    const opened = await openWorkbook(tricked);
    const evaluation = evaluateWorkbook(opened.snapshot);
    expect(evaluation.evaluations[0].lines.map((l) => l.name)).toEqual(['办公经费']);
    const out = join(dir, 'tricked-out.xlsx');
    await writeOutputWorkbook(opened, buildOutputSheets(evaluation, 'zh-CN', RUN_TIME), out);
    const written = await loadWorkbook(out);
    expect(written.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['预算表', '备注']);
    expect(written.getWorksheet('备注')!.getCell('A1').value).toBe('保留');
  });
});
