import { capBandsText, DEFAULT_SETTINGS, sayIn } from '../../../src/core';

describe('capBandsText: the 封顶 bands in words', () => {
  it.each([
    ['zh-CN', '执行率 70%–80% 最高 89 分；执行率 60%–70% 最高 79 分；执行率 50%–60% 最高 69 分；低于 50% 最高 59 分'],
    ['en', 'execution 70%–80%: at most 89; execution 60%–70%: at most 79; execution 50%–60%: at most 69; below 50%: at most 59'],
  ] as const)('%s', (lang, text) => {
    expect(capBandsText(sayIn(lang), DEFAULT_SETTINGS.capBands)).toBe(text);
  });
});
