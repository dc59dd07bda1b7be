import { formatMessage, parseSettings } from '../../../src/core';
import { type SettingProblem } from '../../../src/core/settings';

const words = (problems: readonly SettingProblem[]) => problems.map((p) => formatMessage(p.key, p.params, 'zh-CN'));

describe('parseSettings (a --settings file)', () => {
  it.each<[string, unknown, object]>([
    ['a threshold of 50%', { lowExecutionThreshold: 0.5 }, { lowExecutionThreshold: 0.5 }],
    ['the rule set, and null for "by each form’s title"', { ruleSet: 'mof-2020' }, { ruleSet: 'mof-2020' }],
    ['null as the rule set', { ruleSet: null }, { ruleSet: null }],
    ['封顶 on, with bands', { capEnabled: true, capBands: [{ fromRate: 0.5, toRate: 0.8, cap: 79 }] }, { capEnabled: true, capBands: [{ fromRate: 0.5, toRate: 0.8, cap: 79 }] }],
    ['grade thresholds', { gradeBands: { excellent: 85, good: 75, fair: 60 } }, { gradeBands: { excellent: 85, good: 75, fair: 60 } }],
    ['the edges of a range', { lowExecutionThreshold: 1, targetTooLowRatio: 10, scoreTolerance: 0 }, { lowExecutionThreshold: 1, targetTooLowRatio: 10, scoreTolerance: 0 }],
  ])('takes %s', (_, raw, settings) => {
    expect(parseSettings(raw)).toEqual({ settings, problems: [] });
  });

  it.each<[string, unknown, string]>([
    ['a threshold given in percent points', { lowExecutionThreshold: 50 }, '设置“lowExecutionThreshold”的值 50 超出范围：应在 0.01 到 1 之间'],
    ['a threshold of 0', { lowExecutionThreshold: 0 }, '设置“lowExecutionThreshold”的值 0 超出范围：应在 0.01 到 1 之间'],
    ['a ratio below 1', { targetTooLowRatio: 0.8 }, '设置“targetTooLowRatio”的值 0.8 超出范围：应在 1 到 10 之间'],
    ['a threshold as text', { lowExecutionThreshold: '90%' }, '设置“lowExecutionThreshold”的值 "90%" 不是数字'],
    ['an unknown rule set', { ruleSet: 'sichuan' }, '设置“ruleSet”的值 "sichuan" 不是已知的评分规则：可用 dept-2024、mof-2020 或 null（按表名自动选择）'],
    ['grade thresholds out of order', { gradeBands: { excellent: 60, good: 80, fair: 90 } }, '设置“gradeBands”的值 {"excellent":60,"good":80,"fair":90} 不是等次分数线：应为 {"excellent":90,"good":80,"fair":60}，且依次不减'],
    ['a misspelt name', { lowExecutionTreshold: 0.5 }, '没有名为“lowExecutionTreshold”的设置：可用的有 ruleSet, lowExecutionThreshold, targetTooLowRatio, scoreTolerance, capEnabled, capBands, gradeBands'],
    ['not an object', [0.5], '设置文件应为一个 JSON 对象，例如 {"lowExecutionThreshold": 0.5}'],
  ])('refuses %s, naming it', (_, raw, message) => {
    const parsed = parseSettings(raw);
    expect(words(parsed.problems)).toEqual([message]);
    expect(parsed.settings).toEqual({});
  });

  it('keeps the good ones beside a bad one, and names only the bad', () => {
    const parsed = parseSettings({ lowExecutionThreshold: 0.5, scoreTolerance: -1 });
    expect(parsed.settings).toEqual({ lowExecutionThreshold: 0.5 });
    expect(parsed.problems.map((p) => p.params.name)).toEqual(['scoreTolerance']);
  });
});
