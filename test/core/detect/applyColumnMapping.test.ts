import { type CellValue, type ColumnMapping } from '../../../src/core';
import { applyColumnMapping, describeTable, findTables, tableKey } from '../../../src/core/detect';
import { book, gridOf, seedWorkbook, sheet } from '../grids';
import { evaluateOne } from '../evaluateOne';

/** The engine reads 全年执行数 (D) as 执行数; the unit's actual payments are in 已付 (E), next to a 备注 (F). */
const rows: CellValue[][] = [
  ['项目名称', '年初预算数', '全年预算数', '全年执行数', '已付', '备注'],
  ['办公费', 100, 120, 90, 60, null],
  ['印刷费', 50, 50, 50, 40, null],
];
const budgetSheet = () => sheet('预算表', rows);

describe('tableKey', () => {
  it.each([
    ['预算执行表', 'A3'],
    ['绩效指标表', 'A2'],
    ['自评得分', 'A2'],
  ])('names the %s table by its sheet and header cell', (name, cell) => {
    const keys = seedWorkbook().sheets.flatMap((s) => findTables(gridOf(s))).map(tableKey);
    expect(keys).toContain(`${name}!${cell}`);
  });
});

describe('applyColumnMapping', () => {
  const detected = () => findTables(gridOf(budgetSheet()));

  it('keeps the guess where the mapping names nothing', () => {
    expect(applyColumnMapping(detected(), {})[0].columns).toEqual(detected()[0].columns);
  });

  it.each<[string, ColumnMapping, Record<string, number>]>([
    ['reads 执行数 from the column chosen', { '预算表!A1': { actual: 'E' } }, { name: 0, initialBudget: 1, budget: 2, actual: 4, note: 5 }],
    ['takes a column from the field that had it', { '预算表!A1': { budget: 'B' } }, { name: 0, budget: 1, actual: 3, note: 5 }],
    ['drops a field mapped to null', { '预算表!A1': { note: null } }, { name: 0, initialBudget: 1, budget: 2, actual: 3 }],
    ['ignores what is not a column letter', { '预算表!A1': { actual: '第五列' } }, { name: 0, initialBudget: 1, budget: 2, actual: 3, note: 5 }],
    ['ignores a field the kind does not have', { '预算表!A1': { level1: 'E' } }, { name: 0, initialBudget: 1, budget: 2, actual: 3, note: 5 }],
    ['ignores another table’s key', { '预算表!B1': { actual: 'E' } }, { name: 0, initialBudget: 1, budget: 2, actual: 3, note: 5 }],
  ])('%s', (_label, mapping, expected) => {
    expect(applyColumnMapping(detected(), mapping)[0].columns).toEqual(expected);
  });

  it('keeps the guess when the corrections would leave the table unreadable', () => {
    const [table] = applyColumnMapping(detected(), { '预算表!A1': { actual: null, initialBudget: null } });
    expect(table.columns).toEqual(detected()[0].columns);
  });
});

describe('describeTable', () => {
  it('lists every column under the header with its field', () => {
    const [summary] = findTables(gridOf(budgetSheet())).map(describeTable);
    expect(summary).toMatchObject({ key: '预算表!A1', sheet: '预算表', kind: 'budget', range: 'A1:F3', rows: 2 });
    expect(summary.columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', '项目名称', 'name'],
      ['B', '年初预算数', 'initialBudget'],
      ['C', '全年预算数', 'budget'],
      ['D', '全年执行数', 'actual'],
      ['E', '已付', null],
      ['F', '备注', 'note'],
    ]);
    expect(summary.fields).toEqual(expect.arrayContaining(['name', 'budget', 'actual', 'rate', 'note']));
  });

  it('describes the sample’s tables, two-row captions and all', () => {
    const summaries = evaluateOne(seedWorkbook()).tables;
    expect(summaries.map((t) => [t.key, t.kind, t.range])).toEqual([
      ['预算执行表!A3', 'budget', 'A3:G17'],
      ['预算执行表!A21', 'budget', 'A21:G24'],
      ['绩效指标表!A2', 'indicators', 'A2:H15'],
      ['自评得分!A2', 'scores', 'A2:C9'],
    ]);
  });
});

describe('evaluateWorkbook with a column mapping', () => {
  it('evaluates the columns the user chose', () => {
    const guessed = evaluateOne(book(budgetSheet()));
    expect(guessed.lines.map((l) => [l.name, l.actual])).toEqual([
      ['办公费', 9_000],
      ['印刷费', 5_000],
    ]);
    const chosen = evaluateOne(book(budgetSheet()), {}, { '预算表!A1': { actual: 'E' } });
    expect(chosen.lines.map((l) => [l.name, l.budget, l.actual, l.rate])).toEqual([
      ['办公费', 12_000, 6_000, 0.5],
      ['印刷费', 5_000, 4_000, 0.8],
    ]);
    expect(chosen.tables[0].columns.filter((c) => c.field).map((c) => `${c.column}:${c.field}`)).toEqual([
      'A:name', 'B:initialBudget', 'C:budget', 'E:actual', 'F:note',
    ]);
  });
});
