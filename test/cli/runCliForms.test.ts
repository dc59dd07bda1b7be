/**
 * budget-perf on a workbook of several forms (SCORING.md "One workbook, several forms"): one evaluation per
 * form in the JSON report, one block per form and a line each in the summary, a section per form in the
 * result sheets; and on a workbook without a table, no score and no result sheet.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { evaluateWorkbook, toJsonReport, type JsonReport } from '../../src/core';
import { EXIT } from '../../src/cli';
import { readWorkbook } from '../../src/xlsx';
import { DEPARTMENT_SHEET, first, FORMS_SHEET } from '../core/formGrids';
import { writeWorkbookFile } from '../layouts/workbooks';
import { makeTempDir } from '../xlsx/fixtures';
import { runInProcess } from './runInProcess';

const RUN_TIME = new Date(2025, 2, 1, 10, 5);
const run = (...argv: string[]) => runInProcess(argv, () => RUN_TIME);

let dir: string;
let cleanup: () => Promise<void>;
let forms: string;
let alone: string;
let prose: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  forms = join(dir, 'forms.xlsx');
  alone = join(dir, 'alone.xlsx');
  prose = join(dir, 'prose.xlsx');
  await writeWorkbookFile(forms, [DEPARTMENT_SHEET, FORMS_SHEET]);
  await writeWorkbookFile(alone, [{ ...FORMS_SHEET, rows: first.rows, merges: first.merges }]);
  await writeWorkbookFile(prose, [{ name: '自评报告', rows: [['部门整体支出绩效自评报告'], ['一、部门基本情况']] }]);
});

afterAll(() => cleanup());

describe('budget-perf evaluate on a workbook of three forms', () => {
  it('--json: three evaluations, the engine’s own, and the second equal to its form evaluated alone', async () => {
    const { code, stdout } = await run('evaluate', forms, '--json');
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report).toEqual(toJsonReport(evaluateWorkbook(await readWorkbook(forms)), 'zh-CN'));
    expect(report.evaluations.map((e) => [e.scope.project, e.ruleSet, e.scores.total, e.scores.grade])).toEqual([
      [null, 'dept-2024', 9.95, '差'],
      ['医疗保障能力建设经费', 'mof-2020', 90.2, '优'],
      ['欺诈骗保行为举报奖励专项资金', 'mof-2020', 90, '优'],
    ]);
    const single = JSON.parse((await run('evaluate', alone, '--json')).stdout) as JsonReport;
    expect(single.evaluations).toEqual([report.evaluations[1]]);
  });

  it('prints a block per form under its heading, then one line each', async () => {
    const { stdout } = await run('evaluate', forms);
    expect(stdout).toContain('\n表 2：医疗保障能力建设经费（项目自评表!A1:K21）\n评分规则：mof-2020（项目支出，财预〔2020〕10号）\n');
    expect(stdout).toContain('\n本工作簿共 3 张表，各自单独评分：\n');
    expect(stdout.split('\n').find((l) => l.startsWith('  3. '))).toBe(
      '  3. 欺诈骗保行为举报奖励专项资金（项目自评表!A24:K41）：总分 90（自评 90），等次 优（自评 优）；错误 1，警告 1，提示 0',
    );
  });

  it('--out: the forms listed first on 自评_总览, and a 自评表 grid per form, each under its heading', async () => {
    const out = join(dir, 'forms-out.xlsx');
    expect((await run('evaluate', forms, '--out', out)).code).toBe(EXIT.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts = (name: string) => {
      const found: string[] = [];
      workbook.getWorksheet(name)?.eachRow((row) => row.eachCell((cell) => found.push(String(cell.value))));
      return found;
    };
    expect(texts('自评_总览')).toContain('本工作簿中的表（共 3 张，各自单独评分）');
    expect(texts('自评_自评表').filter((t) => t.startsWith('表 '))).toEqual([
      '表 1：2024年度部门预算执行情况表（部门预算执行!A3:D5）',
      '表 2：医疗保障能力建设经费（项目自评表!A1:K21）',
      '表 3：欺诈骗保行为举报奖励专项资金（项目自评表!A24:K41）',
    ]);
    // Each grid begins with its form's title in column A: the two projects' under mof-2020, the 部门整体 one's.
    const titles: string[] = [];
    workbook.getWorksheet('自评_自评表')?.eachRow((row) => {
      const a = String(row.getCell(1).value);
      if (a.endsWith('绩效自评表')) titles.push(a);
    });
    expect(titles).toEqual(['部门整体支出绩效自评表', '项目支出绩效自评表', '项目支出绩效自评表']);
  });
});

describe('budget-perf evaluate on a workbook without a table', () => {
  it('says what was looked for, invents no score, and writes no result workbook', async () => {
    const out = join(dir, 'prose-out.xlsx');
    const { code, stdout } = await run('evaluate', prose, '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('没有找到可评分的表');
    expect(stdout).not.toContain('总分');
    expect(stdout).toContain(`没有可评分的表，未写入结果工作簿 ${out}`);
    await expect(readWorkbook(out)).rejects.toThrow();
    const report = JSON.parse((await run('evaluate', prose, '--json')).stdout) as JsonReport;
    expect(report.evaluations).toEqual([]);
    expect(report.flags.map((f) => f.code)).toEqual(['table-not-found', 'table-not-found']);
  });
});
