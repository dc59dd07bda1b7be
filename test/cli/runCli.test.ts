import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { JsonReport } from '../../src/core';
import { EXIT } from '../../src/cli';
import { runInProcess } from './runInProcess';
import { makeTempDir, writeBadFile, writeXlsx } from '../xlsx/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let budgetPath: string;

const run = (...argv: string[]) => runInProcess(argv);

const nonEmptyLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  // A budget-execution table in 万元 with one line never spent (the seed's 欺诈骗保行为举报奖励专项资金).
  budgetPath = await writeXlsx(dir, 'budget.xlsx', (workbook) => {
    const sheet = workbook.addWorksheet('预算表');
    sheet.getCell('A1').value = '单位：万元';
    sheet.getRow(2).values = ['项目名称', '年初预算数', '全年预算数', '全年执行数'];
    sheet.getRow(3).values = ['举报奖励专项资金', 100, 100, 0];
    sheet.getRow(4).values = ['办公经费', 50, 50, 49];
  });
});

afterAll(() => cleanup());

describe('budget-perf evaluate --json', () => {
  it('prints the JSON report and exits 0', async () => {
    const { code, stdout, stderr } = await run('evaluate', budgetPath, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const report = (JSON.parse(stdout) as JsonReport).evaluations[0];
    expect(report.ruleSet).toBe('dept-2024');
    expect(Array.isArray(report.lines)).toBe(true);
    expect(Array.isArray(report.flags)).toBe(true);
    expect(report.unit).toBe('万元');
  });

  it('reports amounts in 元 and flags the line never spent at its 执行数 cell', async () => {
    const report = (JSON.parse((await run('evaluate', budgetPath, '--json')).stdout) as JsonReport).evaluations[0];
    const line = report.lines.find((l) => l.name === '举报奖励专项资金');
    expect(line).toMatchObject({ budget: 1000000, actual: 0, rate: 0, cell: '预算表!A3' });
    expect(line?.flags).toContain('zero-execution');
    const flag = report.flags.find((f) => f.code === 'zero-execution');
    expect(flag).toMatchObject({ severity: 'warning', cell: '预算表!D3' });
    expect(flag?.message).toMatch(/^预算表!D3：“举报奖励专项资金”/);
  });

  it('uses the rule set asked for', async () => {
    const report = (JSON.parse((await run('evaluate', budgetPath, '--json', '--rules', 'mof-2020')).stdout) as JsonReport).evaluations[0];
    expect(report.ruleSet).toBe('mof-2020');
  });

  it.each(['en', 'en-US', '--lang=en'])('writes the messages in English with %s', async (tag) => {
    const args = tag.startsWith('--') ? [tag] : ['--lang', tag];
    const report = (JSON.parse((await run('evaluate', budgetPath, '--json', ...args)).stdout) as JsonReport).evaluations[0];
    const flag = report.flags.find((f) => f.code === 'zero-execution');
    expect(flag?.message).toMatch(/^预算表!D3: "举报奖励专项资金"/);
    expect(flag?.message).toContain('nothing spent');
  });
});

describe('budget-perf evaluate (readable summary)', () => {
  it('names the file, rule set and unit, then the scores and every flag under its severity, in Chinese', async () => {
    const { code, stdout, stderr } = await run('evaluate', budgetPath);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([`文件：${budgetPath}`, '评分规则：dept-2024（部门整体支出）', '金额单位：万元']);
    expect(stdout).toMatch(/^总分 [\d.]+(（自评 [\d.]+）)?，等次 [优良中差]/m);
    expect(stdout).toContain('分项得分：');
    expect(stdout).toMatch(/^ {2}预算执行：\d+(\.\d+)? \/ 10$/m);
    expect(stdout).toMatch(/^ {2}产出：/m);

    const report = (JSON.parse((await run('evaluate', budgetPath, '--json')).stdout) as JsonReport).evaluations[0];
    const warnings = report.flags.filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const heading = lines.indexOf(`警告（${warnings.length}）`);
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 1, heading + 1 + warnings.length)).toEqual(warnings.map((f) => `  ${f.message}`));
    for (const flag of report.flags) expect(lines).toContain(`  ${flag.message}`);
  });

  it('says it in English with --lang en', async () => {
    const { code, stdout } = await run('evaluate', budgetPath, '--lang', 'en');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`File: ${budgetPath}\nRule set: dept-2024 (department overall expenditure)\nAmounts in: 万元\n`);
    expect(stdout).toMatch(/^Total [\d.]+( \(stated [\d.]+\))?, grade (Excellent|Good|Fair|Poor)/m);
    expect(stdout).toMatch(/^ {2}Budget execution: \d+(\.\d+)? \/ 10$/m);
    expect(stdout).toMatch(/^Warnings \(\d+\)$/m);
    expect(stdout).toContain('nothing spent');
  });

  it('shows 成本 as counted in 产出 under mof-2020', async () => {
    const { stdout } = await run('evaluate', budgetPath, '--rules', 'mof-2020');
    expect(stdout).toContain('评分规则：mof-2020（项目支出，财预〔2020〕10号）');
    expect(stdout).toContain('  成本：计入产出\n');
  });
});

