import { classifyBudgetRow, type RowName } from '../../../src/core/model/classifyBudgetRow';
import type { LineCategory } from '../../../src/core/report';

const line = (name: string, opensParts = false, indented = false, level: number | null = null): RowName => ({ name, opensParts, indented, level, role: { kind: 'line' } });
const overall = (name: string): RowName => ({ name, opensParts: false, indented: false, level: null, role: { kind: 'overall' } });
const subtotal = (name: string): RowName => ({ name, opensParts: false, indented: false, level: null, role: { kind: 'subtotal' } });
const category = (name: string, c: LineCategory, level: number | null = null): RowName => ({ name, opensParts: false, indented: false, level, role: { kind: 'category', category: c } });

// Row names as 财务科 tables write them (the seed's 部门预算执行情况表 and others).
const cases: [string, string, RowName][] = [
  ['合计', '合计', overall('合计')],
  ['总计', '总计', overall('总计')],
  ['总 计 with a space', '总 计', overall('总 计')],
  ['合　计 with an ideographic space', '合　计', overall('合　计')],
  ['支出合计', '支出合计', overall('支出合计')],
  ['年度资金总额', '年度资金总额', overall('年度资金总额')],
  ['Total', 'Total', overall('Total')],
  ['小计', '小计', subtotal('小计')],
  ['小 计', '小 计', subtotal('小 计')],
  ['Subtotal', 'Subtotal', subtotal('Subtotal')],
  ['一、基本支出', '一、基本支出', category('基本支出', '基本支出', 1)],
  ['二、项目支出', '二、项目支出', category('项目支出', '项目支出', 1)],
  ['（一）基本支出', '（一）基本支出', category('基本支出', '基本支出', 2)],
  ['基本支出 alone', '基本支出', category('基本支出', '基本支出')],
  ['基本支出合计', '基本支出合计', category('基本支出合计', '基本支出')],
  ['项目支出小计', '项目支出小计', category('项目支出小计', '项目支出')],
  ['社会保险基金预算支出', '社会保险基金预算支出', category('社会保险基金预算支出', '社会保险基金')],
  ['政府性基金预算支出情况', '政府性基金预算支出情况', category('政府性基金预算支出情况', '政府性基金')],
  ['其中：人员经费', '其中：人员经费', line('人员经费', true)],
  ['其中:公用经费', '其中:公用经费', line('公用经费', true)],
  ['其中 without a colon', '其中人员经费', line('人员经费', true)],
  ['其中：1.人员经费', '其中：1.人员经费', line('人员经费', true, false, 3)],
  ['indented with ideographic spaces', '　　　公用经费', line('公用经费', false, true)],
  ['indented with spaces', '   印刷费', line('印刷费', false, true)],
  ['indented with NBSP', '\u00a0\u00a0邮电费', line('邮电费', false, true)],
  ['1. order mark', '1. 医疗保障能力建设经费', line('医疗保障能力建设经费', false, false, 3)],
  ['1、 order mark', '1、办公场地租赁费', line('办公场地租赁费', false, false, 3)],
  ['（2） order mark', '（2）驻村帮扶资金', line('驻村帮扶资金', false, false, 4)],
  ['(3) order mark', '(3)医疗费补助', line('医疗费补助', false, false, 4)],
  ['3） order mark', '3）其他资金', line('其他资金', false, false, 3)],
  ['一、 order mark on a line', '一、医疗保障能力建设经费', line('医疗保障能力建设经费', false, false, 1)],
  ['a year is not an order mark', '2024年度增人增资经费', line('2024年度增人增资经费')],
  ['a decimal is not an order mark', '1.5万元补助', line('1.5万元补助')],
  ['项目支出 words inside a project name', '项目支出绩效评价经费', line('项目支出绩效评价经费')],
  ['基本支出 words inside a project name', '基本支出保障经费', line('基本支出保障经费')],
  ['numbered project with 项目支出 words', '3. 项目支出绩效评价经费', line('项目支出绩效评价经费', false, false, 3)],
  ['合计 inside a name', '合计划生育补助', line('合计划生育补助')],
  ['小计 inside a name', '小计量器具检定费', line('小计量器具检定费')],
  ['三公经费', '三公经费', line('三公经费')],
  ['empty', '', line('')],
];

describe('classifyBudgetRow', () => {
  it.each(cases)('%s: %p', (_, raw, expected) => {
    expect(classifyBudgetRow(raw)).toEqual(expected);
  });
});
