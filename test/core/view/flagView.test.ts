import { flagView, type Flag } from '../../../src/core';
import { seedWorkbook } from '../grids';
import { evaluateOne } from '../evaluateOne';

const flag = (over: Partial<Flag>): Flag => ({
  code: 'low-execution', severity: 'warning', key: 'low-execution', params: { name: '医保宣传经费', rate: '52.0%', threshold: '90%' }, cell: '预算执行表!E9', ...over,
});

describe('flagView: every flag worded and placed once, for every shell', () => {
  it('groups errors first, leaves out a severity without flags, keeps the engine’s order in a group', () => {
    const sections = flagView(
      [flag({ cell: '预算执行表!E9' }), flag({ code: 'sum-mismatch', severity: 'error', cell: '预算执行表!D7' }), flag({ cell: '预算执行表!E12' })],
      'zh-CN',
    );
    expect(sections.map((s) => [s.severity, s.lines.map((l) => l.cell)])).toEqual([
      ['error', ['预算执行表!D7']],
      ['warning', ['预算执行表!E9', '预算执行表!E12']],
    ]);
  });

  it.each<[string, string | null, { sheet: string; cell: string; top: number; left: number } | null]>([
    ['a cell', '预算执行表!E9', { sheet: '预算执行表', cell: 'E9', top: 8, left: 4 }],
    ['a quoted sheet and a block', "'Budget 2024'!$D$7:$E$7", { sheet: 'Budget 2024', cell: 'D7:E7', top: 6, left: 3 }],
    ['no cell at all', null, null],
    ['a name that is no cell', '预算执行表!合计', null],
  ])('places %s as data', (_, cell, expected) => {
    const [line] = flagView([flag({ cell })], 'zh-CN')[0].lines;
    expect(line.place && { sheet: line.place.sheet, cell: line.place.cell, top: line.place.range.top, left: line.place.range.left }).toEqual(expected);
    expect(line.cell).toBe(cell);
  });

  it('words the label, the message and the one-line text in the language asked for', () => {
    const evaluation = evaluateOne(seedWorkbook());
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const { lines } of flagView(evaluation.flags, lang)) {
        for (const line of lines) {
          expect(line.label).not.toBe('');
          expect(line.text.endsWith(line.message)).toBe(true);
          if (line.cell) expect(line.text.startsWith(line.cell)).toBe(true);
          expect(line.message).not.toMatch(/\{\w+\}/);
        }
      }
    }
    const [zero] = flagView(evaluation.flags, 'zh-CN').flatMap((s) => s.lines).filter((l) => l.code === 'zero-execution');
    expect(zero.label).toMatch(/执行/);
  });
});
