import { parseStoredSettings, storedValue } from '../../src/excel';

describe('parseStoredSettings', () => {
  it('reads back what storedValue wrote', () => {
    const stored = {
      settings: { ruleSet: 'mof-2020' as const, lowExecutionThreshold: 0.85, capEnabled: true },
      columns: { '预算执行表!A3': { actual: 'F', note: null } },
    };
    expect(parseStoredSettings(JSON.parse(JSON.stringify(storedValue(stored))))).toEqual(stored);
  });

  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['a string', '{"version":1}'],
    ['another version', { version: 2, settings: { capEnabled: true } }],
    ['an array', [1, 2]],
  ])('gives no settings for %s', (_label, value) => {
    expect(parseStoredSettings(value)).toEqual({ settings: {}, columns: {} });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['an unknown rule set', { ruleSet: 'province-2031' }, {}],
    ['a threshold above 100%', { lowExecutionThreshold: 1.5 }, {}],
    ['a threshold given as text', { lowExecutionThreshold: '90%' }, {}],
    ['a tolerance that is not a number', { scoreTolerance: null }, {}],
    ['a broken 封顶 band', { capBands: [{ fromRate: 0.5, toRate: 0.6 }] }, {}],
    ['grade bands out of range', { gradeBands: { excellent: 190, good: 80, fair: 60 } }, {}],
    ['good parts beside bad ones', { ruleSet: 'dept-2024', targetTooLowRatio: 0.5, capEnabled: false }, { ruleSet: 'dept-2024', capEnabled: false }],
  ])('leaves out %s', (_label, settings, expected) => {
    expect(parseStoredSettings({ version: 1, settings, columns: {} }).settings).toEqual(expected);
  });

  it('keeps only column letters or null in the column corrections', () => {
    const columns = { 'A!A1': { actual: 'F', budget: 'f', note: null, name: 7 }, 'B!A1': 'E', 'C!A1': { actual: '第五列' } };
    expect(parseStoredSettings({ version: 1, settings: {}, columns }).columns).toEqual({ 'A!A1': { actual: 'F', note: null } });
  });
});
