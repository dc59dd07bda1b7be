import { evaluateWorkbook, flagView, type SheetModel, type WorkbookEvaluation } from '../../../src/core';
import { buildReviewSheets, reviewRows, type ReviewResult } from '../../../src/core/review';
import { book, seedWorkbook, sheet } from '../grids';
import { RUN_TIME } from '../output/sampleEvaluation';

const careful = evaluateWorkbook(seedWorkbook());
const claims: WorkbookEvaluation = {
  ...careful,
  evaluations: careful.evaluations.map((e) => ({ ...e, scores: { ...e.scores, stated: { ...e.scores.stated, total: 100, grade: '优' } } })),
};
const empty = evaluateWorkbook(book(sheet('Sheet1', [['备注']])));

function resultOf(files: [string, WorkbookEvaluation][]): ReviewResult {
  return {
    rows: files.flatMap(([file, workbook]) => reviewRows(file, workbook, 'zh-CN')),
    flags: files.flatMap(([file, workbook]) =>
      [...workbook.flags, ...workbook.evaluations.flatMap((e) => e.flags)].length === 0
        ? []
        : flagView([...workbook.flags, ...workbook.evaluations.flatMap((e) => e.flags)], 'zh-CN').flatMap((s) =>
            s.lines.map(({ severity, code, cell, message }) => ({ file, severity, code, cell, message })),
          ),
    ),
    unreadable: [{ file: '坏文件.xlsx', reason: '坏文件.xlsx 无法作为 .xlsx 打开，文件可能已损坏' }],
    skipped: ['说明.docx'],
    settings: careful.settings,
  };
}

/** A sheet's values as rows from A1, as a reader of the written file would see them. */
function grid(model: SheetModel<string>): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const cell of model.cells) {
    while (rows.length <= cell.row) rows.push([]);
    rows[cell.row][cell.col] = cell.value;
  }
  return rows.map((row) => Array.from(row, (v) => v ?? null));
}

describe('buildReviewSheets: the reviewer’s summary workbook', () => {
  const sheets = buildReviewSheets(resultOf([['县医保局.xlsx', careful], ['乡镇/某卫生院.xlsx', claims], ['空表.xlsx', empty]]), 'zh-CN', RUN_TIME);
  const [summary, flags, unreadable, about] = sheets;

  it('has its four sheets in tab order', () => {
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '无法读取', '说明']);
  });

  it('puts the unit that scored itself 100 first, numbers as numbers, its file a link to its form', () => {
    const rows = grid(summary);
    expect(rows[2].slice(0, 5)).toEqual(['序号', '文件', '工作表', '单位/项目名称', '评分规则']);
    expect(rows.slice(3).map((r) => [r[1], r[12], r[13]])).toEqual([
      ['乡镇/某卫生院.xlsx', 3.37, 2],
      ['县医保局.xlsx', -0.63, 2],
      ['空表.xlsx', null, 2],
    ]);
    expect(rows[3].slice(5, 12)).toEqual([19_810_400, 19_639_100, expect.closeTo(0.99135, 5), 96.63, '优', 100, '优']);
    const link = summary.cells.find((c) => c.row === 3 && c.col === 1)?.link;
    expect(link).toEqual({ file: '乡镇/某卫生院.xlsx', sheet: careful.evaluations[0].scope.sheet, cell: 'A1' });
    expect(summary.cells.find((c) => c.row === 5 && c.col === 1)?.link).toBeUndefined();
    expect(rows[5][3]).toBe('（未找到自评表或预算执行表）');
  });

  it('keeps the header in view and filter buttons over the table', () => {
    expect(summary.freeze).toEqual({ rows: 3, cols: 2 });
    expect(summary.autoFilter).toEqual({ top: 2, left: 0, bottom: 5, right: 16 });
    expect(flags.autoFilter?.bottom).toBe(2 + (13 + 13 + 2));
  });

  it('lists every flag of every file, each cell a link into its file', () => {
    const rows = grid(flags).slice(3);
    expect(rows).toHaveLength(28);
    expect(rows[0].slice(1, 5)).toEqual(['县医保局.xlsx', '预算执行表!D7', '错误', 'sum-mismatch']);
    expect(flags.cells.find((c) => c.row === 3 && c.col === 2)?.link).toEqual({ file: '县医保局.xlsx', sheet: '预算执行表', cell: 'D7' });
  });

  it('names the files it could not read and those it skipped, with why', () => {
    expect(grid(unreadable).slice(3)).toEqual([
      [1, '坏文件.xlsx', '坏文件.xlsx 无法作为 .xlsx 打开，文件可能已损坏'],
      [2, '说明.docx', '不是 .xlsx 工作簿，未读取'],
    ]);
  });

  it('says when it was made, over how many files, and with which settings', () => {
    expect(grid(about).slice(2)).toEqual([
      ['汇总时间', '2025-03-01 10:05'],
      ['文件数', '共 5 个文件：读取 3 个，无法读取 1 个，跳过 1 个'],
      ['评价表数', '2'],
      ['评分规则', '按每张表的标题选择'],
      ['低执行率阈值', '90%'],
      ['指标值过低判断', '130%'],
      ['得分容差', '0.01'],
    ]);
  });
});
