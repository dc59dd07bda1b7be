import { type Flag } from '../../../src/core';
import { groupFlags } from '../../../src/core/report';
import { seedWorkbook } from '../grids';
import { evaluateOne } from '../evaluateOne';

const flag = (severity: Flag['severity'], cell: string): Flag => ({ code: 'low-execution', severity, cell, key: 'low-execution', params: {} });

describe('groupFlags', () => {
  it.each<[string, Flag[], [string, string[]][]]>([
    ['no flags, no groups', [], []],
    [
      'errors first, then warnings, then notes, each in the engine’s order',
      [flag('info', 'A!E4'), flag('warning', 'A!E8'), flag('error', 'A!D7'), flag('warning', 'A!E12'), flag('error', 'A!E7')],
      [['error', ['A!D7', 'A!E7']], ['warning', ['A!E8', 'A!E12']], ['info', ['A!E4']]],
    ],
    ['a severity without flags is left out', [flag('warning', 'A!E8')], [['warning', ['A!E8']]]],
  ])('%s', (_, flags, expected) => {
    expect(groupFlags(flags).map((g) => [g.severity, g.flags.map((f) => f.cell)])).toEqual(expected);
  });

  it('groups the sample’s flags as 错误 2, 警告 9, 提示 2', () => {
    const groups = groupFlags(evaluateOne(seedWorkbook()).flags);
    expect(groups.map((g) => [g.severity, g.flags.length])).toEqual([['error', 2], ['warning', 9], ['info', 2]]);
    expect(groups[0].flags.map((f) => f.cell)).toEqual(['预算执行表!D7', '预算执行表!E7']);
  });
});
