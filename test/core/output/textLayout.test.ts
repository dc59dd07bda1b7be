import { displayWidth, heightFor, lineCount } from '../../../src/core/output/textLayout';

describe('text layout', () => {
  it.each<[string, number]>([
    ['abc', 3],
    ['预算执行', 8],
    ['≥95%', 5],
    ['“项目支出”', 12],
    ['（万元）', 8],
  ])('%s is %i units wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('wraps by the column’s width and counts every line break', () => {
    expect(lineCount('预算执行'.repeat(5), 12)).toBe(4); // 40 units in 10.5 usable
    expect(lineCount('一\n二\n三', 40)).toBe(3);
    expect(lineCount('', 10)).toBe(1);
  });

  it('never makes a row lower than a plain one', () => {
    expect(heightFor(0)).toBe(18);
    expect(heightFor(1)).toBe(20);
    expect(heightFor(3)).toBe(49);
  });
});
