import { splitQualifiedAddress } from '../../../src/core';

describe('splitQualifiedAddress', () => {
  it.each<[string, { sheet: string; cell: string } | null]>([
    ['预算执行表!E12', { sheet: '预算执行表', cell: 'E12' }],
    ["'Budget 2024'!E9", { sheet: 'Budget 2024', cell: 'E9' }],
    ["'自评_总览'!$A$1", { sheet: '自评_总览', cell: 'A1' }],
    ["'O''Brien'!B2", { sheet: "O'Brien", cell: 'B2' }],
    ['Sheet1!A1:B2', null],
    ['E12', null],
    ['!E12', null],
  ])('%s', (ref, expected) => {
    expect(splitQualifiedAddress(ref)).toEqual(expected);
  });
});
