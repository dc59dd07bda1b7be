/**
 * Inputs the way a careless or hostile world hands them over: a FIFO, a symbolic-link loop, a name of
 * 120 000 characters, control characters in a file name or in cell text. Each is one line on stderr in the
 * user's language, at once, with nothing raw reaching the terminal.
 */
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT } from '../../src/cli';
import { makeTempDir, writeXlsx } from '../xlsx/fixtures';
import { runInProcess } from './runInProcess';

let dir: string;
let cleanup: () => Promise<void>;
let budget: string;
const run = (...argv: string[]) => runInProcess(argv);

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  budget = await writeXlsx(dir, 'budget.xlsx', (workbook) => {
    const sheet = workbook.addWorksheet('预算表');
    sheet.getCell('A1').value = '单位：万元';
    sheet.getRow(2).values = ['项目名称', '全年预算数', '全年执行数'];
    sheet.getRow(3).values = ['办公\u001b[31m经费\n第二行', 100, '约9.4万\u001b]0;title\u0007'];
  });
});
afterAll(() => cleanup());

describe('budget-perf evaluate: inputs that are not regular files', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr } = await run('evaluate', fifo);
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toBe(`${fifo} 不是普通文件（可能是管道、设备或套接字）：请指定一个 .xlsx 文件\n`);
  });

  it('refuses a character device', async () => {
    const { code, stderr } = await run('evaluate', '/dev/null', '--lang', 'en');
    expect([code, stderr]).toEqual([EXIT.unreadable, '/dev/null is not a regular file (a pipe, device or socket?): name an .xlsx file\n']);
  });

  it('says a symbolic-link loop in words', async () => {
    const loop = join(dir, 'loop.xlsx');
    await symlink(loop, loop);
    const { code, stderr } = await run('evaluate', loop);
    expect([code, stderr]).toEqual([EXIT.unreadable, `${loop} 的符号链接形成了循环：请直接指定 .xlsx 文件本身\n`]);
  });

  it('shortens a name of 120 000 characters (ENAMETOOLONG) to one short line', async () => {
    const long = join(dir, `${'很长'.repeat(60_000)}.xlsx`);
    const { code, stderr } = await run('evaluate', long);
    expect(code).toBe(EXIT.unreadable);
    expect(stderr.startsWith('文件名或路径过长，无法打开：')).toBe(true);
    expect(stderr.length).toBeLessThan(300);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('escapes a newline and an escape sequence in a file name, so that no second line can be forged', async () => {
    const forged = join(dir, 'a\n错误：伪造的一行\u001b[2J.xlsx');
    const { stderr } = await run('evaluate', forged);
    expect(stderr).toBe(`找不到文件：${join(dir, 'a\\n错误：伪造的一行\\u001b[2J.xlsx')}\n`);
  });
});

describe('budget-perf evaluate: what reaches the terminal', () => {
  it('strips control characters and line breaks from cell text in the summary', async () => {
    const { code, stdout } = await run('evaluate', budget);
    expect(code).toBe(EXIT.ok);
    // eslint-disable-next-line no-control-regex -- the characters that must not reach the terminal
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stdout).toContain('约9.4万]0;title');
  });

  it('writes compact JSON by default, indented with --pretty, the same report either way', async () => {
    const compact = (await run('evaluate', budget, '--json')).stdout;
    const pretty = (await run('evaluate', budget, '--json', '--pretty')).stdout;
    expect(compact.trimEnd()).not.toContain('\n');
    expect(pretty.split('\n').length).toBeGreaterThan(20);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
  });
});
