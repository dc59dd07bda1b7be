import type { CellValue } from '../../../src/core/snapshot';
import { findTables, type BudgetTable } from '../../../src/core/detect';
import { readBudgetTable, type BudgetRow } from '../../../src/core/model';
import { lineFlags, type LineContext } from '../../../src/core/evaluate/lineFlags';
import { DEFAULT_SETTINGS } from '../../../src/core/rules';
import { formatFlag } from '../../../src/core/report';
import { gridOf, sheet } from '../grids';

const ctx: LineContext = { unit: '元', unitFactor: 1, settings: DEFAULT_SETTINGS, hasFullYearColumn: true };

/** One line of a 元 table: 项目名称 A, 全年预算数 B, 全年执行数 C, 执行率 D; the line is on row 3. */
function lineRow(budget: CellValue, actual: CellValue, rate: CellValue = null, rateFormat: string | null = null): BudgetRow {
  const rows: CellValue[][] = [['单位：元'], ['项目名称', '全年预算数', '全年执行数', '执行率'], ['办公经费', budget, actual, rate]];
  const formats = [[], [], [null, null, null, rateFormat]];
  const table = findTables(gridOf(sheet('预算表', rows, { formats }))).find((t): t is BudgetTable => t.kind === 'budget');
  if (!table) throw new Error('no budget table');
  const [row] = readBudgetTable(table).rows;
  if (!row) throw new Error('no row');
  return row;
}

const codes = (row: BudgetRow) => lineFlags(row, ctx).map((f) => [f.code, f.severity, f.cell]);

describe('lineFlags: SCORING.md "Budget-line flags"', () => {
  it.each<[string, CellValue, CellValue, (string | null)[][]]>([
    ['0/0 (三公经费): nothing', 0, 0, []],
    ['budget empty, actual 0: nothing', null, 0, []],
    ['budget empty, actual > 0: missing-value on the budget', null, 50, [['missing-value', 'warning', '预算表!B3']]],
    ['budget 0, actual > 0: missing-value on the budget', 0, 50, [['missing-value', 'warning', '预算表!B3']]],
    ['budget —, actual > 0: missing-value on the budget', '—', 50, [['missing-value', 'warning', '预算表!B3']]],
    ['budget > 0, actual empty: missing-value on the actual', 100, null, [['missing-value', 'warning', '预算表!C3']]],
    ['budget > 0, actual 0: zero-execution on the actual', 300, 0, [['zero-execution', 'warning', '预算表!C3']]],
    ['89.9%: low-execution', 1000, 899, [['low-execution', 'warning', '预算表!C3']]],
    ['89.99%: low-execution', 10000, 8999, [['low-execution', 'warning', '预算表!C3']]],
    ['90%: not low', 1000, 900, []],
    ['0.01%: low, not zero', 10000, 1, [['low-execution', 'warning', '预算表!C3']]],
    ['100%: nothing', 1000, 1000, []],
    ['100.1%: over-execution', 1000, 1001, [['over-execution', 'warning', '预算表!C3']]],
    ['100.01%: over-execution', 10000, 10001, [['over-execution', 'warning', '预算表!C3']]],
    ['95%: nothing', 1000, 950, []],
    ['the seed’s 52% line: low', 18.02, 9.37, [['low-execution', 'warning', '预算表!C3']]],
    ['the seed’s 0% line: zero', 3, 0, [['zero-execution', 'warning', '预算表!C3']]],
  ])('%s', (_, budget, actual, expected) => {
    expect(codes(lineRow(budget, actual))).toEqual(expected);
  });

  it.each<[string, CellValue, CellValue]>([
    ['约9.4万 budget', '约9.4万', 50],
    ['#DIV/0! budget', { error: '#DIV/0!' }, 50],
    ['#VALUE! actual', 100, { error: '#VALUE!' }],
    ['约90 actual', 100, '约90'],
  ])('a %s is a parse-error only, not also missing-value or zero-execution', (_, budget, actual) => {
    const row = lineRow(budget, actual);
    expect(row.flags.map((f) => f.code)).toEqual(['parse-error']);
    expect(codes(row)).toEqual([]);
  });
});

