import type { SheetCell, StyleName } from '../../src/core';
import { styleActions } from '../../src/excel/writeSheetModel';
import { OFFICE_STYLES } from '../../src/excel/officeStyles';
import { styleBlocks } from '../../src/excel/styleBlocks';
import { rangeAddress } from '../../src/excel/officeAddresses';
import { FakeRangeFormat } from './fake/fakeFormat';

/** A grid of style names as the cells of a model: '.' is no cell. */
function cells(rows: readonly string[], names: Record<string, StyleName>): SheetCell[] {
  return rows.flatMap((line, row) =>
    [...line].flatMap((ch, col) => (ch === '.' ? [] : [{ row, col, value: null, style: names[ch] }])),
  );
}

const NAMES: Record<string, StyleName> = { h: 'header', t: 'text', a: 'amount', T: 'totalLabel', A: 'totalAmount', x: 'title' };

describe('styleBlocks', () => {
  it.each<[string, string[], string[]]>([
    ['one cell', ['t'], ['text A1:A1']],
    ['a run in a row', ['ttt'], ['text A1:C1']],
    ['a column of lines', ['ta', 'ta', 'ta'], ['text A1:A3', 'amount B1:B3']],
    ['a budget table: header, lines, total', ['xxx', 'hhh', 'taa', 'taa', 'TAA'], [
      'title A1:C1', 'header A2:C2', 'text A3:A4', 'amount B3:C4', 'totalLabel A5:A5', 'totalAmount B5:C5',
    ]],
    ['a gap row splits a block', ['t', '.', 't'], ['text A1:A1', 'text A3:A3']],
    ['a run of another width starts a new block', ['tt', 't'], ['text A1:B1', 'text A2:A2']],
  ])('%s', (_label, grid, expected) => {
    expect(styleBlocks({ cells: cells(grid, NAMES) }).map((b) => `${b.style} ${rangeAddress(b.range)}`)).toEqual(expected);
  });

  it('keeps a 50 000-line table to a handful of blocks', () => {
    const grid = ['xxxx', 'hhhh', ...Array<string>(50_000).fill('taaa'), 'TAAA'];
    expect(styleBlocks({ cells: cells(grid, NAMES) })).toHaveLength(6);
  });
});

describe('styleActions', () => {
  const recorded = (style: StyleName, manyRows: boolean, manyCols: boolean) => {
    const set: string[] = [];
    const format = new FakeRangeFormat((path, value) => set.push(`${path}=${String(value)}`));
    for (const act of styleActions(OFFICE_STYLES[style], manyRows, manyCols)) act(format);
    return set;
  };

  it('sets 宋体, size, alignment and wrapping for every style', () => {
    expect(recorded('title', false, true)).toEqual([
      'font.name=宋体', 'font.size=16', 'horizontalAlignment=Center', 'verticalAlignment=Center', 'wrapText=true', 'font.bold=true',
    ]);
  });

  it.each([
    [false, false, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']],
    [true, false, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal']],
    [true, true, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']],
  ])('borders a table cell on its edges, inside edges only where the block has them (rows %s, columns %s)', (rows, cols, edges) => {
    const borders = recorded('amount', rows, cols).filter((s) => s.includes('.style=Continuous')).map((s) => s.split('.')[1]);
    expect(borders).toEqual(edges);
  });

  it('colours the severities and shades the header', () => {
    expect(recorded('flagError', false, false)).toEqual(expect.arrayContaining(['font.bold=true', 'font.color=#C00000', 'fill.color=#FDE9E7']));
    expect(recorded('header', false, false)).toContain('fill.color=#F2F2F2');
    expect(recorded('formHeader', false, false).some((s) => s.startsWith('fill.'))).toBe(false);
  });
});
