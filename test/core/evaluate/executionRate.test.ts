import { executionRate, gradeFor } from '../../../src/core/evaluate';
import { DEFAULT_SETTINGS } from '../../../src/core/rules';

describe('executionRate (SCORING.md: 全年执行数 / 全年预算数)', () => {
  it.each<[string, number | null, number | null, number | null]>([
    ['the seed’s 52% line', 1802, 937, 937 / 1802],
    ['fully spent', 5000, 5000, 1],
    ['over', 1000, 1001, 1.001],
    ['nothing spent', 300, 0, 0],
    ['0/0 has no rate', 0, 0, null],
    ['budget 0, actual > 0 has no rate', 0, 5000, null],
    ['no budget', null, 5000, null],
    ['no actual', 5000, null, null],
    ['neither', null, null, null],
    ['a negative budget has no rate', -100, 50, null],
  ])('%s', (_, budget, actual, rate) => {
    expect(executionRate(budget, actual)).toBe(rate);
  });

  it('is exact in 分: 90000/100000 is 0.9', () => {
    expect(executionRate(100000, 90000)).toBe(0.9);
  });
});

describe('gradeFor (SCORING.md: lower bounds inclusive, 优 ≥ 90, 良 ≥ 80, 中 ≥ 60)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%d → %s', (total, grade) => {
    expect(gradeFor(total, DEFAULT_SETTINGS.gradeBands)).toBe(grade);
  });

  it('follows bands a unit sets', () => {
    expect(gradeFor(85, { excellent: 85, good: 75, fair: 60 })).toBe('优');
  });
});
