import { findAmountUnit } from '../../../src/core/numbers';

const yuan = { unit: '元', factor: 1 };
const qian = { unit: '千元', factor: 1000 };
const wan = { unit: '万元', factor: 10000 };
const yi = { unit: '亿元', factor: 1e8 };

// Unit notes above a table and unit-bearing headers (SCORING.md "Amounts", DESIGN.md "Reading the tables").
const cases: [string, { unit: string; factor: number } | null][] = [
  ['单位：万元', wan],
  ['单位:万元', wan],
  ['单位 : 万元', wan],
  ['单位：元', yuan],
  ['金额单位：元', yuan],
  ['单位：千元', qian],
  ['单位：亿元', yi],
  ['单位：人民币万元', wan],
  ['（万元）', wan],
  ['(元)', yuan],
  ['（ 元 ）', yuan],
  ['预算数（万元）', wan],
  ['全年执行数(万元)', wan],
  ['2024年项目支出预算执行情况表（单位：万元）', wan],
  ['填报单位：某某局                单位：元', yuan],
  ['Unit: CNY 10,000', wan],
  ['Unit: 10,000 yuan', wan],
  ['Unit: yuan', yuan],
  ['Unit：CNY10000', wan],
  ['UNIT: RMB', yuan],
  ['Budget (10,000 yuan)', wan],
  ['Unit: CNY 100 million', yi],
  ['Unit: thousand yuan', qian],
  ['预算数', null],
  ['项目名称', null],
  ['元旦慰问经费(元旦)', null],
  ['执行率(%)', null],
  ['Unit: CNY 1,000,000', null],
  ['', null],
];

describe('findAmountUnit', () => {
  it.each(cases)('%p → %p', (text, expected) => {
    expect(findAmountUnit(text)).toEqual(expected);
  });
});
