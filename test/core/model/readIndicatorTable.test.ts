import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { findTables, type IndicatorTable } from '../../../src/core/detect';
import { categoryOf, readIndicatorTable, type IndicatorTableModel } from '../../../src/core/model';
import { gridOf, INDICATOR_HEADER, seedIndicatorSheet, sheet, SEED_INDICATORS, type SheetOptions } from '../grids';

function indicatorModel(snapshot: SheetSnapshot): IndicatorTableModel {
  const table = findTables(gridOf(snapshot)).find((t): t is IndicatorTable => t.kind === 'indicators');
  if (!table) throw new Error('no indicator table');
  return readIndicatorTable(table);
}

const model = (rows: CellValue[][], options: SheetOptions = {}) => indicatorModel(sheet('指标', rows, options));
const levels = (m: IndicatorTableModel) => m.rows.map((r) => [r.level1, r.level2, r.name, r.category]);

describe('readIndicatorTable on the seed’s 绩效指标表', () => {
  const m = indicatorModel(seedIndicatorSheet());

  it('reads all thirteen indicators with their 一级 and 二级 carried down the merged cells', () => {
    expect(m.rows.map((r) => [r.level1, r.level2, r.name])).toEqual(SEED_INDICATORS.map(([l1, l2, name]) => [l1, l2, name]));
    expect(m.rows.map((r) => r.category)).toEqual([
      'output', 'output', 'output', 'output', 'output', 'output', 'effect', 'effect', 'effect', 'effect', 'satisfaction', 'cost', 'cost',
    ]);
  });

  it('parses targets and actuals as operator, number and unit', () => {
    const first = m.rows[0];
    expect(first.target).toEqual({ kind: 'quantity', direction: 'forward', value: 5400000, unit: '人', text: '≥540万人' });
    expect(first.actual).toEqual({ kind: 'quantity', direction: null, value: 5466000, unit: '人', text: '546.6万人' });
    expect(m.rows[5].target).toEqual({ kind: 'qualitative', text: '有效提升' });
    expect(m.rows[11].target).toMatchObject({ direction: 'reverse', value: 500000, unit: '元' });
  });

  it('keeps weights, stated scores, reasons and the cells they are in', () => {
    const row = m.rows[6];
    expect([row.weight, row.statedScore, row.reason]).toEqual([8, 6, '']);
    expect([row.nameCell, row.targetCell, row.actualCell, row.weightCell, row.scoreCell, row.reasonCell]).toEqual([
      '绩效指标表!C9', '绩效指标表!D9', '绩效指标表!E9', '绩效指标表!F9', '绩效指标表!G9', '绩效指标表!H9',
    ]);
    expect(m.rows[5].reason).toBe('部分两定机构信息系统改造未完成，已督促2025年一季度前完成');
    expect(m.weightHeaderCell).toBe('绩效指标表!F2');
    expect(m.stated).toEqual({ scores: {}, grade: null });
  });
});

describe('readIndicatorTable: 一级 and 二级 指标 carried down', () => {
  it('through blank cells, starting 二级 afresh under a new 一级', () => {
    const m = model([
      [...INDICATOR_HEADER],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8, null],
      [null, null, '定点数', '≥2220家', '2337家', 8, 8, null],
      [null, '质量指标', '覆盖率', '≥95%', '95%', 6, 6, null],
      ['效益指标', null, '自付比例降幅', '≥5%', '7.25%', 8, 8, null],
      [null, '社会效益指标', '报销比例', '≥70%', '70%', 7, 7, null],
      [],
      [null, null, '服务点覆盖率', '100%', '100%', 7, 7, null],
    ]);
    expect(levels(m)).toEqual([
      ['产出指标', '数量指标', '参保人数', 'output'],
      ['产出指标', '数量指标', '定点数', 'output'],
      ['产出指标', '质量指标', '覆盖率', 'output'],
      ['效益指标', '', '自付比例降幅', 'effect'],
      ['效益指标', '社会效益指标', '报销比例', 'effect'],
      ['效益指标', '社会效益指标', '服务点覆盖率', 'effect'],
    ]);
  });

  it('through merged cells', () => {
    const m = model(
      [
        [...INDICATOR_HEADER],
        ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8, null],
        [null, null, '定点数', '≥2220家', '2337家', 8, 8, null],
        [null, '时效指标', '完成时限', '≤10天', '9天', 4, 4, null],
        ['满意度指标', '服务对象满意度', '参保群众满意度', '≥90%', '95%', 10, 10, null],
      ],
      { merges: ['A2:A4', 'B2:B3'] },
    );
    expect(levels(m)).toEqual([
      ['产出指标', '数量指标', '参保人数', 'output'],
      ['产出指标', '数量指标', '定点数', 'output'],
      ['产出指标', '时效指标', '完成时限', 'output'],
      ['满意度指标', '服务对象满意度', '参保群众满意度', 'satisfaction'],
    ]);
  });

  it('names a row by its 二级指标 where the table has no 三级 column', () => {
    const m = model([
      ['一级指标', '二级指标', '年度指标值', '实际完成值', '分值'],
      ['产出指标', '参保人数', '≥540万人', '546.6万人', 8],
    ]);
    expect(m.rows.map((r) => [r.name, r.nameCell])).toEqual([['参保人数', '指标!B2']]);
  });
});

