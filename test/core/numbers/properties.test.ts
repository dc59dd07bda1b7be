import fc from 'fast-check';
import type { CellValue } from '../../../src/core/snapshot';
import { parseAmount, parseQuantity, parseRate, qualitativeTier, toFen } from '../../../src/core/numbers';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.string() }),
);
const format = fc.option(fc.oneof(fc.constantFrom('General', '0.00', '0%', '0.0"万人"', '#,##0.00;[Red]-#,##0.00'), fc.string()));

// Any CJK ideograph except 无 (the one placeholder word), anywhere among number-like characters.
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).filter((c) => c !== 0x65e0).map((c) => String.fromCharCode(c));
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,-+()% ０１２．，') });

/** n/100 written the way a finance table writes it: two decimals and thousands separators. */
function formatFen(n: number): string {
  const [integer, fraction] = Math.abs(n / 100).toFixed(2).split('.');
  return `${n < 0 ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

describe('properties', () => {
  it('parseAmount, parseRate and parseQuantity never throw on any cell', () => {
    fc.assert(fc.property(cellValue, format, fc.boolean(), (value, f, points) => {
      parseAmount(value, f);
      parseRate(value, f, points);
      parseQuantity(value, f);
    }));
  });

  it('qualitativeTier never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(['met', 'partial', 'unmet']).toContain(qualitativeTier(text));
    }));
  });

  it('parseAmount reads text with any CJK character other than 无 as invalid, never a number', () => {
    fc.assert(fc.property(numberish, cjk, numberish, (before, ch, after) => {
      const text = `${before}${ch}${after}`;
      expect(parseAmount(text)).toEqual({ kind: 'invalid', shown: text, excelError: false });
    }));
  });

  it('a string parseAmount reads as invalid shows exactly that string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const parsed = parseAmount(text);
      if (parsed.kind === 'invalid') expect(parsed.shown).toBe(text);
    }));
  });

  // Up to 10^15 分 (10 万亿元), where doubles still hold every 分 with room to round.
  it('any amount in 分, written as 1,234.56, reads back to exactly the same 分', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
      const parsed = parseAmount(formatFen(n));
      expect(parsed.kind).toBe('number');
      if (parsed.kind === 'number') {
        expect(toFen(parsed.value, 1)).toBe(n);
        expect(parsed.decimals).toBe(2);
      }
    }), { numRuns: 2000 });
  });

  it('the same holds for small amounts near zero', () => {
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
      const parsed = parseAmount(formatFen(n));
      expect(parsed.kind === 'number' && toFen(parsed.value, 1)).toBe(n);
    }));
  });
});
