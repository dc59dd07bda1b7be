import { cellContext, cellPlace, type CellPlace, type TableSummary, type WorkbookSnapshot } from '../../../src/core';

const snapshot: WorkbookSnapshot = {
  sheets: [
    {
      name: '预算执行表',
      origin: { row: 1, col: 0 },
      rows: [
        ['项目名称', '全年预算数', '全年执行数', '执行率'],
        ['  专项资金 ', 5, 0, { error: '#DIV/0!' }],
        ['合计', 0.1 + 0.2, null, true],
      ],
      merges: [],
      tables: [],
    },
  ],
};
const tables: TableSummary[] = [
  {
    key: '预算执行表!A2',
    sheet: '预算执行表',
    kind: 'budget',
    range: 'A2:D3',
    rows: 1,
    columns: [
      { column: 'A', header: '项目名称', field: 'name' },
      { column: 'B', header: '全年预算数', field: 'budget' },
      { column: 'C', header: '全年执行数', field: 'actual' },
      { column: 'D', header: '执行率', field: null },
    ] as TableSummary['columns'],
    fields: [],
  },
];
const at = (ref: string): CellPlace => cellPlace(ref) as CellPlace;

describe('cellContext', () => {
  it.each([
    ['预算执行表!C3', 3, [['A', '项目名称', '专项资金', false], ['B', '全年预算数', '5', false], ['C', '全年执行数', '0', true], ['D', '执行率', '#DIV/0!', false]]],
    // Below the table: no headers, the General form of a float, a boolean as Excel shows it, empty cells left out.
    ['预算执行表!A4:B4', 4, [['A', '', '合计', true], ['B', '', '0.3', true], ['D', '', 'TRUE', false]]],
    ['预算执行表!A1', 1, []],
  ])('%s: row %i', (ref, row, values) => {
    const context = cellContext(snapshot, tables, at(ref));
    expect(context?.row).toBe(row);
    expect(context?.values.map((v) => [v.column, v.header, v.text, v.flagged])).toEqual(values);
  });

  it('is null for a sheet the workbook does not have', () => {
    expect(cellContext(snapshot, tables, at('别的表!A1'))).toBeNull();
  });
});
