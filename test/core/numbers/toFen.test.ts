import { decimalsTolerance, toFen } from '../../../src/core/numbers';

describe('toFen', () => {
  it.each([
    [1526.71, 1, 152671],
    [1270.47, 1, 127047],
    [256.25, 1, 25625],
    [437.2, 1, 43720],
    [124.51, 1, 12451],
    [9.37, 10000, 9370000],
    [1526.71, 10000, 1526710000],
    [0.01, 10000, 10000],
    [1.05, 1e8, 10500000000],
    [2.5, 1000, 250000],
    [-1234, 1, -123400],
    [0.005, 1, 1],
    [-0.005, 1, -1],
    [-0.004, 1, 0],
    [0, 10000, 0],
  ])('toFen(%p, %p) = %p', (value, factor, fen) => {
    expect(toFen(value, factor)).toBe(fen);
  });

  it('never returns -0', () => {
    expect(Object.is(toFen(-0.001, 1), 0)).toBe(true);
  });

  // SCORING.md: "1270.47 + 256.25 is exactly 1526.72".
  it('sums the seed lines exactly', () => {
    expect(toFen(1270.47, 1) + toFen(256.25, 1)).toBe(toFen(1526.72, 1));
  });
});

describe('decimalsTolerance', () => {
  it.each([
    [0, 0.5],
    [1, 0.05],
    [2, 0.005],
    [3, 0.0005],
    [4, 0.00005],
    [5, 0.000005],
  ])('%p decimals → ±%p', (decimals, tolerance) => {
    expect(decimalsTolerance(decimals)).toBe(tolerance);
  });
});
