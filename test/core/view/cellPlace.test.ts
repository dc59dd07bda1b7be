import { cellPlace } from '../../../src/core';

describe('cellPlace: a flag’s cell as the sheet and the cell or block it names', () => {
  it.each<[string | null, { sheet: string; cell: string } | null]>([
    ['预算执行表!E12', { sheet: '预算执行表', cell: 'E12' }],
    ['绩效指标表!H9', { sheet: '绩效指标表', cell: 'H9' }],
    ['预算执行表!D7:E7', { sheet: '预算执行表', cell: 'D7:E7' }],
    ["'Budget 2024'!E12", { sheet: 'Budget 2024', cell: 'E12' }],
    ["'2024年 预算表'!$E$12", { sheet: '2024年 预算表', cell: 'E12' }],
    ["'Tom''s sheet'!A1", { sheet: "Tom's sheet", cell: 'A1' }],
    ["'注意!重要'!B3", { sheet: '注意!重要', cell: 'B3' }],
    ['表!e5', { sheet: '表', cell: 'E5' }],
    ['表!E5:D3', { sheet: '表', cell: 'D3:E5' }],
    ['表!$A$1:$A$1', { sheet: '表', cell: 'A1' }],
    ['表! B2 ', { sheet: '表', cell: 'B2' }],
    ['表!B02', null],
    ['E12', null],
    ['!E12', null],
    ['预算执行表!', null],
    ['预算执行表!合计', null],
    ['预算执行表!E0', null],
    ['', null],
    [null, null],
  ])('%p → %p', (ref, target) => {
    const place = cellPlace(ref);
    expect(place && { sheet: place.sheet, cell: place.cell }).toEqual(target);
  });
});

describe('cellPlace: the block in sheet coordinates', () => {
  it('gives E12 as row 11, column 4, and D7:E7 as its corners', () => {
    expect(cellPlace('预算执行表!E12')?.range).toEqual({ top: 11, left: 4, bottom: 11, right: 4 });
    expect(cellPlace('预算执行表!D7:E7')?.range).toEqual({ top: 6, left: 3, bottom: 6, right: 4 });
  });
});
