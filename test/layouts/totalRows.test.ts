/**
 * Layouts 4, 5 and 6: 合计 rows last or first, category heading rows (一、基本支出), 其中 sub-rows under a line,
 * and blank separator rows inside a table. SCORING.md "Totals": a stated 合计 is the total used; the sum of
 * its parts is computed beside it and a difference is `sum-mismatch` (info within rounding, error beyond).
 */
import { AMOUNT, flagSummary, flagsOf, line, workbookFolder, type RowInput } from './workbooks';

const folder = workbookFolder();

const TITLE = '某某市医疗保障局2024年度部门预算执行情况表';
const NOTE: RowInput = [null, null, null, '单位：万元'];
const HEADER: RowInput = ['序号', '项目名称', '全年预算数', '全年执行数'];
const LINES: readonly RowInput[] = [
  [1, '医疗保障能力建设经费', 18.02, 9.37],
  [2, '城乡居民基本医疗工作经费', 28.2, 26.23],
  [3, '办公场地租赁费', 50, 50],
];
// The seed's stated 项目支出 (451.04 / 437.20) over lines that add up to much less (96.22 / 85.60).
const TOTAL: RowInput = ['合计', null, 451.04, 437.2];

describe('a 合计 row', () => {
  it.each([
    { position: 'last', rows: [...LINES, TOTAL], totalRow: 7, lineRows: [4, 5, 6] },
    { position: 'first, right under the header', rows: [TOTAL, ...LINES], totalRow: 4, lineRows: [5, 6, 7] },
  ])('$position: is the overall total, checked against the sum of the lines', async ({ rows, totalRow, lineRows }) => {
    const { report } = await folder.evaluate([
      {
        name: '预算表',
        rows: [[TITLE], NOTE, HEADER, ...rows],
        merges: ['A1:D1', `A${totalRow}:B${totalRow}`],
        columnFormats: { C: AMOUNT, D: AMOUNT },
      },
    ]);

    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.cell])).toEqual([
      ['医疗保障能力建设经费', 180_200, 93_700, `预算表!B${lineRows[0]}`],
      ['城乡居民基本医疗工作经费', 282_000, 262_300, `预算表!B${lineRows[1]}`],
      ['办公场地租赁费', 500_000, 500_000, `预算表!B${lineRows[2]}`],
    ]);
    expect(report.totals.overall).toEqual({ budget: 4_510_400, actual: 4_372_000, rate: 0.969315 });
    expect(report.scores.budgetExecution).toBe(9.69);
    const sums = flagsOf(report, 'sum-mismatch');
    expect(sums).toEqual([
      expect.objectContaining({ severity: 'error', cell: `预算表!C${totalRow}`, sum: 962_200 }),
      expect.objectContaining({ severity: 'error', cell: `预算表!D${totalRow}`, sum: 856_000 }),
    ]);
    expect(sums[0].message).toContain('预算数 451.04万元 与明细之和 96.22万元 不符，相差 354.82万元');
    expect(sums[1].message).toContain('执行数 437.20万元 与明细之和 85.60万元 不符，相差 351.60万元');
  });
});

describe('category heading rows with their own stated totals', () => {
  // The seed's layout: 一、基本支出 over its 其中 lines, 二、项目支出 over numbered lines, and a 合计.
  const sheet = {
    name: '预算表',
    rows: [
      [TITLE],
      [null, null, null, null, '单位：万元'],
      ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数'],
      ['一', '基本支出', 1530, 1530, 1526.71],
      [null, '其中：人员经费', 1272, 1272, 1270.47],
      [null, '　　　公用经费', 258, 258, 256.25],
      ['二', '项目支出', 96.22, 96.22, 85.6],
      [1, '医疗保障能力建设经费', 18.02, 18.02, 9.37],
      [2, '城乡居民基本医疗工作经费', 28.2, 28.2, 26.23],
      [3, '办公场地租赁费', 50, 50, 50],
      ['合计', null, 1626.22, 1626.22, 1612.31],
    ],
    merges: ['A1:E1', 'A11:B11'],
    columnFormats: { C: AMOUNT, D: AMOUNT, E: AMOUNT },
  };

  it('gives 基本支出, 项目支出 and the whole from the stated rows, with the 0.01 rounding difference as info', async () => {
    const { report } = await folder.evaluate([sheet]);

    expect(report.lines.map((l) => [l.name, l.category])).toEqual([
      ['人员经费', '基本支出'],
      ['公用经费', '基本支出'],
      ['医疗保障能力建设经费', '项目支出'],
      ['城乡居民基本医疗工作经费', '项目支出'],
      ['办公场地租赁费', '项目支出'],
    ]);
    expect(report.totals).toEqual({
      basic: { budget: 15_300_000, actual: 15_267_100, rate: 0.99785 },
      project: { budget: 962_200, actual: 856_000, rate: 0.889628 },
      overall: { budget: 16_262_200, actual: 16_123_100, rate: 0.991446 },
    });
    expect(report.scores.budgetExecution).toBe(9.91);
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '预算表!E8' },
      { code: 'sum-mismatch', severity: 'info', cell: '预算表!E4' },
    ]);
    const [info] = flagsOf(report, 'sum-mismatch');
    expect(info.sum).toBe(15_267_200);
    expect(info.message).toContain('执行数 1,526.71万元 与明细之和 1,526.72万元 相差 0.01万元，在四舍五入误差以内');
  });
});

