import { DEFAULT_SETTINGS, percentPoints as percentText } from '../../../src/core';
import { fractionOf, parseNumberInput } from '../../../src/core/settings/numberInput';
import { NUMBER_SETTINGS, settingText, settingValue, withNumberSetting, type NumberSettingName } from '../../../src/core/settings';

const setting = (name: NumberSettingName) => {
  const found = NUMBER_SETTINGS.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('parseNumberInput: what a finance officer types into a number field', () => {
  it.each<[string, number | null]>([
    ['90', 90],
    [' 92.5 ', 92.5],
    ['90%', 90],
    ['９０', 90],
    ['９２．５％', 92.5],
    ['.5', 0.5],
    ['0', 0],
    ['100', 100],
    ['100.01', null],
    ['-1', null],
    ['', null],
    ['九十', null],
    ['90%%', null],
    ['1e2', null],
    ['9 0', 90],
  ])('%p → %p (0–100)', (text, value) => {
    expect(parseNumberInput(text, { min: 0, max: 100 })).toBe(value);
  });
});

describe('percent points and fractions', () => {
  it.each<[number, string]>([
    [0.9, '90'],
    [0.925, '92.5'],
    [1.3, '130'],
    [0.07, '7'],
    [0.285, '28.5'],
  ])('%p shows as %p and reads back exactly', (fraction, text) => {
    expect(percentText(fraction)).toBe(text);
    expect(fractionOf(Number(text))).toBe(fraction);
  });
});

describe('the number settings', () => {
  it.each<[NumberSettingName, string, number | null]>([
    ['lowExecutionThreshold', '85', 0.85],
    ['lowExecutionThreshold', '85%', 0.85],
    ['lowExecutionThreshold', '0', null],
    ['lowExecutionThreshold', '120', null],
    ['targetTooLowRatio', '150', 1.5],
    ['targetTooLowRatio', '90', null],
    ['scoreTolerance', '0.05', 0.05],
    ['scoreTolerance', '0', 0],
    ['scoreTolerance', '11', null],
  ])('%s: typed %p → %p', (name, text, value) => {
    expect(settingValue(setting(name), text)).toBe(value);
  });

  it('shows the defaults as typed: 90, 130, 0.01', () => {
    expect(NUMBER_SETTINGS.map((s) => settingText(s, DEFAULT_SETTINGS[s.name]))).toEqual(['90', '130', '0.01']);
  });

  it('stores only what changed, beside what was stored before', () => {
    expect(withNumberSetting({ ruleSet: 'mof-2020' }, 'lowExecutionThreshold', 0.85)).toEqual({ ruleSet: 'mof-2020', lowExecutionThreshold: 0.85 });
  });
});
