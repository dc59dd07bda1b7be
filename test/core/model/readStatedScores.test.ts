import type { CellValue } from '../../../src/core/snapshot';
import { findTables, type ScoresTable } from '../../../src/core/detect';
import { mergeStated, readScoresTable, scanStatedLabels } from '../../../src/core/model';
import { gridOf, seedScoresSheet, sheet, type SheetOptions } from '../grids';

function scoresTable(rows: CellValue[][], options: SheetOptions = {}) {
  const table = findTables(gridOf(sheet('得分', rows, options))).find((t): t is ScoresTable => t.kind === 'scores');
  if (!table) throw new Error('no scores table');
  return readScoresTable(table);
}

describe('readScoresTable', () => {
  it('reads the seed’s 评价内容 | 分值 | 自评得分 block and its 评价等次', () => {
    const table = findTables(gridOf(seedScoresSheet())).find((t): t is ScoresTable => t.kind === 'scores');
    expect(table && readScoresTable(table)).toEqual({
      scores: {
        budgetExecution: { value: 10, cell: '自评得分!C3' },
        output: { value: 38, cell: '自评得分!C4' },
        effect: { value: 28, cell: '自评得分!C5' },
        satisfaction: { value: 10, cell: '自评得分!C6' },
        cost: { value: 10, cell: '自评得分!C7' },
        total: { value: 96, cell: '自评得分!C8' },
      },
      grade: { value: '优', cell: '自评得分!C9' },
    });
  });

  it.each<[string, CellValue, string]>([
    ['预算执行率', 9.5, 'budgetExecution'],
    ['产出指标', 38, 'output'],
    ['效益指标', 28, 'effect'],
    ['满意度指标', 9, 'satisfaction'],
    ['成本指标', 10, 'cost'],
    ['自评总分', 96, 'total'],
    ['综合得分', 96, 'total'],
    ['合 计', 96, 'total'],
    ['Total', 96, 'total'],
  ])('reads %s', (label, value, key) => {
    expect(scoresTable([['评价内容', '分值', '自评得分'], [label, 10, value]]).scores).toEqual({ [key]: { value, cell: '得分!C2' } });
  });

  it.each([['优'], ['良好'], ['中'], ['差'], ['Good']])('reads the grade %s written beside 等次', (grade) => {
    expect(scoresTable([['评价内容', '分值', '自评得分'], ['等次', null, grade]]).grade).toEqual({ value: grade, cell: '得分!C2' });
  });

  it('keeps the first of two rows for the same score and ignores text scores', () => {
    const read = scoresTable([['评价内容', '分值', '自评得分'], ['总分', 100, '九十六'], ['总分', 100, 96], ['合计', 100, 95]]);
    expect(read.scores).toEqual({ total: { value: 96, cell: '得分!C3' } });
  });
});

describe('scanStatedLabels: 总分 | 96 and 评价等次 | 优 outside any table', () => {
  it.each<[string, CellValue[][], object]>([
    ['beside each other', [['总分', 96], ['评价等次', '优']], { scores: { total: { value: 96, cell: 'S!B1' } }, grade: { value: '优', cell: 'S!B2' } }],
    ['with colons and a gap', [['自评总分：', null, 91.5, null, '自评等次：', null, '优秀']], { scores: { total: { value: 91.5, cell: 'S!C1' } }, grade: { value: '优秀', cell: 'S!G1' } }],
    ['spaced labels', [['总 得 分', 88], ['等　级', '良']], { scores: { total: { value: 88, cell: 'S!B1' } }, grade: { value: '良', cell: 'S!B2' } }],
    ['总分 | 100 | 96: the 得分 after the 分值', [['总分', 100, 96]], { scores: { total: { value: 96, cell: 'S!C1' } }, grade: null }],
    ['总分 | 100 | 96 | 评价等次 | 优 in one row', [['总分', 100, 96, '评价等次', '优']], { scores: { total: { value: 96, cell: 'S!C1' } }, grade: { value: '优', cell: 'S!E1' } }],
    ['a text total is not read', [['总分', '九十六分']], { scores: {}, grade: null }],
    ['a sentence is not a label', [['本单位自评总分为九十六分', 96]], { scores: {}, grade: null }],
    ['a grade word that is not a grade', [['评价等次', '待定']], { scores: {}, grade: null }],
  ])('%s', (_, rows, expected) => {
    expect(scanStatedLabels(gridOf(sheet('S', rows)))).toEqual(expected);
  });

  it('skips the rows of the tables it is told about', () => {
    const grid = gridOf(sheet('S', [['项目名称', '全年预算数'], ['总分', 50], [], ['总分', 96]]));
    expect(scanStatedLabels(grid, [{ firstRow: 1, lastRow: 1 }]).scores).toEqual({ total: { value: 96, cell: 'S!B4' } });
  });

  it('keeps the first total and grade on the sheet', () => {
    const read = scanStatedLabels(gridOf(sheet('S', [['总分', 96], ['总分', 90], ['等次', '优'], ['等次', '良']])));
    expect(read).toEqual({ scores: { total: { value: 96, cell: 'S!B1' } }, grade: { value: '优', cell: 'S!B3' } });
  });
});

describe('mergeStated', () => {
  it('lets the first source that states a score win and fills the rest from later ones', () => {
    const merged = mergeStated([
      { scores: { total: { value: 96, cell: 'A!C8' } }, grade: null },
      { scores: { total: { value: 90, cell: 'B!G20' }, output: { value: 38, cell: 'B!G9' } }, grade: { value: '优', cell: 'B!C21' } },
      { scores: {}, grade: { value: '良', cell: 'C!B2' } },
    ]);
    expect(merged).toEqual({
      scores: { total: { value: 96, cell: 'A!C8' }, output: { value: 38, cell: 'B!G9' } },
      grade: { value: '优', cell: 'B!C21' },
    });
  });
});