describe('其中 sub-rows under a line', () => {
  const sheet = (trainingActual: number) => ({
    name: '项目支出表',
    rows: [
      ['2024年度项目支出预算执行情况表'],
      [null, null, null, '单位：万元'],
      HEADER,
      [1, '医疗保障能力建设经费', 18.02, 9.37],
      [null, '其中：信息化建设', 12, 5],
      [null, '　　　业务培训', 6.02, trainingActual],
      [2, '办公场地租赁费', 50, 50],
    ],
    merges: ['A1:D1'],
    columnFormats: { C: AMOUNT, D: AMOUNT },
  });

  it('lists the parts but does not count them again in the category total', async () => {
    const { report } = await folder.evaluate([sheet(4.37)]);

    expect(report.lines.map((l) => [l.name, l.category, l.budget, l.actual, l.cell])).toEqual([
      ['医疗保障能力建设经费', '项目支出', 180_200, 93_700, '项目支出表!B4'],
      ['信息化建设', '项目支出', 120_000, 50_000, '项目支出表!B5'],
      ['业务培训', '项目支出', 60_200, 43_700, '项目支出表!B6'],
      ['办公场地租赁费', '项目支出', 500_000, 500_000, '项目支出表!B7'],
    ]);
    expect(report.totals.project).toEqual({ budget: 680_200, actual: 593_700, rate: 0.872832 });
    expect(report.totals.overall).toEqual({ budget: 680_200, actual: 593_700, rate: 0.872832 });
    expect(flagsOf(report, 'sum-mismatch')).toEqual([]);
  });

  it('takes parts that add up to less (5.00 + 3.37 under 9.37) as a partial 其中: no flag (SCORING.md)', async () => {
    const { report } = await folder.evaluate([sheet(3.37)]);

    expect(line(report, '业务培训')).toMatchObject({ actual: 33_700, rate: 0.559801, flags: ['low-execution'] });
    expect(report.totals.project).toEqual({ budget: 680_200, actual: 593_700, rate: 0.872832 });
    expect(flagsOf(report, 'sum-mismatch')).toEqual([]);
  });

  it('checks the parts against their line: 5.00 + 5.37 is more than 9.37', async () => {
    const { report } = await folder.evaluate([sheet(5.37)]);

    expect(flagsOf(report, 'sum-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', cell: '项目支出表!D4', sum: 103_700 }),
    ]);
  });
});

describe('blank separator rows inside a table', () => {
  it('reads the lines on both sides of each blank row and checks the 合计 against all of them', async () => {
    const { report } = await folder.evaluate([
      {
        name: '预算表',
        rows: [
          ['2024年度部门预算执行情况表'],
          [null, null, null, '单位：元'],
          HEADER,
          [1, '办公经费', 100_000, 95_000],
          [2, '培训费', 50_000, 45_000],
          [],
          [3, '会议费', 30_000, 30_000],
          [4, '差旅费', 20_000, 10_000],
          [],
          ['合计', null, 200_000, 180_000],
        ],
        merges: ['A1:D1', 'A10:B10'],
        columnFormats: { C: AMOUNT, D: AMOUNT },
      },
    ]);

    expect(report.lines.map((l) => [l.name, l.budget, l.actual, l.cell])).toEqual([
      ['办公经费', 100_000, 95_000, '预算表!B4'],
      ['培训费', 50_000, 45_000, '预算表!B5'],
      ['会议费', 30_000, 30_000, '预算表!B7'],
      ['差旅费', 20_000, 10_000, '预算表!B8'],
    ]);
    expect(report.totals.overall).toEqual({ budget: 200_000, actual: 180_000, rate: 0.9 });
    expect(report.scores.budgetExecution).toBe(9);
    expect(flagSummary(report).filter((f) => f.code !== 'table-not-found')).toEqual([
      { code: 'low-execution', severity: 'warning', cell: '预算表!D8' },
    ]);
  });
});
