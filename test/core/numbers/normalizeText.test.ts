import { normalizeText } from '../../../src/core/numbers';

const cases: [string, string][] = [
  ['１，５２６．７１', '1,526.71'],
  ['９．３７', '9.37'],
  ['（万元）', '(万元)'],
  ['≥９５％', '≥95%'],
  ['＜＝１０天', '<=10天'],
  ['－１２．５', '-12.5'],
  ['＋３', '+3'],
  ['＝１', '=1'],
  ['ＡＢＣ', 'ABC'],
  ['\u221212.5', '-12.5'],
  ['\u3000单位：万元\u3000', '单位:万元'],
  ['项目  支出\t执行\u00a0表', '项目 支出 执行 表'],
  [' 1526.71 ', '1526.71'],
  // Chinese characters, circled numbers and symbols stay as typed (not NFKC).
  ['绩效自评①㎡', '绩效自评①㎡'],
  ['——', '——'],
  ['', ''],
];

describe('normalizeText', () => {
  it.each(cases)('%p → %p', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
