import { showBound, showRateApart, showRateBeyond } from '../../../src/core/evaluate/showRateApart';

describe('showRateApart: the fewest decimals (at least one) at which two rates differ when shown', () => {
  it.each<[number, number, string, string]>([
    [0.52, 0.9, '52.0%', '90.0%'],
    [0.862, 0.8624, '86.20%', '86.24%'],
    [0.862, 0.86151, '86.20%', '86.15%'],
    [0.949, 0.94956, '94.9%', '95.0%'],
    [0.86152, 0.8621, '86.15%', '86.21%'],
    [0.8999, 0.89994, '89.990%', '89.994%'],
    [0.95, 0.9506, '95.0%', '95.1%'],
    [0.1, 0.2, '10.0%', '20.0%'],
  ])('%p and %p → %s, %s', (a, b, shownA, shownB) => {
    expect(showRateApart(a, b)).toEqual([shownA, shownB]);
  });
});

describe('showRateBeyond: a rate never shown on, or across, the bound it is compared with', () => {
  it.each<[number, number, 'below' | 'above', string]>([
    [0.52, 0.9, 'below', '52.0%'],
    [0.8999, 0.9, 'below', '89.99%'],
    [0.89999, 0.9, 'below', '89.999%'],
    [0.89996, 0.9, 'below', '89.996%'],
    [0.899, 0.9, 'below', '89.9%'],
    // A bound with more digits than one decimal: 85.6% would round up across 85.56%, 85.56% onto it.
    [0.85558, 0.8556, 'below', '85.558%'],
    [0.8554, 0.8556, 'below', '85.5%'],
    [1.001, 1, 'above', '100.1%'],
    [1.0001, 1, 'above', '100.01%'],
    [1.00004, 1, 'above', '100.004%'],
    [1.5, 1, 'above', '150.0%'],
  ])('%p %s %p → %s', (rate, bound, side, shown) => {
    expect(showRateBeyond(rate, bound, side)).toBe(shown);
  });
});

describe('showBound: a threshold as its own digits', () => {
  it.each<[number, string]>([
    [0.9, '90%'],
    [0.855, '85.5%'],
    [0.8555, '85.55%'],
    [1, '100%'],
    [0.07, '7%'],
  ])('%p → %s', (bound, shown) => {
    expect(showBound(bound)).toBe(shown);
  });
});
