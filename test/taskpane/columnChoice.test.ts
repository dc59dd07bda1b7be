import type { ColumnMapping, TableField, TableSummary } from '../../src/core';
import { applyColumnChoice, columnOf, pickerFields } from '../../src/taskpane/columnChoice';

const BUDGET: TableSummary = {
  key: '预算执行表!A3',
  sheet: '预算执行表',
  kind: 'budget',
  range: 'A3:G17',
  rows: 14,
  columns: [
    { column: 'A', header: '序号', field: 'seq' },
    { column: 'B', header: '项目名称', field: 'name' },
    { column: 'C', header: '年初预算数', field: 'initialBudget' },
    { column: 'D', header: '全年预算数', field: 'budget' },
    { column: 'E', header: '全年执行数', field: 'actual' },
    { column: 'F', header: '执行率', field: 'rate' },
    { column: 'G', header: '备注', field: null },
  ],
  fields: ['rate', 'initialBudget', 'budget', 'actual', 'weight', 'score', 'seq', 'note', 'category', 'name'],
};

describe('columnOf', () => {
  it.each<[TableField, string | null]>([
    ['actual', 'E'],
    ['budget', 'D'],
    ['note', null],
  ])('%s → %p', (field, column) => {
    expect(columnOf(BUDGET, field)).toBe(column);
  });
});

describe('pickerFields', () => {
  it('lists a budget table’s fields as its columns usually run', () => {
    expect(pickerFields(BUDGET)).toEqual(['seq', 'name', 'category', 'initialBudget', 'budget', 'actual', 'rate', 'weight', 'score', 'note']);
  });

  it('lists an indicator table’s fields from 一级指标 to 偏差原因', () => {
    const table: TableSummary = { ...BUDGET, kind: 'indicators', fields: ['score', 'weight', 'actual', 'target', 'reason', 'level3', 'level2', 'level1'] };
    expect(pickerFields(table)).toEqual(['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'reason']);
  });
});

describe('applyColumnChoice: one correction made to the stored mapping', () => {
  const KEY = '预算执行表!A3';
  it.each<[string, ColumnMapping, TableField, string | null, ColumnMapping]>([
    ['adds a table’s first correction', {}, 'actual', 'F', { [KEY]: { actual: 'F' } }],
    ['says a field has no column', {}, 'rate', null, { [KEY]: { rate: null } }],
    ['replaces the field’s earlier correction', { [KEY]: { actual: 'F' } }, 'actual', 'E', { [KEY]: { actual: 'E' } }],
    [
      'drops an earlier correction that gave the same column to another field',
      { [KEY]: { budget: 'E', rate: null } },
      'actual',
      'E',
      { [KEY]: { rate: null, actual: 'E' } },
    ],
    [
      'keeps other tables’ corrections',
      { '绩效指标表!A2': { weight: 'F' } },
      'budget',
      'D',
      { '绩效指标表!A2': { weight: 'F' }, [KEY]: { budget: 'D' } },
    ],
  ])('%s', (_, mapping, field, column, expected) => {
    const before = JSON.stringify(mapping);
    expect(applyColumnChoice(mapping, KEY, field, column)).toEqual(expected);
    expect(JSON.stringify(mapping)).toBe(before);
  });
});