describe('budget-perf evaluate: input that cannot be read exits 1 with one line', () => {
  it.each<[string, () => Promise<string>, string]>([
    ['a missing file', async () => join(dir, 'missing.xlsx'), '找不到文件：'],
    ['a folder', async () => { const p = join(dir, 'a-folder'); await mkdir(p, { recursive: true }); return p; }, '是文件夹'],
    ['a legacy .xls', () => writeBadFile(dir, 'xls'), '是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再试'],
    ['an encrypted .xlsx', () => writeBadFile(dir, 'encrypted'), '已加密：请先取消密码保护并另存为 .xlsx 后再试'],
    ['a damaged zip', () => writeBadFile(dir, 'corrupt'), '文件可能已损坏'],
    ['a .csv', () => writeBadFile(dir, 'csv'), '是 CSV 文本文件'],
    ['an HTML page saved as .xls', () => writeBadFile(dir, 'notXlsx'), '不是 .xlsx 工作簿'],
  ])('%s', async (_what, make, sentence) => {
    const path = await make();
    const { code, stdout, stderr } = await run('evaluate', path);
    expect(code).toBe(EXIT.unreadable);
    expect(stdout).toBe('');
    expect(nonEmptyLines(stderr)).toHaveLength(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain(sentence);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('in English with --lang en', async () => {
    const path = await writeBadFile(dir, 'encrypted');
    const { code, stderr } = await run('evaluate', path, '--lang', 'en', '--json');
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toBe(`${path} is encrypted: remove the password protection, save it as .xlsx and try again\n`);
  });
});

describe('budget-perf: bad usage exits 2 with a short message', () => {
  it.each<[string, string[], string]>([
    ['an unknown option', ['evaluate', 'x.xlsx', '--frobnicate'], '用法错误：未知的选项 --frobnicate'],
    ['a missing file argument', ['evaluate'], '用法错误：缺少要评价的文件'],
    ['an unknown rule set', ['evaluate', 'x.xlsx', '--rules', 'nope'], '用法错误：没有名为“nope”的评分规则，可选 dept-2024 或 mof-2020'],
    ['an unknown language', ['evaluate', 'x.xlsx', '--lang', 'xx'], '用法错误：不支持的语言“xx”，可选 zh-CN 或 en'],
    ['--rules without a value', ['evaluate', 'x.xlsx', '--rules'], '用法错误：选项 --rules <id> 缺少取值'],
    ['an unknown command', ['frobnicate', 'x.xlsx'], '用法错误：未知的命令 frobnicate，可用命令：evaluate'],
    ['two files (one for now)', ['evaluate', 'a.xlsx', 'b.xlsx'], '用法错误：参数过多：一次只能评价一个文件'],
    ['a control character in an option', ['evaluate', 'x.xlsx', '--a\x1b[2Jb'], '用法错误：未知的选项 --a\\u001b[2Jb'],
  ])('%s', async (_what, argv, firstLine) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    const lines = nonEmptyLines(stderr);
    expect(lines[0].startsWith(firstLine)).toBe(true);
    expect(lines).toEqual([lines[0], '运行 budget-perf evaluate --help 查看用法']);
  });

  it('suggests the option meant, on the same line', async () => {
    const { stderr } = await run('evaluate', 'x.xlsx', '--jsn');
    expect(nonEmptyLines(stderr)[0]).toBe('用法错误：未知的选项 --jsn（是否想用 --json？）');
    const english = await run('evaluate', 'x.xlsx', '--jsn', '--lang', 'en');
    expect(nonEmptyLines(english.stderr)[0]).toBe('usage error: unknown option --jsn (did you mean --json?)');
  });

  it('in English with --lang en', async () => {
    const { code, stderr } = await run('evaluate', 'x.xlsx', '--rules', 'nope', '--lang', 'en');
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe('usage error: there is no rule set "nope"; use dept-2024 or mof-2020\nrun budget-perf evaluate --help for usage\n');
  });

  it('shows the help on stderr when no command is given', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain('evaluate');
    expect(stderr).toContain('评价一个 .xlsx 工作簿');
  });
});

describe('budget-perf --help', () => {
  it('prints the help of evaluate on stdout in Chinese and exits 0', async () => {
    const { code, stdout, stderr } = await run('evaluate', '--help');
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toContain('budget-perf evaluate');
    expect(stdout).toContain('以 JSON 输出完整结果');
    expect(stdout).toContain('评分规则：dept-2024（部门整体支出，默认）或 mof-2020（项目支出）');
  });

  it('in English with --lang en', async () => {
    const { code, stdout } = await run('help', 'evaluate', '--lang', 'en');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('print the full result as JSON');
  });
});

describe('budget-perf evaluate: a workbook without an indicator table', () => {
  it('says the indicator categories have no indicators rather than 0 / 0', async () => {
    const { code, stdout } = await run('evaluate', budgetPath);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('  产出：没有指标\n');
    expect(stdout).toContain('  效益：没有指标\n');
    expect(stdout).toMatch(/^错误（1）\n {2}没有找到绩效指标表/m);
  });
});
