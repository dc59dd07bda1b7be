import type { CellValue } from '../../../src/core/snapshot';
import type { AmountCell } from '../../../src/core/model';
import { sumCheck, sumChecks } from '../../../src/core/evaluate/sumCheck';
import { book, sheet } from '../grids';
import { evaluateOne } from '../evaluateOne';

const yuan = { unit: '元', unitFactor: 1 };
const wan = { unit: '万元', unitFactor: 10000 };

/** An amount cell as the reader makes it: `fen`, and half a unit of its last shown digit, in 分. */
const cell = (fen: number | null, decimals = 2, unitFactor = 1, address = 'S!C5', invalid = false): AmountCell => ({
  fen,
  halfUnitFen: fen === null ? 0 : 0.5 * 10 ** -decimals * unitFactor * 100,
  cell: address,
  invalid,
});

describe('sumCheck (SCORING.md sum-mismatch: exact in 分, within rounding info, beyond it error)', () => {
  it.each<[string, number, number[], 'info' | 'error' | null]>([
    ['1270.47 + 256.25 = 1526.72 exactly', 152672, [127047, 25625], null],
    ['1270.47 + 256.25 vs 1526.71: within rounding (the seed’s 基本支出)', 152671, [127047, 25625], 'info'],
    ['1270.47 + 256.25 vs 1526.73: within rounding', 152673, [127047, 25625], 'info'],
    ['1270.47 + 256.25 vs 1526.75: beyond it', 152675, [127047, 25625], 'error'],
    ['1270.47 + 256.25 vs 1526.70: beyond it', 152670, [127047, 25625], 'error'],
    ['0.1 + 0.2 = 0.3', 30, [10, 20], null],
    ['0.1 + 0.2 + 0.3 = 0.6', 60, [10, 20, 30], null],
    ['one part, 0.01 off: beyond half a unit', 101, [100], 'error'],
    ['three parts, 0.01 off', 301, [100, 100, 100], 'info'],
    ['three parts, 0.02 off (tolerance 1.5 分)', 302, [100, 100, 100], 'error'],
    ['four parts, 0.02 off (tolerance 2 分)', 402, [100, 100, 100, 100], 'info'],
    ['four parts, 0.02 under', 398, [100, 100, 100, 100], 'info'],
    ['four parts, 0.03 off', 403, [100, 100, 100, 100], 'error'],
    ['the seed’s 项目支出 lines: 124.51 vs 437.20', 43720, [937, 2623, 5000, 200, 0, 2649, 532, 100, 410], 'error'],
  ])('%s', (_, stated, parts, severity) => {
    const flag = sumCheck('基本支出', 'actual', cell(stated, 2, 1, 'S!E4'), parts.map((p) => cell(p)), yuan);
    expect(flag && [flag.code, flag.severity, flag.cell]).toEqual(severity && ['sum-mismatch', severity, 'S!E4']);
  });

  it('is exact for 万元 amounts: 1270.47 + 256.25 万元 vs 1526.71 万元 is info, vs 1526.75 is error', () => {
    const parts = [cell(1270470000, 2, 10000), cell(256250000, 2, 10000)];
    expect(sumCheck('基本支出', 'actual', cell(1526720000, 2, 10000), parts, wan)).toBeNull();
    expect(sumCheck('基本支出', 'actual', cell(1526710000, 2, 10000), parts, wan)?.severity).toBe('info');
    expect(sumCheck('基本支出', 'actual', cell(1526750000, 2, 10000), parts, wan)?.severity).toBe('error');
  });

  it('allows half a unit of each part’s own shown digit', () => {
    // Parts shown as whole 元 (General 100) may each be half a 元 off.
    expect(sumCheck('合计', 'budget', cell(20090), [cell(10000, 0), cell(10000, 0)], yuan)?.severity).toBe('info');
    expect(sumCheck('合计', 'budget', cell(20101), [cell(10000, 0), cell(10000, 0)], yuan)?.severity).toBe('error');
  });

  it('carries the sum of the parts, in 分, and the figures for the message', () => {
    const flag = sumCheck('基本支出', 'actual', cell(1526710000, 2, 10000, '预算执行表!E4'), [cell(1270470000, 2, 10000), cell(256250000, 2, 10000)], wan);
    expect(flag).toEqual({
      code: 'sum-mismatch',
      severity: 'info',
      cell: '预算执行表!E4',
      key: 'sum-mismatch.actual.info',
      params: { name: '基本支出', stated: '1,526.71', sum: '1,526.72', diff: '0.01', unit: '万元' },
      sumFen: 1526720000,
    });
  });

  it.each<[string, AmountCell, AmountCell[]]>([
    ['no stated total', cell(null), [cell(100), cell(200)]],
    ['no parts', cell(300), []],
    ['no part has a figure', cell(300), [cell(null), cell(null)]],
    ['a part is not a number (its parse-error says so)', cell(300), [cell(100), cell(null, 2, 1, 'S!C6', true)]],
  ])('checks nothing with %s', (_, stated, parts) => {
    expect(sumCheck('合计', 'budget', stated, parts, yuan)).toBeNull();
  });

  it('checks budget and actual against the same parts', () => {
    const total = { budget: cell(30000, 2, 1, 'S!B5'), actual: cell(25000, 2, 1, 'S!C5') };
    const parts = [
      { budget: cell(10000), actual: cell(10000) },
      { budget: cell(20000), actual: cell(14000) },
    ];
    expect(sumChecks('合计', total, parts, yuan).map((f) => [f.key, f.cell, f.sumFen])).toEqual([
      ['sum-mismatch.actual.error', 'S!C5', 24000],
    ]);
  });
});