describe('readIndicatorTable: summary rows state scores, they are not indicators', () => {
  const rows: CellValue[][] = [
    [...INDICATOR_HEADER],
    ['预算执行', null, '预算执行率', '100%', '99.14%', 10, 10, null],
    ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 20, 20, null],
    [null, '质量指标', '覆盖率', '≥95%', '95%', 20, 18, null],
    [null, '小计', null, null, null, 40, 38, null],
    ['效益指标', '社会效益指标', '报销比例', '≥70%', '70%', 30, 28, null],
    ['满意度指标', '满意度', '参保群众满意度', '≥90%', '95%', 10, 10, null],
    ['满意度指标小计', null, null, null, null, 10, 10, null],
    ['成本指标', '经济成本指标', '租赁费', '≤50万元', '50万元', 10, 10, null],
    ['总分', null, null, null, null, 100, 96, null],
  ];
  const m = model(rows, { merges: ['A3:A5', 'A10:E10'] });

  it('reads the indicators only', () => {
    expect(m.rows.map((r) => r.name)).toEqual(['参保人数', '覆盖率', '报销比例', '参保群众满意度', '租赁费']);
  });

  it('reads 预算执行, 小计 by its 一级指标, 满意度指标小计 and 总分 as stated scores', () => {
    expect(m.stated.scores).toEqual({
      budgetExecution: { value: 10, cell: '指标!G2' },
      output: { value: 38, cell: '指标!G5' },
      satisfaction: { value: 10, cell: '指标!G8' },
      total: { value: 96, cell: '指标!G10' },
    });
  });

  it.each([
    ['合计', 'total'],
    ['总计', 'total'],
    ['得分合计', 'total'],
    ['总 分', 'total'],
    ['产出指标小计', 'output'],
    ['效益指标合计', 'effect'],
  ])('reads a %s row as %s', (label, key) => {
    const m2 = model([
      [...INDICATOR_HEADER],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8, null],
      [label, null, null, null, null, 8, 7.5, null],
    ]);
    expect(m2.rows).toHaveLength(1);
    expect(m2.stated.scores).toEqual({ [key]: { value: 7.5, cell: '指标!G3' } });
  });
});

describe('readIndicatorTable: a 评价等次 row states the grade', () => {
  it.each<[string, CellValue[], string]>([
    ['in its own row', ['评价等次', null, null, null, null, null, '优', null], '指标!G3'],
    ['beside the 总分', ['总分', null, null, null, '评价等次', '良好', 100, 88], '指标!F3'],
  ])('%s', (_, summary, cell) => {
    const m = model([
      [...INDICATOR_HEADER],
      ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', 8, 8, null],
      summary,
    ]);
    expect(m.rows).toHaveLength(1);
    expect(m.stated.grade).toEqual({ value: summary.includes('优') ? '优' : '良好', cell });
  });
});

describe('readIndicatorTable: cells that are not numbers', () => {
  it('flags a 分值 that is not a number and reads it as null', () => {
    const m = model([[...INDICATOR_HEADER], ['产出指标', '数量指标', '参保人数', '≥540万人', '546.6万人', '八分', { error: '#N/A' }, null]]);
    expect(m.rows[0].weight).toBeNull();
    expect(m.rows[0].statedScore).toBeNull();
    expect(m.rows[0].flags).toEqual([
      { code: 'parse-error', severity: 'error', cell: '指标!F2', key: 'parse-error.number', params: { value: '八分' } },
      { code: 'parse-error', severity: 'error', cell: '指标!G2', key: 'parse-error.excelError', params: { value: '#N/A' } },
    ]);
  });
});

describe('categoryOf (SCORING.md: the category comes from the 一级指标 text)', () => {
  it.each([
    ['产出指标', '', 'output'],
    ['效益指标', '', 'effect'],
    ['满意度指标', '', 'satisfaction'],
    ['成本指标', '', 'cost'],
    ['Output', '', 'output'],
    ['Cost indicators', '', 'cost'],
    ['', '数量指标', 'output'],
    ['', '经济成本指标', 'cost'],
    ['', '社会效益指标', 'effect'],
    ['', '服务对象满意度指标', 'satisfaction'],
    ['绩效指标', '质量指标', 'output'],
    ['', '', null],
  ])('%p / %p → %p', (level1, level2, category) => {
    expect(categoryOf(level1, level2)).toBe(category);
  });
});

describe('readIndicatorTable: a 评价等次 row above the 总分 row', () => {
  it('reads both the grade and the total', () => {
    const m = model([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '参保人数', '≥100人', '100人', 90, 90],
      ['评价等次', null, null, null, null, null, '优'],
      ['总分', null, null, null, null, 100, 98],
    ]);
    expect(m.stated.grade).toEqual({ value: '优', cell: '指标!G3' });
    expect(m.stated.scores.total).toEqual({ value: 98, cell: '指标!G4' });
  });
});
