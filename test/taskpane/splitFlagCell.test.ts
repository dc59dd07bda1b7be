import { splitFlagCell } from '../../src/taskpane/splitFlagCell';

describe('splitFlagCell: a flag’s cell as the sheet to activate and the cell to select', () => {
  it.each<[string | null, { sheet: string; cell: string } | null]>([
    ['预算执行表!E12', { sheet: '预算执行表', cell: 'E12' }],
    ['绩效指标表!H9', { sheet: '绩效指标表', cell: 'H9' }],
    ['预算执行表!D7:E7', { sheet: '预算执行表', cell: 'D7:E7' }],
    ["'Budget 2024'!E12", { sheet: 'Budget 2024', cell: 'E12' }],
    ["'2024年 预算表'!$E$12", { sheet: '2024年 预算表', cell: 'E12' }],
    ["'Tom''s sheet'!A1", { sheet: "Tom's sheet", cell: 'A1' }],
    ["'注意!重要'!B3", { sheet: '注意!重要', cell: 'B3' }],
    ['表!e5', { sheet: '表', cell: 'E5' }],
    ['E12', null],
    ['!E12', null],
    ['预算执行表!', null],
    ['预算执行表!合计', null],
    ['预算执行表!E0', null],
    ['', null],
    [null, null],
  ])('%p → %p', (ref, target) => {
    expect(splitFlagCell(ref)).toEqual(target);
  });
});
