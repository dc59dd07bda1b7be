import { formatFlag, type Flag } from '../../../src/core/report';

const flag = (cell: string | null, key: Flag['key'], params: Flag['params'], code: Flag['code'] = 'parse-error'): Flag => ({ code, severity: 'error', cell, key, params });

describe('formatFlag', () => {
  it.each<[string, Flag, string, string]>([
    [
      'a parse-error leads with its cell',
      flag('预算表!E9', 'parse-error.number', { value: '约9.4万' }),
      '预算表!E9：“约9.4万”不是数字',
      '预算表!E9: "约9.4万" is not a number',
    ],
    [
      'a quoted sheet name stays quoted',
      flag("'Budget 2024'!C3", 'parse-error.excelError', { value: '#DIV/0!' }),
      "'Budget 2024'!C3：单元格是 Excel 错误值 #DIV/0!，不是数字",
      "'Budget 2024'!C3: the cell holds the Excel error #DIV/0!, not a number",
    ],
    [
      'zero-execution',
      flag('预算执行表!E12', 'zero-execution', { name: '欺诈骗保行为举报奖励专项资金', budget: '3.00', unit: '万元' }, 'zero-execution'),
      '预算执行表!E12：“欺诈骗保行为举报奖励专项资金”全年预算 3.00万元，执行数为 0，执行率 0%',
      '预算执行表!E12: "欺诈骗保行为举报奖励专项资金": budget 3.00 万元, nothing spent (0%)',
    ],
    [
      'no cell, no prefix',
      flag(null, 'table-not-found.indicators', {}, 'table-not-found'),
      '没有找到绩效指标表：需要含“三级指标”“年度指标值”“实际完成值”“分值”等表头的一行',
      'no performance-indicator table found: a header row with indicator, target, actual value and weight columns is needed',
    ],
    [
      'a placeholder without a value stays visible',
      flag('S!A1', 'low-execution', { name: '办公费', rate: '52.0%' }, 'low-execution'),
      'S!A1：“办公费”执行率 52.0%，低于 {threshold}',
      'S!A1: "办公费": execution rate 52.0%, below {threshold}',
    ],
    [
      'a value that looks like a placeholder is not filled again',
      flag('S!A1', 'parse-error.number', { value: '{cell}' }),
      'S!A1：“{cell}”不是数字',
      'S!A1: "{cell}" is not a number',
    ],
  ])('%s', (_, f, zh, en) => {
    expect(formatFlag(f, 'zh-CN')).toBe(zh);
    expect(formatFlag(f, 'en')).toBe(en);
  });
});
