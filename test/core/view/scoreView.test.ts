import { scoreView, showRate, showScore } from '../../../src/core';
import { seedWorkbook } from '../grids';
import { evaluateOne } from '../evaluateOne';

describe('scoreView: the score card of the sample', () => {
  it('shows 96.63 / 100 beside the stated 96, the grade 优, and the five categories against their maxima', () => {
    const view = scoreView(evaluateOne(seedWorkbook()));
    expect(view).toMatchObject({ total: 96.63, max: 100, statedTotal: 96, grade: '优', statedGrade: '优', scaled: false, cappedAt: null });
    expect(showRate(view.overallRate ?? NaN)).toBe('99.1%');
    expect(view.categories).toEqual([
      { category: 'budgetExecution', state: { kind: 'score', score: 9.91, max: 10, stated: 10 } },
      { category: 'output', state: { kind: 'score', score: 38, max: 40, stated: 38 } },
      { category: 'effect', state: { kind: 'score', score: 28.72, max: 30, stated: 28 } },
      { category: 'satisfaction', state: { kind: 'score', score: 10, max: 10, stated: 10 } },
      { category: 'cost', state: { kind: 'score', score: 10, max: 10, stated: 10 } },
    ]);
    // The 0% fund and the 合计 that does not add up: 优 stands only once they are corrected.
    expect(view.errors).toBe(2);
  });

  it('counts 成本 inside 产出 under mof-2020', () => {
    const view = scoreView(evaluateOne(seedWorkbook(), { ruleSet: 'mof-2020' }));
    expect(view.categories.find((c) => c.category === 'cost')?.state).toEqual({ kind: 'inOutput' });
  });

  it('says why there is no score: no budget table, no indicators', () => {
    const [budget] = seedWorkbook().sheets;
    const view = scoreView(evaluateOne({ sheets: [budget] }));
    expect(view.categories.map((c) => c.state.kind)).toEqual(['score', 'noIndicators', 'noIndicators', 'noIndicators', 'noIndicators']);
    const [, indicators] = seedWorkbook().sheets;
    expect(scoreView(evaluateOne({ sheets: [indicators] })).categories[0].state).toEqual({ kind: 'notComputed' });
  });
});

describe('showScore', () => {
  it.each<[number, string]>([
    [96.63, '96.63'],
    [96, '96'],
    [9.9135, '9.91'],
    [2.675, '2.68'],
    [0, '0'],
  ])('%p → %p', (value, text) => {
    expect(showScore(value)).toBe(text);
  });
});
