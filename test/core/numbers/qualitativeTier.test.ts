import { qualitativeTier } from '../../../src/core/numbers';
import { QUALITATIVE_TIER_BOUNDS } from '../../../src/core/rules';

type Tier = 'met' | 'partial' | 'unmet';

// 实际完成值 wording from published 自评表, scored in 10号's three tiers (SCORING.md "Indicators").
const cases: [string, Tier][] = [
  ['完成', 'met'],
  ['已完成', 'met'],
  ['达成', 'met'],
  ['实现', 'met'],
  ['达标', 'met'],
  ['合格', 'met'],
  ['是', 'met'],
  ['按时完成', 'met'],
  ['全部完成。', 'met'],
  ['有效提升', 'met'],
  ['明显改善', 'met'],
  ['服务质量显著提高', 'met'],
  ['群众满意', 'met'],
  ['资金及时足额到位', 'met'],
  ['制度落实到位', 'met'],
  ['全覆盖', 'met'],
  ['运行良好', 'met'],
  // SCORING.md time goals (按时, 及时, 按期).
  ['已按期完成', 'met'],
  ['如期完成', 'met'],
  ['提前完成', 'met'],
  ['及时完成', 'met'],
  ['基本完成', 'partial'],
  ['部分完成', 'partial'],
  ['基本达成', 'partial'],
  ['基本实现', 'partial'],
  ['部分达成', 'partial'],
  ['部分实现', 'partial'],
  ['基本满意', 'partial'],
  ['正在推进', 'partial'],
  ['持续开展', 'partial'],
  ['见附件', 'partial'],
  ['按计划完成', 'met'],
  ['未完成', 'unmet'],
  ['未达成', 'unmet'],
  ['未实现', 'unmet'],
  ['不达标', 'unmet'],
  ['不合格', 'unmet'],
  ['否', 'unmet'],
  ['尚未完成验收', 'unmet'],
  ['未按时完成', 'unmet'],
  ['群众不满意', 'unmet'],
  ['无明显改善', 'unmet'],
  ['', 'unmet'],
  ['  ', 'unmet'],
  ['—', 'unmet'],
  ['无', 'unmet'],
  ['未按时', 'unmet'],
  ['未按期完成', 'unmet'],
  ['延期', 'unmet'],
  ['延期完成', 'unmet'],
  ['进度滞后', 'unmet'],
  ['逾期', 'unmet'],
  ['预计12月完成', 'unmet'],
  ['将于2025年3月完成验收', 'unmet'],
];

describe('qualitativeTier', () => {
  it.each(cases)('%p → %s', (text, expected) => {
    expect(qualitativeTier(text)).toBe(expected);
  });
});

describe('QUALITATIVE_TIER_BOUNDS', () => {
  it.each([
    ['met', 0.8, 1],
    ['partial', 0.6, 0.8],
    ['unmet', 0, 0.6],
  ] as const)('%s is %p–%p of 分值', (tier, min, max) => {
    expect(QUALITATIVE_TIER_BOUNDS[tier]).toEqual({ min, max });
  });
});
