import { OUTPUT_SHEET_NAMES } from '../../../src/core';
import { buildBudgetSheet } from '../../../src/core/output';
import { line, makeEvaluation } from './makeEvaluation';
import { cellAt, rowOf, rowValues, sampleEvaluation } from './sampleEvaluation';

describe('自评_预算执行 of the sample', () => {
  it('heads the columns with the workbook’s unit and freezes the header and the names', async () => {
    const sheet = buildBudgetSheet(await sampleEvaluation(), 'zh-CN');
    expect(sheet.name).toBe(OUTPUT_SHEET_NAMES.budget);
    expect(rowValues(sheet, 2)).toEqual([
      '序号', '项目名称', '类别', '全年预算数（万元）', '全年执行数（万元）', '执行率（计算）', '执行率（填报）', '问题', '原表位置',
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 2 });
  });

  it.each<[string, (string | number | null)[]]>([
    ['欺诈骗保行为举报奖励专项资金', [7, '欺诈骗保行为举报奖励专项资金', '项目支出', 3, 0, 0, 0, '执行率为0', '预算执行表!B12']],
    ['医疗保障能力建设经费', [3, '医疗保障能力建设经费', '项目支出', 18.02, 9.37, 9.37 / 18.02, 0.52, '执行率偏低', '预算执行表!B8']],
    ['人员经费', [1, '人员经费', '基本支出', 1272, 1270.47, 1270.47 / 1272, 1270.47 / 1272, null, '预算执行表!B5']],
  ])('shows %s in 万元 with its computed and stated 执行率', async (name, expected) => {
    const sheet = buildBudgetSheet(await sampleEvaluation(), 'zh-CN');
    const values = rowValues(sheet, rowOf(sheet, name, 1));
    expect(values.slice(0, 5)).toEqual(expected.slice(0, 5));
    expect(values[5]).toBeCloseTo(expected[5] as number, 9);
    expect(values[6]).toBeCloseTo(expected[6] as number, 9);
    expect(values.slice(7)).toEqual(expected.slice(7));
  });

  it('formats amounts to 2 decimals and rates as real percentages, and links back to the line', async () => {
    const sheet = buildBudgetSheet(await sampleEvaluation(), 'zh-CN');
    const row = rowOf(sheet, '欺诈骗保行为举报奖励专项资金', 1) + 1;
    expect(cellAt(sheet, `D${row}`)).toMatchObject({ value: 3, style: 'amount', format: '#,##0.00' });
    expect(cellAt(sheet, `F${row}`)).toMatchObject({ value: 0, style: 'percent', format: '0.00%' });
    expect(cellAt(sheet, `I${row}`)).toMatchObject({ style: 'link', link: { sheet: '预算执行表', cell: 'B12' } });
    expect(cellAt(sheet, `B${row}`)).toMatchObject({ style: 'text', format: '@' });
  });

  it('puts each stated total beside the sum of its parts, with the mismatch named', async () => {
    const sheet = buildBudgetSheet(await sampleEvaluation(), 'zh-CN');
    const heading = rowOf(sheet, '合计核对（勾稽关系）', 1);
    expect(rowValues(sheet, heading + 1).slice(1)).toEqual([
      '合计项', '预算数（填报）（万元）', '预算数（明细之和）（万元）', '执行数（填报）（万元）', '执行数（明细之和）（万元）', '执行率', '问题', '原表位置',
    ]);
    const rows = [1, 2, 3].map((i) => rowValues(sheet, heading + 1 + i));
    expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[7], r[8]])).toEqual([
      ['基本支出', 1530, 1530, 1526.71, 1526.72, '与明细之和不符', '预算执行表!B4'],
      ['项目支出', 451.04, 138.35, 437.2, 124.51, '与明细之和不符', '预算执行表!B7'],
      ['合计', 1981.04, 1981.04, 1963.91, 1963.91, null, '预算执行表!B17'],
    ]);
    expect(rows[1][6]).toBeCloseTo(437.2 / 451.04, 6);
    expect(cellAt(sheet, `B${heading + 5}`)?.style).toBe('totalLabel');
  });
});

describe('自评_预算执行 of other workbooks', () => {
  it('keeps 元 as 元: an amount of 1 234 567 分 is 12 345.67', () => {
    const evaluation = makeEvaluation({ lines: [line('办公经费', 1_234_567, 1_000_000)] });
    const sheet = buildBudgetSheet(evaluation, 'zh-CN');
    expect(rowValues(sheet, 3).slice(0, 5)).toEqual([1, '办公经费', '项目支出', 12_345.67, 10_000]);
    expect(rowValues(sheet, 2)[3]).toBe('全年预算数（元）');
  });

  it('indents a 其中 part under its line', () => {
    const lines = [line('信息化建设', 100_00, 80_00), line('设备购置', 60_00, 50_00, { isPart: true })];
    const sheet = buildBudgetSheet(makeEvaluation({ lines }), 'zh-CN');
    expect([cellAt(sheet, 'B4')?.style, cellAt(sheet, 'B5')?.style]).toEqual(['text', 'textIndent']);
  });

  it('leaves the stated columns empty and says so when the workbook has no 合计 row', () => {
    const total = { initialBudget: null, budget: 100_00, actual: 90_00, rate: 0.9, partsBudget: 100_00, partsActual: 90_00, cell: null };
    const sheet = buildBudgetSheet(makeEvaluation({ lines: [line('办公经费', 100_00, 90_00)], totals: { basic: null, project: null, overall: total } }), 'zh-CN');
    const row = rowOf(sheet, '合计', 1);
    expect(rowValues(sheet, row)).toEqual([null, '合计', null, 100, null, 90, 0.9, '原表没有合计行，按明细之和计', null]);
  });

  it('says there is no budget table rather than leaving an empty grid', () => {
    const sheet = buildBudgetSheet(makeEvaluation(), 'en');
    expect(rowValues(sheet, 3, 0)).toEqual(['No budget-execution table found']);
  });
});