describe('lineFlags: rate-mismatch (half a unit of the stated rate’s last shown digit)', () => {
  it.each<[string, CellValue, string | null, number, boolean]>([
    // text 95%: ±0.5 point
    ['95% vs 95.49%', '95%', null, 9549, false],
    ['95% vs 94.51%', '95%', null, 9451, false],
    ['95% vs 95.5% (exactly half a point)', '95%', null, 9550, false],
    ['95% vs 94.5% (exactly half a point)', '95%', null, 9450, false],
    ['95% vs 95.51%', '95%', null, 9551, true],
    ['95% vs 94.49%', '95%', null, 9449, true],
    ['52% vs 51.998% (the seed)', '52%', null, 5199.8, false],
    // text 94.9%: ±0.05 point
    ['94.9% vs 94.94%', '94.9%', null, 9494, false],
    ['94.9% vs 94.86%', '94.9%', null, 9486, false],
    ['94.9% vs 94.95% (exactly half)', '94.9%', null, 9495, false],
    ['94.9% vs 94.96%', '94.9%', null, 9496, true],
    ['94.9% vs 94.84%', '94.9%', null, 9484, true],
    // a number: ±0.05 point
    ['0.95 vs 95.04%', 0.95, null, 9504, false],
    ['0.95 vs 94.96%', 0.95, null, 9496, false],
    ['0.95 vs 95.06%', 0.95, null, 9506, true],
    ['0.95 vs 94.94%', 0.95, null, 9494, true],
    ['points 95 vs 95.04%', 95, null, 9504, false],
    ['points 95 vs 95.06%', 95, null, 9506, true],
    // a number shown with one decimal in %: ±0.05 point
    ['0.949 as 0.0% vs 94.94%', 0.949, '0.0%', 9494, false],
    ['0.949 as 0.0% vs 94.96%', 0.949, '0.0%', 9496, true],
    // the unit writes its own formula: it agrees
    ['=C/B as 0.00%', 9523 / 10000, '0.00%', 9523, false],
  ])('%s', (_, stated, format, actual, mismatch) => {
    const row = lineRow(10000, actual, stated, format);
    const found = lineFlags(row, ctx).filter((f) => f.code === 'rate-mismatch');
    expect(found.map((f) => [f.severity, f.cell])).toEqual(mismatch ? [['warning', '预算表!D3']] : []);
  });

  it.each<[string, CellValue, string | null, number, string]>([
    ['52% vs 90%', '52%', null, 9000, '“办公经费”填报执行率 52.0%，按执行数 ÷ 预算数计算为 90.0%'],
    // The issue: 0.86152 shown as 86.2% against 86.21%; one decimal would say 86.2% twice.
    ['0.86152 as 0.0% vs 86.21%', 0.86152, '0.0%', 8621, '“办公经费”填报执行率 86.15%，按执行数 ÷ 预算数计算为 86.21%'],
    ['95% vs 95.51%', '95%', null, 9551, '“办公经费”填报执行率 95.0%，按执行数 ÷ 预算数计算为 95.5%'],
  ])('says both rates, as far apart as they are: %s', (_, stated, format, actual, message) => {
    const [flag] = lineFlags(lineRow(10000, actual, stated, format), ctx).filter((f) => f.code === 'rate-mismatch');
    expect(formatFlag(flag, 'zh-CN')).toBe(`预算表!D3：${message}`);
  });

  it('says both rates', () => {
    const [flag] = lineFlags(lineRow(10000, 9000, '52%'), ctx).filter((f) => f.code === 'rate-mismatch');
    expect(formatFlag(flag, 'zh-CN')).toBe('预算表!D3：“办公经费”填报执行率 52.0%，按执行数 ÷ 预算数计算为 90.0%');
  });
});

describe('lineFlags: a rate shown against its threshold never reads as on it', () => {
  it.each<[string, number, number, string]>([
    ['89.99% (the issue: not “90.0%，低于 90%”)', 10000, 8999, '“办公经费”执行率 89.99%，低于 90%'],
    ['89.999%', 100000, 89999, '“办公经费”执行率 89.999%，低于 90%'],
    ['52.0%', 10000, 5200, '“办公经费”执行率 52.0%，低于 90%'],
    ['100.01% (not “100.0%，超过 100%”)', 10000, 10001, '“办公经费”执行率 100.01%，超过 100%'],
    ['100.1%', 1000, 1001, '“办公经费”执行率 100.1%，超过 100%'],
  ])('%s', (_, budget, actual, message) => {
    const [flag] = lineFlags(lineRow(budget, actual), ctx);
    expect(formatFlag(flag, 'zh-CN')).toBe(`预算表!C3：${message}`);
  });

  it('shows a threshold a unit sets with its own digits', () => {
    const settings = { ...DEFAULT_SETTINGS, lowExecutionThreshold: 0.855 };
    const [flag] = lineFlags(lineRow(10000, 8549), { ...ctx, settings });
    expect(formatFlag(flag, 'en')).toBe('预算表!C3: "办公经费": execution rate 85.49%, below 85.5%');
  });
});

describe('lineFlags: 年初预算数 used for a line', () => {
  it('notes it on the budget cell it used', () => {
    const rows: CellValue[][] = [['单位：元'], ['项目名称', '年初预算数', '全年预算数', '全年执行数'], ['办公经费', 100, null, 95]];
    const [table] = findTables(gridOf(sheet('预算表', rows)));
    if (table?.kind !== 'budget') throw new Error('no budget table');
    const [row] = readBudgetTable(table).rows;
    expect(lineFlags(row, ctx).map((f) => [f.code, f.severity, f.cell, f.key])).toEqual([
      ['missing-value', 'info', '预算表!B3', 'missing-value.initialBudget'],
    ]);
  });
});