describe('sum-mismatch in a workbook: amounts read from cells are exact to the 分', () => {
  const run = (unitNote: string, rows: CellValue[][]) =>
    evaluateOne(book(sheet('预算表', [[unitNote], ['项目名称', '全年预算数', '全年执行数'], ...rows])));
  const sums = (rows: CellValue[][], unit = '单位：元') =>
    run(unit, rows).flags.filter((f) => f.code === 'sum-mismatch').map((f) => [f.severity, f.cell, f.sumFen]);

  it.each<[string, string, CellValue[][], unknown[]]>([
    ['0.1 + 0.2 = 0.3 元', '单位：元', [['甲', 0.1, 0.1], ['乙', 0.2, 0.2], ['合计', 0.3, 0.3]], []],
    ['0.1 + 0.2 = 0.3 万元', '单位：万元', [['甲', 0.1, 0.1], ['乙', 0.2, 0.2], ['合计', 0.3, 0.3]], []],
    ['text amounts', '单位：元', [['甲', '1,270.47', '1,270.47'], ['乙', '256.25', '256.25'], ['合计', '1,526.72', '1,526.72']], []],
    ['1270.47 + 256.25 vs 1526.71', '单位：万元', [['甲', '1,270.47', 1270.47], ['乙', '256.25', 256.25], ['合计', '1,526.71', 1526.71]],
      [['info', '预算表!B5', 1526720000], ['info', '预算表!C5', 1526720000]]],
    ['1270.47 + 256.25 vs 1526.75', '单位：万元', [['甲', '1,270.47', 1270.47], ['乙', '256.25', 256.25], ['合计', '1,526.75', '1,526.72']],
      [['error', '预算表!B5', 1526720000]]],
    ['1.1 + 2.2 + 3.3 = 6.6', '单位：元', [['甲', 1.1, 1.1], ['乙', 2.2, 2.2], ['丙', 3.3, 3.3], ['合计', 6.6, 6.6]], []],
  ])('%s', (_, unit, rows, expected) => {
    expect(sums(rows, unit)).toEqual(expected);
  });
});
