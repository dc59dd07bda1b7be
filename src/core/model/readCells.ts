import type { SheetGrid } from '../snapshot';
import type { Flag } from '../report';
import { parseAmount, toFen } from '../numbers';
import type { AmountCell } from './BudgetRow';

/** A parse-error for the cell at (row, col), quoting what the user sees there. */
export function parseErrorFlag(grid: SheetGrid, row: number, col: number, shown: string, excelError: boolean): Flag {
  return {
    code: 'parse-error',
    severity: 'error',
    cell: grid.address(row, col),
    key: excelError ? 'parse-error.excelError' : 'parse-error.number',
    params: { value: shown },
  };
}

/**
 * An amount cell whose address is worked out only when a flag asks for it: a budget table of 100 000
 * lines has 300 000 such cells and hardly a few hundred flags.
 */
class SheetAmount implements AmountCell {
  constructor(
    readonly fen: number | null,
    readonly halfUnitFen: number,
    readonly invalid: boolean,
    private readonly grid: SheetGrid,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.grid.address(this.row, this.col);
  }
}

/** An amount in 分; a cell that is not a number adds a parse-error to `flags` and reads as null, never 0. */
export function readAmount(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
  unitFactor: number,
  flags: Flag[],
): AmountCell {
  if (col === undefined) return new SheetAmount(null, 0, false, grid, row, grid.firstCol);
  const parsed = parseAmount(grid.raw(row, col), grid.format(row, col));
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed.shown, parsed.excelError));
    return new SheetAmount(null, 0, true, grid, row, col);
  }
  if (parsed.kind === 'empty') return new SheetAmount(null, 0, false, grid, row, col);
  const halfUnitFen = 0.5 * 10 ** -parsed.decimals * unitFactor * 100;
  return new SheetAmount(toFen(parsed.value, unitFactor), halfUnitFen, false, grid, row, col);
}

/** A plain number (分值, 得分); a cell that is not one adds a parse-error and reads as null. */
export function readNumber(grid: SheetGrid, row: number, col: number | undefined, flags: Flag[]): number | null {
  if (col === undefined) return null;
  const parsed = parseAmount(grid.raw(row, col), grid.format(row, col));
  if (parsed.kind === 'invalid') {
    flags.push(parseErrorFlag(grid, row, col, parsed.shown, parsed.excelError));
    return null;
  }
  return parsed.kind === 'number' ? parsed.value : null;
}
