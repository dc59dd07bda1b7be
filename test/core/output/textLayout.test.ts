import fc from 'fast-check';
import { displayWidth, heightFor, lineCount, maxLinesPerRow, MAX_ROW_HEIGHT, splitToFit } from '../../../src/core/output/textLayout';

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

  it('counts an ideograph or a pictograph beyond the BMP as two units, another astral character as one', () => {
    expect(displayWidth('𠮷a')).toBe(3);
    expect(displayWidth('📊')).toBe(2);
    expect(displayWidth('𝐀')).toBe(1);
    expect(displayWidth('\ud842a')).toBe(2); // a lone high surrogate is a character of its own
  });

  it('gives a short line, which it does not measure, as many lines as measuring would', () => {
    const character = fc.constantFrom('a', '1', ' ', '医', '保', '（', '≥', '—', '𠀀', 'é', 'ｱ');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), fc.integer({ min: 2, max: 100 }), (chars, width) => {
        const text = chars.join('');
        expect(lineCount(text, width)).toBe(Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, width - 1.5))));
      }),
    );
  });

  it('never makes a row lower than a plain one', () => {
    expect(heightFor(0)).toBe(18);
    expect(heightFor(1)).toBe(20);
    expect(heightFor(3)).toBe(49);
  });
});

describe('splitToFit', () => {
  const width = 91.5;
  it.each<[string, string, number]>([
    ['a short paragraph stays whole', '本年度预算执行率 99.1%。', 1],
    // 1 440 characters, 2 880 units: 32 lines of 90 units, two rows of at most 25.
    ['a long one is cut after sentences', '预算执行情况良好，各项目按计划推进。'.repeat(80), 2],
    ['a long list is cut after its items', '欺诈骗保行为举报奖励专项资金执行率 0.0%；'.repeat(60), 2],
    // 6 000 units: 67 lines, three rows.
    ['text without any break is cut between characters', '医'.repeat(3000), 3],
  ])('%s', (_, text, pieces) => {
    const parts = splitToFit(text, width, 16);
    expect(parts).toHaveLength(pieces);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(heightFor(lineCount(part, width), 16)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  });

  it('caps a row at Excel’s 409 points however much text it holds', () => {
    expect(heightFor(1000)).toBe(409);
    expect(maxLinesPerRow(16)).toBe(25);
  });
});
