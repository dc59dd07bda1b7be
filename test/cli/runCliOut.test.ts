import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import type { JsonReport } from '../../src/core';
import { EXIT } from '../../src/cli';
import { runInProcess } from './runInProcess';
import { makeTempDir, writeXlsx } from '../xlsx/fixtures';

const RUN_TIME = new Date(2025, 2, 1, 10, 5);

let dir: string;
let cleanup: () => Promise<void>;
let sample: string;

const run = (...argv: string[]) => runInProcess(argv, () => RUN_TIME);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  sample = join(dir, 'sample.xlsx');
  await buildSampleWorkbook().xlsx.writeFile(sample);
});

afterAll(() => cleanup());

describe('budget-perf evaluate sample.xlsx --out out.xlsx', () => {
  let out: string;
  let workbook: ExcelJS.Workbook;
  let stdout: string;

  beforeAll(async () => {
    out = join(dir, 'out.xlsx');
    const result = await run('evaluate', sample, '--out', out);
    expect(result).toMatchObject({ code: EXIT.ok, stderr: '' });
    stdout = result.stdout;
    workbook = await load(out);
  });

  it('writes the five sheets after the user’s and says so after the summary', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '预算执行表', '绩效指标表', '自评得分', '自评_总览', '自评_预算执行', '自评_绩效指标', '自评_自评表', '自评_报告',
    ]);
    expect(stdout).toMatch(/^总分 96.63（自评 96），等次 优（自评 优）$/m);
    expect(stdout.endsWith(`已写入 ${out}：自评_总览、自评_预算执行、自评_绩效指标、自评_自评表、自评_报告\n`)).toBe(true);
  });

  it('自评_预算执行: the 0% line’s row', () => {
    const sheet = workbook.getWorksheet('自评_预算执行')!;
    const row = sheet.getRow(10);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value)).toEqual([7, '欺诈骗保行为举报奖励专项资金', '项目支出', 3, 0, 0, 0, '执行率为0']);
    expect(row.getCell(6).numFmt).toBe('0.00%');
    expect(sheet.getRow(6).getCell(6).value).toBeCloseTo(0.52, 3);
  });

  it('自评_总览: the stated 96 against the computed total, and the time of the run', () => {
    const sheet = workbook.getWorksheet('自评_总览')!;
    const total = sheet.getRow(11);
    expect([1, 2, 3, 4, 5].map((c) => total.getCell(c).value)).toEqual(['总分', 100, 96.63, 96, 0.63]);
    expect([1, 3, 4].map((c) => sheet.getRow(12).getCell(c).value)).toEqual(['等次', '优', '优']);
    const times: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '运行时间') times.push(row.getCell(2).value);
    });
    expect(times).toEqual(['2025-03-01 10:05']);
  });

  it('自评_自评表: the grid’s merges, 总分 and 等次', () => {
    const sheet = workbook.getWorksheet('自评_自评表')!;
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:I1', 'A10:A23', 'B11:B16', 'A24:F24', 'A25:F25', 'G25:I25']));
    expect([1, 7, 8].map((c) => sheet.getRow(24).getCell(c).value)).toEqual(['总分', 100, 96.63]);
    expect([1, 7].map((c) => sheet.getRow(25).getCell(c).value)).toEqual(['评价等次', '优']);
    expect(sheet.getCell('G5').value).toBe(9.91);
    expect(sheet.getCell('A4').value).toBe('项目资金（万元）');
    expect(sheet.getCell('H24').border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('自评_报告: the paragraph naming 欺诈骗保行为举报奖励专项资金 and its 0%', () => {
    const sheet = workbook.getWorksheet('自评_报告')!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    const paragraph = texts.find((t) => t.startsWith('执行率低于 90% 的项目'));
    expect(paragraph).toContain('欺诈骗保行为举报奖励专项资金全年预算 3.00万元，执行 0.00万元，执行率 0.0%');
    expect(paragraph).toContain('医疗保障能力建设经费全年预算 18.02万元，执行 9.37万元，执行率 52.0%');
  });

  it('leaves IN untouched', async () => {
    const fresh = join(dir, 'fresh.xlsx');
    await buildSampleWorkbook().xlsx.writeFile(fresh);
    const before = await readFile(fresh);
    await run('evaluate', fresh, '--out', join(dir, 'fresh-out.xlsx'));
    expect(await readFile(fresh)).toEqual(before);
  });
});

describe('budget-perf evaluate --out: other cases', () => {
  it('keeps stdout pure JSON with --json', async () => {
    const { code, stdout } = await run('evaluate', sample, '--json', '--out', join(dir, 'json-out.xlsx'));
    expect(code).toBe(EXIT.ok);
    expect(((JSON.parse(stdout) as JsonReport).evaluations[0]).scores.total).toBe(96.63);
    expect(await exists(join(dir, 'json-out.xlsx'))).toBe(true);
  });

  it('writes English inside the same five sheets with --lang en', async () => {
    const out = join(dir, 'en.xlsx');
    const { code, stdout } = await run('evaluate', sample, '--lang', 'en', '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`Written ${out}: 自评_总览, 自评_预算执行`);
    const sheet = (await load(out)).getWorksheet('自评_总览')!;
    expect(sheet.getCell('A1').value).toBe('Performance self-evaluation: overview');
  });

  it.each<[string, (out: string) => string[]]>([
    ['the same path', () => ['evaluate', sample, '--out', sample]],
    ['another spelling of the same path', () => ['evaluate', sample, '--out', join(dir, '.', 'sample.xlsx')]],
  ])('refuses to overwrite IN given as %s (exit 2), leaving it untouched', async (_what, argv) => {
    const before = await readFile(sample);
    const { code, stdout, stderr } = await run(...argv(sample));
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `用法错误：--out 不能是输入文件本身（${sample}）：结果另存为一个新文件，原文件保持不变，请换一个文件名\n运行 budget-perf evaluate --help 查看用法\n`,
    );
    expect(await readFile(sample)).toEqual(before);
  });

  it('refuses an --out that is not an .xlsx file (exit 2)', async () => {
    const { code, stderr } = await run('evaluate', sample, '--out', join(dir, 'out.csv'));
    expect(code).toBe(EXIT.usage);
    expect(stderr.split('\n')[0]).toBe(`用法错误：--out 须是 .xlsx 文件：“${join(dir, 'out.csv')}”`);
  });

  it('exits 1 with one line when a user sheet already has one of the names, and writes nothing', async () => {
    const clash = await writeXlsx(dir, 'clash.xlsx', (workbook) => {
      workbook.addWorksheet('预算表').getRow(1).values = ['项目名称', '全年预算数', '全年执行数'];
      workbook.addWorksheet('自评_总览').getCell('A1').value = '我自己的总览';
    });
    const out = join(dir, 'clash-out.xlsx');
    const { code, stdout, stderr } = await run('evaluate', clash, '--out', out);
    expect(code).toBe(EXIT.unreadable);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '工作簿中已有名为“自评_总览”的工作表，但它不是绩效自评助手生成的：为免覆盖，没有写入任何结果。请将该工作表改名或移到其他工作簿后重试\n',
    );
    expect(await exists(out)).toBe(false);
  });

  it('exits 1 with one line when OUT cannot be written, leaving no temporary file', async () => {
    const out = join(dir, 'no-such-folder', 'out.xlsx');
    const { code, stderr } = await run('evaluate', sample, '--out', out, '--lang', 'en');
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toBe(`cannot write ${out}: the folder does not exist; create it or choose another place\n`);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 as before when IN cannot be read, writing nothing', async () => {
    const out = join(dir, 'never.xlsx');
    const { code, stderr } = await run('evaluate', join(dir, 'missing.xlsx'), '--out', out);
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toBe(`找不到文件：${join(dir, 'missing.xlsx')}\n`);
    expect(await exists(out)).toBe(false);
  });
});
