import type { CellValue } from '../../../src/core/snapshot';
import { parseRate } from '../../../src/core/numbers';
import type { ParsedRate } from '../../../src/core/numbers';

const rate = (fraction: number, tolerance: number): ParsedRate => ({ kind: 'rate', fraction, tolerance });
const bad = (shown: string, excelError = false): ParsedRate => ({ kind: 'invalid', shown, excelError });

// SCORING.md rate-mismatch: half a unit of the last shown digit (`52%` ±0.5 point, `94.9%` ±0.05; a number ±0.05 point).
const cases: [string, CellValue, string | null, boolean, ParsedRate][] = [
  ['text 52%', '52%', null, false, rate(0.52, 0.005)],
  ['text 94.9%', '94.9%', null, false, rate(0.949, 0.0005)],
  ['text 52.00%', '52.00%', null, false, rate(0.52, 0.00005)],
  ['text 100.00%', '100.00%', null, true, rate(1, 0.00005)],
  ['text 0%', '0%', null, false, rate(0, 0.005)],
  ['full-width ５２％', '５２％', null, false, rate(0.52, 0.005)],
  ['space before %', '52 %', null, false, rate(0.52, 0.005)],
  ['over 100%', '103.5%', null, false, rate(1.035, 0.0005)],
  ['text fraction', '0.52', null, false, rate(0.52, 0.005)],
  ['text points', '52', null, true, rate(0.52, 0.005)],
  ['text points with decimals', '94.9', null, true, rate(0.949, 0.0005)],
  ['percent text ignores points', '52%', null, true, rate(0.52, 0.005)],
  ['number 0%', 0.52, '0%', false, rate(0.52, 0.005)],
  ['number 0.00%', 0.5234, '0.00%', false, rate(0.5234, 0.00005)],
  ['number 0.0%', 0.949, '0.0%', true, rate(0.949, 0.0005)],
  ['number fraction', 0.52, 'General', false, rate(0.52, 0.0005)],
  ['number points', 52, 'General', true, rate(0.52, 0.0005)],
  ['number points 94.9', 94.9, null, true, rate(0.949, 0.0005)],
  ['number points 7', 7, '0.00', true, rate(0.07, 0.0005)],
  ['null', null, null, false, { kind: 'empty' }],
  ['em dash', '—', null, false, { kind: 'empty' }],
  ['slash', '/', null, true, { kind: 'empty' }],
  ['blank', ' ', null, true, { kind: 'empty' }],
  ['#DIV/0!', { error: '#DIV/0!' }, '0.00%', false, bad('#DIV/0!', true)],
  ['approximate', '约52%', null, false, bad('约52%')],
  ['above', '52%以上', null, false, bad('52%以上')],
  ['per mille', '5‰', null, false, bad('5‰')],
  ['words', '未执行', null, false, bad('未执行')],
  ['TRUE', true, null, false, bad('TRUE')],
];

describe('parseRate', () => {
  it.each(cases)('%s: %p', (_name, value, format, points, expected) => {
    expect(parseRate(value, format, points)).toEqual(expected);
  });
});
