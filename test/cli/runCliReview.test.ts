/**
 * budget-perf review on a folder made here as a 财政局 receives one: two units' workbooks (one scoring itself 100),
 * one of three forms, a damaged one, an encrypted one, a Word file and an Excel lock file; then the summary read
 * back, the JSON lines against `evaluate`, worker threads against one process, and bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../scripts/buildSample';
import { EXIT } from '../../src/cli';
import type { JsonEvaluation } from '../../src/core';
import { readWorkbook } from '../../src/xlsx';
import { DEPARTMENT_SHEET, FORMS_SHEET } from '../core/formGrids';
import { writeWorkbookFile } from '../layouts/workbooks';
import { bundleCli, runScript } from '../xlsx/childProcess';
import { BAD_FILES, makeTempDir } from '../xlsx/fixtures';
import { runCli } from '../../src/cli';
import { runInProcess } from './runInProcess';

jest.setTimeout(120_000);
const RUN_TIME = new Date(2025, 2, 1, 10, 5);
const run = (...argv: string[]) => runInProcess(argv, () => RUN_TIME);

let dir: string;
let units: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  units = join(dir, 'units');
  await mkdir(join(units, '乡镇'), { recursive: true });
  await buildSampleWorkbook().xlsx.writeFile(join(units, '县医保局.xlsx'));
  const claims = buildSampleWorkbook();
  // The unit's own 自评得分 sheet says 100 and 优 where the sample says 96.
  claims.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => { if (cell.value === 96) cell.value = 100; })));
  await claims.xlsx.writeFile(join(units, '乡镇', '卫生院.xlsx'));
  await writeWorkbookFile(join(units, '三张表.xlsx'), [DEPARTMENT_SHEET, FORMS_SHEET]);
  await writeFile(join(units, BAD_FILES.corrupt.name), BAD_FILES.corrupt.bytes());
  await writeFile(join(units, BAD_FILES.encrypted.name), BAD_FILES.encrypted.bytes());
  await writeFile(join(units, '说明.docx'), 'not a workbook');
  await writeFile(join(units, '~$县医保局.xlsx'), 'Excel’s lock file');
});
afterAll(() => cleanup());

describe('budget-perf review', () => {
  it('writes the summary, the rows a reviewer opens first at the top, and exits 1 naming what it could not read', async () => {
    const out = join(dir, '汇总.xlsx');
    const { code, stdout, stderr } = await run('review', units, '--out', out, '--jobs', '1');
    expect([code, stderr]).toEqual([EXIT.unreadable, '']);
    expect(stdout).toBe(`已复核 5 个工作簿、5 张表（错误 ${stdout.match(/错误 (\d+)/)?.[1]} 项）；无法读取 2 个，跳过 2 个\n汇总已写入 ${out}\n`);
    const [summary, flags, unreadable] = (await readWorkbook(out)).sheets;
    const rows = summary.rows.slice(3);
    expect(rows).toHaveLength(5);
    expect(rows[0].slice(1, 3)).toEqual(['units/乡镇/卫生院.xlsx', '预算执行表']);
    expect(rows[0][10]).toBe(100);
    expect(rows[0][12]).toBe(3.37);
    expect(rows.filter((r) => r[1] === 'units/三张表.xlsx')).toHaveLength(3);
    expect(rows.find((r) => r[1] === 'units/县医保局.xlsx')?.slice(8, 13)).toEqual([96.63, '优', 96, '优', -0.63]);
    expect(flags.rows.length).toBeGreaterThan(20);
    expect(unreadable.rows.slice(3).map((r) => r[1])).toEqual(['units/broken.xlsx', 'units/locked.xlsx', 'units/~$县医保局.xlsx', 'units/说明.docx']);
    expect(unreadable.rows[4][2]).toMatch(/加密/);
  });

  it('--json: a line per form that agrees with evaluate, then a line of totals', async () => {
    const { stdout } = await run('review', units, '--json', '--jobs', '1');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonEvaluation & { file: string; summary?: unknown });
    expect(lines.at(-1)).toEqual({ summary: { files: 5, forms: 5, errors: expect.any(Number), unreadable: 2, skipped: 2 } });
    const county = lines.find((l) => l.file === join(units, '县医保局.xlsx'));
    const alone = JSON.parse((await run('evaluate', join(units, '县医保局.xlsx'), '--json')).stdout) as { evaluations: JsonEvaluation[] };
    const { file, ...report } = county ?? { file: '' };
    expect(file).toBe(join(units, '县医保局.xlsx'));
    expect(report).toEqual(alone.evaluations[0]);
  });

  it('gives the same summary with two worker threads as in one process', async () => {
    const cli = bundleCli(dir);
    const one = await runScript(cli, ['review', units, '--json', '--jobs', '1']);
    const two = await runScript(cli, ['review', units, '--json', '--jobs', '2']);
    const sorted = (text: string) => text.trim().split('\n').sort();
    expect(two.code).toBe(EXIT.unreadable);
    expect(sorted(two.stdout)).toEqual(sorted(one.stdout));
  });

  it('names a path that is not there as unreadable, in the user’s language, and goes on', async () => {
    const { code, stdout } = await run('review', join(dir, '没有这个文件夹'), join(units, '县医保局.xlsx'), '--json', '--jobs', '1', '--lang', 'en');
    expect(code).toBe(EXIT.unreadable);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual({ summary: { files: 2, forms: 1, errors: 2, unreadable: 1, skipped: 0 } });
  });

  it('draws a progress line on stderr for a terminal, and none when stderr is piped', async () => {
    let drawn = '';
    const code = await runCli(['review', units, '--json', '--jobs', '1'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (drawn += text), isTTY: true },
    });
    expect(code).toBe(EXIT.unreadable);
    expect(drawn).toMatch(/^\r已完成 1\/5，每秒 \d+ 个，约还需 \d+ 秒/);
    expect(drawn).toContain('\r已完成 5/5，');
    expect(drawn.endsWith('\n')).toBe(true);
    expect((await run('review', units, '--json', '--jobs', '1')).stderr).toBe('');
  });

  it.each<[string[], RegExp]>([
    [['review', 'units'], /需要 --out SUMMARY\.xlsx 或 --json/],
    [['review', 'units', '--json', '--jobs', '0'], /--jobs 应为 1 到 99 的整数/],
    [['review', '--json'], /缺少/],
  ])('refuses %j as bad usage', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });
});
