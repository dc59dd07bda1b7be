import { appendAll, maxOf, minOf } from '../../../src/core/collections';

describe('array helpers at any length', () => {
  // 2 000 000 arguments overflow a call: push(...items) and Math.max(...items) throw RangeError here.
  const many = Array.from({ length: 2_000_000 }, (_, i) => i % 1000);

  it('appendAll appends every item, in order', () => {
    const target = [-1];
    appendAll(target, many);
    expect(target.length).toBe(2_000_001);
    expect(target.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
  });

  it('maxOf and minOf, and their values for nothing', () => {
    expect([maxOf(many), minOf(many)]).toEqual([999, 0]);
    expect([maxOf([]), minOf(new Set<number>())]).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });
});
