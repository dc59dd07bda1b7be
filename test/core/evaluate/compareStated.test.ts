import type { StatedScoreCells } from '../../../src/core/model';
import type { IndicatorResult } from '../../../src/core/report';
import type { FormSettings, IndicatorCategory } from '../../../src/core/rules';
import { formSettings } from '../evaluateOne';

const DEFAULT_SETTINGS = formSettings();
const withDefaults = formSettings;
import { compareStated, statedScores } from '../../../src/core/evaluate/compareStated';
import { scoreTotals } from '../../../src/core/evaluate/scoreTotals';

function ind(category: IndicatorCategory, weight: number, score: number): IndicatorResult {
  return { level1: '', level2: '', name: '指标', category, target: '', actual: '', weight, score, statedScore: null, reason: '', flags: [], cell: 'S!C2' };
}

/** 产出 38.8/40, 效益 28.72/30, 满意度 10/10, 成本 10/10; 预算执行 from a 99.14% overall rate. */
const indicators = [ind('output', 40, 38.8), ind('effect', 30, 28.72), ind('satisfaction', 10, 10), ind('cost', 10, 10)];

function compare(stated: Partial<Record<string, number>>, grade: string | null, settings: FormSettings = DEFAULT_SETTINGS, budgetExecution = 9.91) {
  const computed = scoreTotals({ budgetExecution, overallRate: budgetExecution / 10, indicators, settings });
  const cells: StatedScoreCells = {
    scores: Object.fromEntries(Object.entries(stated).map(([k, v], i) => [k, { value: v as number, cell: `得分!C${i + 3}` }])),
    grade: grade === null ? null : { value: grade, cell: '得分!C9' },
  };
  return compareStated(cells, computed, budgetExecution / 10, settings).map((f) => [f.code, f.severity, f.cell, f.key]);
}

describe('compareStated (dept-2024)', () => {
  it('finds nothing when the statements agree within 0.01', () => {
    expect(compare({ budgetExecution: 9.91, output: 38.8, effect: 28.72, satisfaction: 10, cost: 10, total: 97.43 }, '优')).toEqual([]);
    expect(compare({ budgetExecution: 9.9, output: 38.81, total: 97.44 }, '优秀')).toEqual([]);
  });

  it('flags the seed’s 10/10 for 预算执行 beside a 99.14% rate', () => {
    expect(compare({ budgetExecution: 10 }, null)).toEqual([['score-mismatch', 'warning', '得分!C3', 'score-mismatch.budget']]);
  });

  it.each<[string, Partial<Record<string, number>>, string]>([
    ['产出', { output: 38 }, 'score-mismatch.output'],
    ['效益', { effect: 28 }, 'score-mismatch.effect'],
    ['满意度', { satisfaction: 9 }, 'score-mismatch.satisfaction'],
    ['成本', { cost: 9.5 }, 'score-mismatch.cost'],
    ['总分', { total: 96 }, 'score-mismatch.total'],
  ])('flags a %s that disagrees', (_, stated, key) => {
    expect(compare(stated, null)).toEqual([['score-mismatch', 'warning', '得分!C3', key]]);
  });

  it.each<[string, number, number, boolean]>([
    // stated grade, 预算执行 score, computed total, mismatch
    ['优', 9.91, 97.43, false],
    ['良', 9.91, 97.43, true],
    ['优', 0, 87.52, true],
    ['良', 0, 87.52, false],
  ])('grade %s with 预算执行 %d (total %d)', (grade, budgetExecution, _total, mismatch) => {
    expect(compare({}, grade, DEFAULT_SETTINGS, budgetExecution)).toEqual(mismatch ? [['grade-mismatch', 'warning', '得分!C9', 'grade-mismatch']] : []);
  });

  it('reads 良好 as 良 and leaves a word that is not a grade alone', () => {
    expect(compare({}, '良好', DEFAULT_SETTINGS, 0)).toEqual([]);
    expect(compare({}, '待定', DEFAULT_SETTINGS, 0)).toEqual([]);
  });

  it('compares no 预算执行 when none could be computed', () => {
    const computed = scoreTotals({ budgetExecution: null, overallRate: null, indicators, settings: DEFAULT_SETTINGS });
    const flags = compareStated({ scores: { budgetExecution: { value: 10, cell: '得分!C3' } }, grade: null }, computed, null, DEFAULT_SETTINGS);
    expect(flags).toEqual([]);
  });
});

describe('compareStated (mof-2020: 成本 counted inside 产出)', () => {
  const mof = withDefaults({ ruleSet: 'mof-2020' });

  it('compares the stated 产出 plus 成本 with the computed 产出', () => {
    // Computed 产出 = 38.8 + 10 = 48.8.
    expect(compare({ output: 38.8, cost: 10 }, null, mof)).toEqual([]);
    expect(compare({ output: 38, cost: 10 }, null, mof)).toEqual([['score-mismatch', 'warning', '得分!C3', 'score-mismatch.output']]);
  });

  it('compares a stated 产出 alone with the computed 产出', () => {
    expect(compare({ output: 48.8 }, null, mof)).toEqual([]);
    expect(compare({ output: 38.8 }, null, mof)).toEqual([['score-mismatch', 'warning', '得分!C3', 'score-mismatch.output']]);
  });

  it('does not compare 成本 on its own', () => {
    expect(compare({ cost: 3 }, null, mof)).toEqual([]);
  });
});

describe('statedScores', () => {
  it('lists what the workbook states, or null', () => {
    expect(statedScores({ scores: {}, grade: null })).toBeNull();
    expect(
      statedScores({ scores: { total: { value: 96, cell: 'A!C8' }, budgetExecution: { value: 10, cell: 'A!C3' } }, grade: { value: '优', cell: 'A!C9' } }),
    ).toEqual({ budgetExecution: 10, total: 96, grade: '优' });
  });
});
